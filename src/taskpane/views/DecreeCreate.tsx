import { Button, Field, Radio, RadioGroup, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { parsePaper } from "../../app/choices";
import { Busy } from "../components/Busy";
import { usePane } from "../context";
import type { DecreeOptions } from "../hooks/useDecree";
import { ArrowUndoRegular, DocumentAddRegular } from "../icons";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: `${tokens.spacingVerticalM} 0` },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

interface Props {
  options: DecreeOptions;
  onOptions(patch: Partial<DecreeOptions>): void;
  /** Errors in the form: creating is refused until they are fixed. */
  errors: number;
  busy: boolean;
  onCreate(): void;
  /** Shown when a rerun of the sheet can be undone. */
  onUndo?: () => void;
}

/** Paper, NIP grouping, the Lampiran heading option, and "Create decree sheet". */
export function DecreeCreate({ options, onOptions, errors, busy, onCreate, onUndo }: Props) {
  const { t } = usePane();
  const s = useStyles();
  return (
    <section className={s.box} aria-label={t("ui.decree.createHeading")}>
      <h3 className={s.heading}>{t("ui.decree.createHeading")}</h3>
      <Field label={t("ui.template.paper")}>
        <RadioGroup layout="horizontal" value={options.paper} onChange={(_e, d) => {
          const paper = parsePaper(d.value);
          if (paper.ok) onOptions({ paper: paper.value });
        }}>
          <Radio value="a4" label={t("ui.paper.a4")} />
          <Radio value="f4" label={t("ui.paper.f4")} />
        </RadioGroup>
      </Field>
      <Switch checked={options.nipGrouped} label={t("ui.decree.nipGrouped")} onChange={(_e, d) => onOptions({ nipGrouped: d.checked })} />
      <Switch checked={options.lampiran} label={t("ui.decree.lampiran")} onChange={(_e, d) => onOptions({ lampiran: d.checked })} />
      <Field validationState={errors > 0 ? "error" : "none"} validationMessage={errors > 0 ? t("ui.decree.blocked", { n: errors }) : undefined}>
        <div className={s.actions}>
          <Button appearance="primary" icon={<DocumentAddRegular />} disabled={busy || errors > 0} onClick={onCreate}>
            {t("ui.decree.create")}
          </Button>
          {onUndo && (
            <Button icon={<ArrowUndoRegular />} disabled={busy} onClick={onUndo}>
              {t("ui.decree.undo")}
            </Button>
          )}
          {busy && <Busy />}
        </div>
      </Field>
    </section>
  );
}
