import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Plan } from "../../core/plan/types";
import { Busy } from "../components/Busy";
import { ErrorBar } from "../components/ErrorBar";
import { usePane } from "../context";
import { msg } from "../programMessages";
import { useProgramInsert } from "../hooks/useProgramInsert";
import { DocumentAddRegular } from "../icons";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: `${tokens.spacingVerticalS} 0` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

type Key = Parameters<typeof msg>[0];

/**
 * A nomenclature plan of a year an official list governs: pick a programme of that list and insert
 * it, with its official Kegiatan and Sub Kegiatan rows, below the table (undoable). Nothing for other
 * plans. Loaded as a chunk of its own with its messages (TableCard), the pane's first script stays small.
 */
export default function ProgramInsert({ plan, onChanged }: { plan: Plan; onChanged(): unknown }) {
  const { text } = usePane();
  const t = (key: Key, params?: Parameters<typeof msg>[1]) => text(msg(key, params));
  const s = useStyles();
  const p = useProgramInsert(plan, onChanged);
  if (p.year === null) return null;
  const label = t("ui.program.pick", { year: String(p.year) });
  return (
    <div className={s.box}>
      <h4 className={s.heading}>{t("ui.program.heading")}</h4>
      {p.choices === undefined ? (
        <Busy label={t("ui.program.loading")} />
      ) : (
        <Field label={label} hint={t("ui.program.hint")}>
          <Select value={p.code} disabled={!p.choices || p.task.busy} onChange={(_e, d) => p.setCode(d.value)}>
            <option value="">{t("ui.program.none")}</option>
            {(p.choices ?? []).map((c) => (
              <option key={c.code} value={c.code}>{`${c.code} ${c.name}`}</option>
            ))}
          </Select>
        </Field>
      )}
      <div className={s.actions}>
        <Button icon={<DocumentAddRegular />} disabled={p.task.busy || !p.code} onClick={() => void p.insert()}>
          {t("ui.program.insert")}
        </Button>
        {p.task.busy && <Busy />}
      </div>
      <ErrorBar error={p.task.error} onDismiss={p.task.clearError} />
      {p.notice && (
        <MessageBar intent={p.notice.intent} layout="multiline">
          <MessageBarBody>{p.notice.texts.map((x) => text(x)).join(" ")}</MessageBarBody>
          {p.notice.undoAt !== null && (
            <MessageBarActions>
              <Button size="small" disabled={p.task.busy} onClick={() => void p.undo()}>
                {t("ui.program.undo")}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}
