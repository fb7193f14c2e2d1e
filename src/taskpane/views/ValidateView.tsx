import { Body1, Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkStarburstRegular, EraserRegular, PaintBucketRegular } from "../icons";
import { Busy } from "../components/Busy";
import { ErrorBar } from "../components/ErrorBar";
import { ViewHeader } from "../components/ViewHeader";
import { usePane } from "../context";
import type { ValidationState } from "../hooks/useValidation";
import { FindingFilters } from "./FindingFilters";
import { FindingList } from "./FindingList";
import { ValidationSummary } from "./ValidationSummary";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  findingsHeading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
});

/** "Validasi": run the rules, see the summary and the findings, mark or clear the cells. */
export function ValidateView({ v }: { v: ValidationState }) {
  const { t, text } = usePane();
  const s = useStyles();
  const { findings, shown, task } = v;
  return (
    <>
      <ViewHeader title={t("ui.validate.heading")} />
      <Body1 as="p">{t("ui.validate.intro")}</Body1>
      <div className={s.actions}>
        <Button appearance="primary" icon={<CheckmarkStarburstRegular />} disabled={task.busy} onClick={() => void v.validate()}>
          {t("ui.validate.run")}
        </Button>
        {task.busy && <Busy label={t("ui.validate.running")} />}
      </div>
      <ErrorBar error={task.error} onDismiss={task.clearError} />
      <ErrorBar error={v.selecting.error} onDismiss={v.selecting.clearError} />
      {findings === null && !task.busy && <Body1 as="p">{t("ui.validate.notYet")}</Body1>}
      {findings !== null && (
        <>
          <ValidationSummary findings={findings} tables={v.tables} />
          <div className={s.actions}>
            <Button icon={<PaintBucketRegular />} disabled={task.busy || shown.length === 0} onClick={() => void v.mark()}>
              {t("ui.validate.mark")}
            </Button>
            <Button icon={<EraserRegular />} disabled={task.busy} onClick={() => void v.clearMarks()}>
              {t("ui.validate.clear")}
            </Button>
          </div>
          {v.notice && (
            <MessageBar intent="info">
              <MessageBarBody>{text(v.notice)}</MessageBarBody>
              {v.canUndo && (
                <MessageBarActions>
                  <Button size="small" disabled={task.busy} onClick={() => void v.undo()}>
                    {t("ui.validate.undo")}
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
          )}
          <h3 className={s.findingsHeading}>{t("ui.validate.findings")}</h3>
          {findings.length === 0 ? (
            <Body1 as="p">{t("ui.validate.none")}</Body1>
          ) : (
            <>
              <FindingFilters findings={findings} filter={v.filter} onChange={v.setFilter} />
              <Body1 as="p" aria-live="polite">
                {shown.length === 0
                  ? t("ui.validate.noMatch")
                  : t("ui.validate.shown", { shown: shown.length, total: findings.length })}
              </Body1>
              <FindingList findings={shown} onSelect={v.select} onApply={(f) => void v.apply(f)} />
            </>
          )}
        </>
      )}
    </>
  );
}
