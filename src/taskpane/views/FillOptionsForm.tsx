import { Field, Input, Radio, RadioGroup, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { FillColumns, Quarter } from "../../core/fill";
import { usePane } from "../context";
import { FILL_COLUMNS, SCOPE_KINDS, STRATEGY_KINDS, weightsProblem, type FillForm, type ScopeKind, type StrategyKind } from "../hooks/fillForm";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const ROMAN = ["I", "II", "III", "IV"] as const;

interface Props {
  form: FillForm;
  change(patch: Partial<FillForm>): void;
  /** Sheets of the recognized tables (scope "one table"). */
  sheets: readonly string[];
}

/** Strategy, columns (or copy direction), scope and overwrite. */
export function FillOptionsForm({ form, change, sheets }: Props) {
  const { t, text } = usePane();
  const s = useStyles();
  const weights = weightsProblem(form);
  const copy = form.strategy === "copy";
  const columnLabel = (c: FillColumns): string =>
    copy ? t(`ui.fill.copy.${c}`) : c === "both" ? t("ui.fill.columns.both") : t(`fill.group.${c}`);
  return (
    <div className={s.form}>
      <Field label={t("ui.fill.strategy")}>
        <RadioGroup value={form.strategy} onChange={(_e, d) => change({ strategy: d.value as StrategyKind })}>
          {STRATEGY_KINDS.map((k) => (
            <Radio key={k} value={k} label={t(`fill.strategy.${k}`)} />
          ))}
        </RadioGroup>
      </Field>
      {form.strategy === "weights" && (
        <Field
          label={t("ui.fill.weights")}
          hint={t("ui.fill.weightsHint")}
          validationState={weights ? "error" : "none"}
          validationMessage={weights ? text(weights) : undefined}
        >
          <Input value={form.weights} onChange={(_e, d) => change({ weights: d.value })} />
        </Field>
      )}
      {form.strategy === "months" && (
        <Field label={t("ui.fill.startQuarter")} hint={t("ui.fill.startQuarterHint")}>
          <Select value={String(form.startQuarter)} onChange={(_e, d) => change({ startQuarter: Number(d.value) as Quarter })}>
            {ROMAN.map((r, i) => (
              <option key={r} value={String(i + 1)}>
                {t("ui.fill.quarter", { q: r })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t(copy ? "ui.fill.copyDirection" : "ui.fill.columns")}>
        <RadioGroup value={form.columns} onChange={(_e, d) => change({ columns: d.value as FillColumns })}>
          {FILL_COLUMNS.map((c) => (
            <Radio key={c} value={c} label={columnLabel(c)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t("ui.fill.scope")}>
        <RadioGroup
          value={form.scope}
          onChange={(_e, d) => change({ scope: d.value as ScopeKind, sheet: form.sheet || sheets[0] || "" })}
        >
          {SCOPE_KINDS.map((k) => (
            <Radio key={k} value={k} label={t(`ui.fill.scope.${k}`)} disabled={k === "table" && sheets.length === 0} />
          ))}
        </RadioGroup>
      </Field>
      {form.scope === "table" && (
        <Field label={t("ui.fill.table")}>
          <Select value={form.sheet} onChange={(_e, d) => change({ sheet: d.value })}>
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Switch
        checked={form.overwrite}
        label={t("ui.fill.overwrite")}
        onChange={(_e, d) => change({ overwrite: d.checked })}
      />
    </div>
  );
}
