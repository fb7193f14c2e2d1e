import { Body1, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "../icons";
import type { RangeRef } from "../../core/grid";
import { noPlanReason } from "../../core/analyze";
import { Busy } from "../components/Busy";
import { ErrorBar } from "../components/ErrorBar";
import { IconButton } from "../components/IconButton";
import { ViewHeader } from "../components/ViewHeader";
import { usePane } from "../context";
import type { AnalysisState } from "../hooks/useAnalysis";
import { useTask } from "../hooks/useTask";
import { TableCard } from "./TableCard";

interface Props {
  state: AnalysisState;
  /** Go to the template view (the empty state's action). */
  onInsertTemplate(): void;
}

/** "Rencana": every recognized table with its outline; an empty state that says what was looked for. */
export function OverviewView({ state, onInsertTemplate }: Props) {
  const { t, text, workbook } = usePane();
  const select = useTask();
  const { analysis, task } = state;
  const noPlan = analysis ? noPlanReason(analysis) : null;
  const onSelect = (sheet: string, range: RangeRef) => void select.run(() => workbook.select(sheet, range));

  return (
    <>
      <ViewHeader title={t("ui.overview.heading")}>
        <IconButton
          label={t("ui.common.reread")}
          icon={<ArrowClockwiseRegular />}
          disabled={task.busy}
          onClick={() => void state.refresh()}
        />
      </ViewHeader>
      {task.busy && <Busy label={t("ui.overview.loading")} />}
      <ErrorBar error={task.error} onDismiss={task.clearError} />
      <ErrorBar error={select.error} onDismiss={select.clearError} />
      {noPlan && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.overview.emptyTitle")}</MessageBarTitle>
            {text(noPlan)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onInsertTemplate}>{t("ui.overview.emptyAction")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {analysis && analysis.plans.length > 0 && (
        <>
          <Body1 as="p">{t("ui.overview.found", { n: analysis.plans.length })}</Body1>
          {analysis.plans.map((plan) => (
            <TableCard key={plan.sheet} plan={plan} onSelect={onSelect} onChanged={state.refresh} />
          ))}
        </>
      )}
    </>
  );
}
