import { useMemo } from "react";
import { Body1, Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { Busy } from "../components/Busy";
import { ErrorBar } from "../components/ErrorBar";
import { IconButton } from "../components/IconButton";
import { ViewHeader } from "../components/ViewHeader";
import { usePane } from "../context";
import type { AnalysisState } from "../hooks/useAnalysis";
import { isGeneral, useDecree } from "../hooks/useDecree";
import { ArrowClockwiseRegular, SaveRegular } from "../icons";
import { DecreeCreate } from "./DecreeCreate";
import { DecreeForm } from "./DecreeForm";
import { DecreePreview } from "./DecreePreview";

const useStyles = makeStyles({
  bars: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: `${tokens.spacingVerticalS} 0` },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
});

/** "Keputusan": the form bound to the Info Keputusan sheet, the text preview, and the decree sheet. */
export function DecreeView({ analysis }: { analysis: AnalysisState }) {
  const { t, text } = usePane();
  const s = useStyles();
  // After the workbook changed, its grids are not trusted (the Lampiran heading reads its sheet again); its plans are.
  const known = useMemo(() => {
    const a = analysis.analysis;
    return a && analysis.stale ? { plans: a.plans, findings: a.findings } : a;
  }, [analysis.analysis, analysis.stale]);
  const d = useDecree(known, () => analysis.invalidate("sheets"));
  const { meta, task } = d;
  const errors = d.issues.filter((i) => i.severity === "error").length;
  const general = d.issues.filter(isGeneral);
  return (
    <>
      <ViewHeader title={t("ui.decree.heading")}>
        <IconButton label={t("ui.decree.reload")} icon={<ArrowClockwiseRegular />} disabled={task.busy} onClick={() => void d.load()} />
      </ViewHeader>
      <Body1 as="p">{t("ui.decree.intro")}</Body1>
      <div className={s.bars}>
        {meta && !d.existed && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("ui.decree.missing")}</MessageBarBody>
          </MessageBar>
        )}
        {general.map((i, n) => (
          <MessageBar key={n} intent={i.severity === "error" ? "error" : "warning"} layout="multiline">
            <MessageBarBody>{text(i.message)}</MessageBarBody>
          </MessageBar>
        ))}
        <ErrorBar error={task.error} onDismiss={task.clearError} />
        {d.notices.map((n, i) => (
          <MessageBar key={i} intent={n.intent} layout="multiline">
            <MessageBarBody>{text(n.text)}</MessageBarBody>
          </MessageBar>
        ))}
      </div>
      {!meta && task.busy && <Busy />}
      {meta && (
        <>
          <DecreeForm meta={meta} issues={d.issues} onChange={d.setField} />
          <div className={s.actions}>
            <Button icon={<SaveRegular />} disabled={task.busy} onClick={() => void d.save()}>
              {t("ui.decree.save")}
            </Button>
          </div>
          <DecreePreview meta={meta} nipGrouped={d.options.nipGrouped} />
          <DecreeCreate options={d.options} onOptions={d.setOptions} errors={errors} busy={task.busy} onCreate={() => void d.create()}
            onUndo={d.undoDepth > 0 ? () => void d.undo() : undefined} />
        </>
      )}
    </>
  );
}
