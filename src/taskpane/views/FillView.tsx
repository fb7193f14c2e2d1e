import { Body1, Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { Busy } from "../components/Busy";
import { ErrorBar } from "../components/ErrorBar";
import { ViewHeader } from "../components/ViewHeader";
import { usePane } from "../context";
import type { AnalysisState } from "../hooks/useAnalysis";
import { useFill } from "../hooks/useFill";
import { ArrowUndoRegular, EyeRegular, TableSimpleRegular } from "../icons";
import { ConfirmOverwrite } from "./ConfirmOverwrite";
import { FillOptionsForm } from "./FillOptionsForm";
import { FillPreviewPanel } from "./FillPreviewPanel";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalM} 0` },
});

/** "Isi Triwulan": options, preview, apply (confirming an overwrite), undo. */
export function FillView({ analysis }: { analysis: AnalysisState }) {
  const { t, text } = usePane();
  const s = useStyles();
  const fill = useFill(() => analysis.invalidate("cells"));
  const { task } = fill;
  const sheets = analysis.analysis?.plans.map((p) => p.sheet) ?? [];
  return (
    <>
      <ViewHeader title={t("ui.fill.heading")} />
      <Body1 as="p">{t("ui.fill.intro")}</Body1>
      <FillOptionsForm form={fill.form} change={fill.change} sheets={sheets} />
      <div className={s.actions}>
        <Button icon={<EyeRegular />} disabled={task.busy} onClick={() => void fill.preview()}>
          {t("ui.fill.preview")}
        </Button>
        <Button appearance="primary" icon={<TableSimpleRegular />} disabled={task.busy} onClick={() => void fill.apply()}>
          {t("ui.fill.apply")}
        </Button>
        <Button icon={<ArrowUndoRegular />} disabled={task.busy || !fill.canUndo} onClick={() => void fill.undo()}>
          {t("ui.fill.undo")}
        </Button>
        {task.busy && <Busy />}
      </div>
      <ErrorBar error={task.error} onDismiss={task.clearError} />
      {fill.notice && (
        <MessageBar intent={fill.notice.intent} layout="multiline">
          <MessageBarBody>{text(fill.notice.text)}</MessageBarBody>
        </MessageBar>
      )}
      {fill.plan && <FillPreviewPanel plan={fill.plan} overwrite={fill.form.overwrite} />}
      <ConfirmOverwrite count={fill.confirming} onConfirm={() => void fill.confirm()} onCancel={fill.cancel} />
    </>
  );
}
