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
import { applySuggestion, undoSuggestion } from "../../app/suggestion";
import { findingPlace } from "../../app/findingView";

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
  /** Write a finding's suggestion into its cell (undoable), then validate again. */
  apply(f: Finding): Promise<void>;
  /** The last apply can be taken back. */
  canUndo: boolean;
  /** Take the last apply back (the fill's undo stack), then validate again. */
  undo(): Promise<void>;
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

  /** Read the workbook and run the rules (inside a task). */
  const reread = useCallback(async () => {
    const { analysis, findings } = await validateWorkbook(workbook);
    onAnalysis(analysis);
    setTables(analysis.plans.map(countPlan));
    setFindings(findings);
  }, [workbook, onAnalysis]);

  const validate = useCallback(async () => {
    setNotice(null);
    await run(reread);
  }, [run, reread]);

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

  // The undo depth right after the name was written: Undo takes it back only while nothing came after it.
  const [appliedAt, setAppliedAt] = useState<number | null>(null);
  const canUndo = appliedAt !== null;
  const apply = useCallback(async (f: Finding) => {
    setNotice(null);
    const r = await run(async () => {
      const done = await applySuggestion(workbook, f);
      if (done.applied) await reread();
      return done;
    });
    if (!r) return;
    setAppliedAt(r.applied ? r.undoDepth : null);
    const cell = findingPlace(f).cell;
    setNotice(r.applied ? msg("ui.validate.applied", { cell, name: f.suggestion ?? "" }) : msg("ui.validate.notApplied"));
  }, [run, workbook, reread]);

  const undo = useCallback(async () => {
    if (appliedAt === null) return;
    const r = await run(async () => {
      const done = await undoSuggestion(workbook, appliedAt);
      if (done.restored > 0) await reread();
      return done;
    });
    setAppliedAt(null);
    setNotice(r ? r.message : null);
  }, [run, workbook, reread, appliedAt]);

  return { findings, tables, shown, filter, setFilter, notice, task, selecting, validate, select, mark, clearMarks, apply, canUndo, undo };
}
