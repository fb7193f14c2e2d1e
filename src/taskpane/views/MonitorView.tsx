import { Body1, Button, Field, MessageBar, MessageBarActions, MessageBarBody, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { Tally } from "../../core/monitoring";
import { Busy } from "../components/Busy";
import { ErrorBar } from "../components/ErrorBar";
import { ViewHeader } from "../components/ViewHeader";
import { usePane } from "../context";
import type { AnalysisState } from "../hooks/useAnalysis";
import { useMonitoring } from "../hooks/useMonitoring";
import { ArrowUndoRegular, DocumentAddRegular, TableSimpleRegular } from "../icons";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: `${tokens.spacingVerticalM} 0` },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const ROMAN = ["I", "II", "III", "IV"];

/** "Pemantauan": prepare the monitoring sheet, read a quarter's achievement, add its report sheet. */
export function MonitorView({ analysis }: { analysis: AnalysisState }) {
  const { t, text } = usePane();
  const s = useStyles();
  const m = useMonitoring(() => analysis.invalidate("sheets"));
  const report = m.result?.report ?? null;
  const tally = (x: Tally, name: string) =>
    t("ui.monitor.tally", { name, count: x.indicators, achieved: x.achieved, partly: x.partly, not: x.not, none: x.noData });
  return (
    <>
      <ViewHeader title={t("ui.monitor.heading")} />
      <Body1 as="p">{t("ui.monitor.intro")}</Body1>
      <div className={s.actions}>
        <Button appearance="primary" icon={<DocumentAddRegular />} disabled={m.task.busy} onClick={() => void m.prepare()}>
          {t("ui.monitor.prepare")}
        </Button>
        <Button icon={<ArrowUndoRegular />} disabled={m.task.busy} onClick={() => void m.undo()}>{t("ui.monitor.undo")}</Button>
        {m.task.busy && <Busy />}
      </div>
      {m.prepared && (
        <MessageBar intent={m.undoConfirm ? "warning" : "info"}>
          <MessageBarBody>{text(m.prepared)}</MessageBarBody>
          {m.undoConfirm !== null && (
            <MessageBarActions>
              <Button size="small" onClick={() => void m.undo(true)}>{t("ui.monitor.undoAnyway")}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <div className={s.block}>
        <Field label={t("ui.monitor.quarter")}>
          <RadioGroup layout="horizontal" value={String(m.quarter)} onChange={(_e, d) => m.setQuarter(Number(d.value))}>
            {ROMAN.map((r, i) => <Radio key={r} value={String(i + 1)} label={`TW ${r}`} />)}
          </RadioGroup>
        </Field>
        <div className={s.actions}>
          <Button icon={<TableSimpleRegular />} disabled={m.task.busy} onClick={() => void m.compute()}>{t("ui.monitor.compute")}</Button>
          {report && <Button disabled={m.task.busy} onClick={() => void m.addReport()}>{t("ui.monitor.report")}</Button>}
        </div>
      </div>
      <ErrorBar error={m.task.error ?? m.result?.problem ?? null} onDismiss={m.task.clearError} />
      {report && (
        <section aria-label={t("ui.monitor.heading")}>
          <ul className={s.list}>
            {report.sasaran.map((x, i) => <li key={i}>{tally(x, x.name ?? t("monitoring.report.noSasaran"))}</li>)}
            <li><strong>{tally(report.office_, t("monitoring.report.office"))}</strong></li>
          </ul>
          <Body1 as="p">{m.result!.findings.length ? t("ui.monitor.findings", { count: m.result!.findings.length }) : t("ui.monitor.noFindings")}</Body1>
          <ul className={s.list}>
            {m.result!.findings.slice(0, 20).map((f, i) => <li key={i}>{text(f.message)}</li>)}
          </ul>
        </section>
      )}
      {m.reportSheet && (
        <MessageBar intent="success">
          <MessageBarBody>{t("ui.monitor.reportAdded", { sheet: m.reportSheet })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
