import { Field, Select, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITIES, categoriesOf, type FindingFilter } from "../../app/findingView";
import type { Finding, RuleCategory, Severity } from "../../core/finding";
import { usePane, type Pane } from "../context";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: `${tokens.spacingVerticalS} 0` },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS },
  fieldset: { border: "none", margin: 0, padding: 0 },
});

interface Props {
  findings: readonly Finding[];
  filter: FindingFilter;
  onChange(f: FindingFilter): void;
}

/** Severity toggles and a category choice. */
export function FindingFilters({ findings, filter, onChange }: Props) {
  const { t } = usePane();
  const s = useStyles();
  const toggle = (sev: Severity) => {
    const on = filter.severities.includes(sev);
    const severities = on ? filter.severities.filter((x) => x !== sev) : SEVERITIES.filter((x) => x === sev || filter.severities.includes(x));
    onChange({ ...filter, severities });
  };
  const categories = categoriesOf(findings);
  return (
    <div className={s.box} role="group" aria-label={t("ui.validate.filters")}>
      <fieldset className={s.fieldset}>
        <legend className={s.legend}>{t("ui.validate.severity")}</legend>
        <div className={s.toggles}>
          {SEVERITIES.map((sev) => (
            <ToggleButton key={sev} size="small" checked={filter.severities.includes(sev)} onClick={() => toggle(sev)}>
              {t(`ui.severity.${sev}`)}
            </ToggleButton>
          ))}
        </div>
      </fieldset>
      <Field label={t("ui.validate.category")} size="small">
        <Select
          value={filter.category}
          onChange={(_e, data) => onChange({ ...filter, category: data.value as RuleCategory | "all" })}
        >
          <option value="all">{t("ui.validate.allCategories")}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c, t)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

/** The category's name from the pane's catalog (one message per category: the type says so). */
export function categoryLabel(c: RuleCategory, t: Pane["t"]): string {
  return t(`ui.category.${c}`);
}
