import { useCallback, useState } from "react";
import type { QuarterResult } from "../../app/monitoring";
import type { Text } from "../../core/i18n";
import { usePane } from "../context";
import { useTask, type Task } from "./useTask";

export interface MonitoringState {
  quarter: number;
  setQuarter(q: number): void;
  /** What the last prepare said (made, or already there). */
  prepared: Text | null;
  result: QuarterResult | null;
  reportSheet: string | null;
  task: Task;
  prepare(): Promise<void>;
  compute(): Promise<void>;
  addReport(): Promise<void>;
  /** Typed cells the undo would remove (asked before undoing with force), or null. */
  undoConfirm: number | null;
  undo(force?: boolean): Promise<void>;
}

/**
 * The monitoring tab's actions over app/monitoring (loaded with the first action, a chunk of its
 * own); `onSheetAdded` lets the pane read the workbook again.
 */
export function useMonitoring(onSheetAdded: () => void): MonitoringState {
  const { workbook } = usePane();
  const [quarter, setQuarter] = useState(1);
  const [prepared, setPrepared] = useState<Text | null>(null);
  const [result, setResult] = useState<QuarterResult | null>(null);
  const [reportSheet, setReportSheet] = useState<string | null>(null);
  const [undoConfirm, setUndoConfirm] = useState<number | null>(null);
  const task = useTask();
  const { run } = task;

  const prepare = useCallback(async () => {
    const r = await run(async () => (await import("../../app/monitoring")).prepareMonitoring(workbook));
    if (!r) return;
    setPrepared(r.message);
    if (r.created || r.updated) onSheetAdded();
  }, [run, workbook, onSheetAdded]);

  const compute = useCallback(async () => {
    const r = await run(async () => (await import("../../app/monitoring")).readQuarter(workbook, quarter));
    if (r) setResult(r);
  }, [run, workbook, quarter]);

  const addReport = useCallback(async () => {
    const report = result?.report;
    if (!report) return;
    const name = await run(async () => (await import("../../app/monitoring")).addQuarterReport(workbook, report));
    if (name !== undefined) {
      setReportSheet(name);
      onSheetAdded();
    }
  }, [run, workbook, result, onSheetAdded]);

  const undo = useCallback(async (force = false) => {
    const r = await run(async () => (await import("../../app/monitoring")).undoMonitoring(workbook, { force }));
    if (!r) return;
    setPrepared(r.message);
    setUndoConfirm(r.confirm ?? null);
    if (r.removed) {
      setResult(null);
      onSheetAdded();
    }
  }, [run, workbook, onSheetAdded]);

  return { quarter, setQuarter, prepared, result, reportSheet, task, prepare, compute, addReport, undoConfirm, undo };
}
