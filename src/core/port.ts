import type { Grid, RangeRef } from "./grid";
import type { CellEdit } from "./edits";
import type { Finding } from "./finding";
import type { SheetSpec } from "./sheetspec";

/** What a batched read takes: which sheets, and which state keys to read along. */
export interface WorkbookRead {
  /** Only these of the visible sheets (names compared case-insensitively; absent ones are left out). Default: every visible sheet. */
  sheets?: readonly string[];
  /** State keys (as loadState's) to read in the same go. */
  state?: readonly string[];
}

/** What a batched read gives: grids in workbook order, and each state key asked for (null when absent). */
export interface WorkbookSnapshot {
  grids: Grid[];
  state: Record<string, string | null>;
}

/**
 * A batched write. The order is part of it: when a write fails half way, what
 * was written before the failure stays. So a record that must exist once the
 * cells changed (an undo record pushed) goes in stateBefore; a record that
 * must stay until the cells are back (an undo record popped) in stateAfter.
 * A null value removes the key.
 */
export interface WorkbookChange {
  stateBefore?: Record<string, string | null>;
  edits?: readonly CellEdit[];
  stateAfter?: Record<string, string | null>;
}

/** What an update's decision returns: the caller's result, and the change to write (none: nothing is written). */
export interface WorkbookDecision<T> {
  result: T;
  change?: WorkbookChange;
}

/**
 * The workbook port. src/excel (Office.js) and src/xlsx (ExcelJS) implement it;
 * surfaces talk only to this interface. Types, and below them the batched
 * calls spelled out with the basic methods (they only call the port: core stays pure).
 */
export interface Workbook {
  /** Visible sheet names in workbook order. */
  sheets(): Promise<string[]>;
  /** The used range of a sheet as a Grid. */
  readGrid(sheet: string): Promise<Grid>;
  /** Write cell values (and number formats); edits keep previous values for undo. */
  applyEdits(edits: readonly CellEdit[]): Promise<void>;
  /** Add a new sheet (never replacing one); returns the name actually used. */
  addSheet(spec: SheetSpec, opts?: { activate?: boolean }): Promise<string>;
  /** Colour the cells of findings; remembers previous fills so clearMarks restores them exactly. */
  mark(findings: readonly Finding[]): Promise<void>;
  clearMarks(): Promise<void>;
  /** Select (and scroll to) a range. */
  select(sheet: string, range: RangeRef): Promise<void>;
  /** The user's current selection, when the host has one (fill scope "selected rows"). */
  selection?(): Promise<{ sheet: string; range: RangeRef } | null>;
  /** Small named state kept inside the workbook (undo records, marks), or null. */
  loadState(key: string): Promise<string | null>;
  saveState(key: string, value: string | null): Promise<void>;
  /**
   * Optional batched read: the same as sheets(), readGrid() of each sheet asked
   * for and loadState() of each key, in as few round trips as the host allows
   * (Office.js: one Excel.run, a constant number of syncs). readWorkbook()
   * below calls it, or those methods one by one when a port has no readGrids.
   */
  readGrids?(request?: WorkbookRead): Promise<WorkbookSnapshot>;
  /**
   * Optional read-decide-write: read as readGrids does, call `decide` (which
   * must not call the workbook), then write the change it returns, all in one
   * go (Office.js: one Excel.run, the change written in one sync under the
   * payload budget). The same as updateWorkbookBasic() below.
   */
  update?<T>(request: WorkbookRead, decide: (snapshot: WorkbookSnapshot) => WorkbookDecision<T> | Promise<WorkbookDecision<T>>): Promise<T>;
}

/** A batched read through any port: its readGrids when it has one, else the basic methods. */
export function readWorkbook(wb: Workbook, request: WorkbookRead = {}): Promise<WorkbookSnapshot> {
  return wb.readGrids ? wb.readGrids(request) : readWorkbookBasic(wb, request);
}

/** Read-decide-write through any port: its update when it has one, else the basic methods. */
export function updateWorkbook<T>(
  wb: Workbook,
  request: WorkbookRead,
  decide: (snapshot: WorkbookSnapshot) => WorkbookDecision<T> | Promise<WorkbookDecision<T>>,
): Promise<T> {
  return wb.update ? wb.update(request, decide) : updateWorkbookBasic(wb, request, decide);
}

/** What readGrids means: sheets(), readGrid() of each sheet asked for, loadState() of each key. */
export async function readWorkbookBasic(wb: Workbook, request: WorkbookRead = {}): Promise<WorkbookSnapshot> {
  const wanted = request.sheets && new Set(request.sheets.map((s) => s.toLowerCase()));
  const grids: Grid[] = [];
  for (const name of await wb.sheets()) if (!wanted || wanted.has(name.toLowerCase())) grids.push(await wb.readGrid(name));
  const state: Record<string, string | null> = {};
  for (const key of request.state ?? []) state[key] = await wb.loadState(key);
  return { grids, state };
}

/** What update means: readWorkbookBasic, decide, then stateBefore, edits and stateAfter in this order. */
export async function updateWorkbookBasic<T>(
  wb: Workbook,
  request: WorkbookRead,
  decide: (snapshot: WorkbookSnapshot) => WorkbookDecision<T> | Promise<WorkbookDecision<T>>,
): Promise<T> {
  const { result, change } = await decide(await readWorkbookBasic(wb, request));
  for (const [key, value] of Object.entries(change?.stateBefore ?? {})) await wb.saveState(key, value);
  if (change?.edits?.length) await wb.applyEdits(change.edits);
  for (const [key, value] of Object.entries(change?.stateAfter ?? {})) await wb.saveState(key, value);
  return result;
}
