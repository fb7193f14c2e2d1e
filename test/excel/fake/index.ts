/**
 * Test double for Office.js, shared by the adapter's tests and the benchmark
 * (the sync counts): `countSyncs(book, action)` runs an ExcelWorkbook action against a
 * fake context and reports its context.sync() calls and payload sizes.
 */
import { ExcelWorkbook, type ExcelWorkbookOptions } from "../../../src/excel";
import type { RunBatch } from "../../../src/excel/run";
import { FakeContext, type FakeOptions, type SyncRecord } from "./context";
import { FakeBook } from "./model";

export { FakeContext, FakeOfficeError, type FakeOptions, type SyncRecord, type LogEntry } from "./context";
export { FakeBook, putRows, putValue, putFormula, getCell, cellFor, cellKey, type FakeSheet, type FakeCell } from "./model";

/** A RunBatch over a fresh FakeContext per run; `contexts` keeps every one for inspection. */
export function fakeRun(book: FakeBook, options: FakeOptions = {}): { run: RunBatch; contexts: FakeContext[] } {
  const contexts: FakeContext[] = [];
  const run: RunBatch = async (batch) => {
    const ctx = new FakeContext(book, options);
    contexts.push(ctx);
    return batch(ctx as unknown as Excel.RequestContext);
  };
  return { run, contexts };
}

/** An ExcelWorkbook over the fake book (desktop-like: no 5 MB cap unless options say so). */
export function fakeWorkbook(
  book: FakeBook,
  options: FakeOptions = {},
  wbOptions: Omit<ExcelWorkbookOptions, "run"> = {},
): { wb: ExcelWorkbook; contexts: FakeContext[] } {
  const { run, contexts } = fakeRun(book, options);
  return { wb: new ExcelWorkbook({ supports: () => true, ...wbOptions, run }), contexts };
}

export interface SyncReport<T> {
  result: T;
  /** context.sync() calls made by the action (all runs together). */
  syncs: number;
  /** Largest request and response of any one sync, in bytes. */
  maxRequestBytes: number;
  maxResponseBytes: number;
  records: SyncRecord[];
}

/** Run `action` on an ExcelWorkbook over `book` and count its syncs. */
export async function countSyncs<T>(
  book: FakeBook,
  action: (wb: ExcelWorkbook) => Promise<T>,
  options: FakeOptions = {},
  wbOptions: Omit<ExcelWorkbookOptions, "run"> = {},
): Promise<SyncReport<T>> {
  const { wb, contexts } = fakeWorkbook(book, options, wbOptions);
  const result = await action(wb);
  return syncReport(result, contexts);
}

/** The syncs the contexts made, with the largest request and response. */
export function syncReport<T>(result: T, contexts: readonly FakeContext[]): SyncReport<T> {
  const records = contexts.flatMap((c) => c.syncs);
  return {
    result,
    syncs: records.length,
    maxRequestBytes: records.reduce((m, r) => Math.max(m, r.requestBytes), 0),
    maxResponseBytes: records.reduce((m, r) => Math.max(m, r.responseBytes), 0),
    records,
  };
}
