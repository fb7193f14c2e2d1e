import { useCallback, useMemo, useState } from "react";
import type { WorkbookAnalysis } from "../../app/analyze";
import { validateWorkbook } from "../../app/validate";
import { filterFindings, SHOW_ALL, type FindingFilter } from "../../app/findingView";
import type { Finding } from "../../core/finding";
import { countPlan } from "../../core/plan/counts";
import type { PlanCounts } from "../../core/plan/types";
import type { Text } from "../../core/i18n";
import { msg } from "../messages";
import type { Workbook } from "../../core/port";
import { useTask, type Task } from "./useTask";

export interface ValidationState {
  /** Every finding of the last validation; null before the first one. */
  findings: Finding[] | null;
  /** The counts of the tables the last validation read (the verdict tells an empty plan by them). */
  tables: PlanCounts[];
  /** The findings the filter lets through. */
  shown: Finding[];
  filter: FindingFilter;
  setFilter(f: FindingFilter): void;
  /** What the last mark / clear did. */
  notice: Text | null;
  task: Task;
  /** Selecting a finding's cell (its own busy/error, so a click does not read as "validating"). */
  selecting: Task;
  /** Read the workbook again (the overview gets the new reading too) and validate every table. */
  validate(): Promise<void>;
  select(f: Finding): void;
  mark(): Promise<void>;
  clearMarks(): Promise<void>;
}

/** Validation of every recognized table; `onAnalysis` receives each fresh reading of the workbook. */
export function useValidation(workbook: Workbook, onAnalysis: (a: WorkbookAnalysis) => void): ValidationState {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [tables, setTables] = useState<PlanCounts[]>([]);
  const [filter, setFilter] = useState<FindingFilter>(SHOW_ALL);
  const [notice, setNotice] = useState<Text | null>(null);
  const task = useTask();
  const selecting = useTask();
  const { run } = task;
  const shown = useMemo(() => filterFindings(findings ?? [], filter), [findings, filter]);

  const validate = useCallback(async () => {
    setNotice(null);
    await run(async () => {
      const { analysis, findings } = await validateWorkbook(workbook);
      onAnalysis(analysis);
      setTables(analysis.plans.map(countPlan));
      setFindings(findings);
    });
  }, [run, workbook, onAnalysis]);

  const selectRun = selecting.run;
  const select = useCallback((f: Finding) => void selectRun(() => workbook.select(f.sheet, f.range)), [selectRun, workbook]);

  const mark = useCallback(async () => {
    const ok = await run(async () => {
      await workbook.mark(shown);
      return true;
    });
    setNotice(ok ? msg("ui.validate.marked", { n: shown.length }) : null);
  }, [run, workbook, shown]);

  const clearMarks = useCallback(async () => {
    const ok = await run(async () => {
      await workbook.clearMarks();
      return true;
    });
    setNotice(ok ? msg("ui.validate.cleared") : null);
  }, [run, workbook]);

  return { findings, tables, shown, filter, setFilter, notice, task, selecting, validate, select, mark, clearMarks };
}
