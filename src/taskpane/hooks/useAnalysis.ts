import { useCallback, useEffect, useState } from "react";
import { analyzeWorkbook, type WorkbookAnalysis } from "../../app/analyze";
import type { Workbook } from "../../core/port";
import { useTask, type Task } from "./useTask";

export interface AnalysisState {
  /** The last reading of the workbook (null before the first one completes or after a failure). */
  analysis: WorkbookAnalysis | null;
  task: Task;
  /** Read the workbook again; resolves to the new analysis, or null when the port failed. */
  refresh(): Promise<WorkbookAnalysis | null>;
  /** Take a reading made elsewhere (validation reads the workbook too). */
  accept(analysis: WorkbookAnalysis): void;
}

/** The recognized tables of the workbook, read at mount and on demand. */
export function useAnalysis(workbook: Workbook): AnalysisState {
  const [analysis, setAnalysis] = useState<WorkbookAnalysis | null>(null);
  const task = useTask();
  const { run } = task;

  const refresh = useCallback(async () => {
    const next = await run(() => analyzeWorkbook(workbook));
    if (next) setAnalysis(next);
    return next ?? null;
  }, [run, workbook]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { analysis, task, refresh, accept: setAnalysis };
}
