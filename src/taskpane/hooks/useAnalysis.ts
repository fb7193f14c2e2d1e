import { useCallback, useEffect, useState } from "react";
import { analyzeWorkbook, type WorkbookAnalysis } from "../../app/analyze";
import type { Workbook } from "../../core/port";
import { useTask, type Task } from "./useTask";

/**
 * What an action changed since the last reading: "cells" (a fill, an undo: only the
 * Overview shows them) or "sheets" (a template, a Lampiran heading: what the views
 * take their defaults from may have changed too).
 */
export type Staleness = "cells" | "sheets";

export interface AnalysisState {
  /** The last reading of the workbook (null before the first one completes or after a failure). */
  analysis: WorkbookAnalysis | null;
  /** Set when an action changed the workbook since `analysis` was read (the pane reads again when it is looked at). */
  stale: Staleness | null;
  task: Task;
  /** Read the workbook again; resolves to the new analysis, or null when the port failed. */
  refresh(): Promise<WorkbookAnalysis | null>;
  /** Take a reading made elsewhere (validation reads the workbook too). */
  accept(analysis: WorkbookAnalysis): void;
  /** Say the workbook changed, without reading it now (no round trip until the reading is shown). */
  invalidate(what: Staleness): void;
}

/** The recognized tables of the workbook, read at mount and on demand. */
export function useAnalysis(workbook: Workbook): AnalysisState {
  const [analysis, setAnalysis] = useState<WorkbookAnalysis | null>(null);
  const [stale, setStale] = useState<Staleness | null>(null);
  const task = useTask();
  const { run } = task;

  const refresh = useCallback(async () => {
    setStale(null);
    const next = await run(() => analyzeWorkbook(workbook));
    if (next) setAnalysis(next);
    return next ?? null;
  }, [run, workbook]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const accept = useCallback((next: WorkbookAnalysis) => {
    setStale(null);
    setAnalysis(next);
  }, []);

  const invalidate = useCallback((what: Staleness) => {
    setStale((s) => (s === "sheets" ? s : what));
  }, []);

  return { analysis, stale, task, refresh, accept, invalidate };
}
