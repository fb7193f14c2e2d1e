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
  /**
   * The hidden sheets in workbook order (never the very hidden ones, like the state sheet): never
   * read, only named, so that "no table" can say where it did not look. Absent: not known.
   */
  hidden?: string[];
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

/** Where and how addSheet puts a new sheet. */
export interface NewSheetOptions {
  /** Make it the active sheet (default true). */
  activate?: boolean;
  /** Put it just before this sheet (name compared case-insensitively, hidden sheets too); absent or unknown: after the last sheet. */
  before?: string;
}

/** Which sheets sheets() lists. */
export interface SheetListOptions {
  /** Also the hidden sheets (never the very hidden ones, like the state sheet). */
  hidden?: boolean;
}

/** What an update's decision returns: the caller's result, and the change to write (none: nothing is written). */
export interface WorkbookDecision<T> {
  result: T;
  change?: WorkbookChange;
}

/**
 * The workbook port. src/excel (Office.js) and src/xlsx (ExcelJS) implement it,
 * and the preview's NotifyingWorkbook wraps the latter; surfaces talk only to
 * this interface. Below it, for implementers, the batched calls spelled out
 * with the basic methods (they only call the port: core stays pure).
 */
export interface Workbook {
  /** Visible sheet names in workbook order (with opts.hidden, hidden ones too). */
  sheets(opts?: SheetListOptions): Promise<string[]>;
  /** The used range of a sheet as a Grid. */
  readGrid(sheet: string): Promise<Grid>;
  /** Write cell values (and number formats); edits keep previous values for undo. */
  applyEdits(edits: readonly CellEdit[]): Promise<void>;
  /** Add a new sheet (never replacing one); returns the name actually used. */
  addSheet(spec: SheetSpec, opts?: NewSheetOptions): Promise<string>;
  /**
   * Give a sheet the add-in made a new content: everything of the sheet (values,
   * styles, merges, sizes, breaks, page setup) becomes the spec's; its name,
   * place and visibility stay. Only for the add-in's own sheets: the caller
   * knows one by its state record. Activates it unless opts.activate is false.
   */
  replaceSheet(sheet: string, spec: SheetSpec, opts?: { activate?: boolean }): Promise<void>;
  /**
   * Remove a visible sheet the add-in added (undo of "Siapkan Pemantauan"); a name that is not
   * there is a no-op. Optional: a host without it cannot undo a sheet.
   */
  removeSheet?(name: string): Promise<void>;
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
   * Batched read: the same as sheets(), readGrid() of each sheet asked for and
   * loadState() of each key (readWorkbookBasic below), in as few round trips as
   * the host allows (Office.js: one Excel.run, a constant number of syncs).
   */
  readGrids(request?: WorkbookRead): Promise<WorkbookSnapshot>;
  /**
   * Read-decide-write: read as readGrids does, call `decide` (which must not
   * call the workbook), then write the change it returns, all in one go
   * (Office.js: one Excel.run, the change written in one sync under the
   * payload budget). The same as updateWorkbookBasic() below.
   */
  update<T>(request: WorkbookRead, decide: (snapshot: WorkbookSnapshot) => WorkbookDecision<T> | Promise<WorkbookDecision<T>>): Promise<T>;
}

/** The basic methods, without the batched ones: what readWorkbookBasic and updateWorkbookBasic call. */
export type BasicWorkbook = Omit<Workbook, "readGrids" | "update">;

/**
 * For implementers: readGrids spelled out with the basic methods (sheets(),
 * readGrid() of each sheet asked for, loadState() of each key). An adapter
 * without round trips to save (src/xlsx) implements readGrids with it.
 */
export async function readWorkbookBasic(wb: BasicWorkbook, request: WorkbookRead = {}): Promise<WorkbookSnapshot> {
  const wanted = request.sheets && new Set(request.sheets.map((s) => s.toLowerCase()));
  const grids: Grid[] = [];
  const visible = await wb.sheets();
  for (const name of visible) if (!wanted || wanted.has(name.toLowerCase())) grids.push(await wb.readGrid(name));
  const state: Record<string, string | null> = {};
  for (const key of request.state ?? []) state[key] = await wb.loadState(key);
  const shown = new Set(visible); // a workbook may have thousands of sheets: no pass over them per sheet
  const hidden = (await wb.sheets({ hidden: true })).filter((name) => !shown.has(name));
  return { grids, state, hidden };
}

/**
 * For implementers: update spelled out with the basic methods
 * (readWorkbookBasic, decide, then stateBefore, edits and stateAfter in this
 * order). src/xlsx implements update with it.
 */
export async function updateWorkbookBasic<T>(
  wb: BasicWorkbook,
  request: WorkbookRead,
  decide: (snapshot: WorkbookSnapshot) => WorkbookDecision<T> | Promise<WorkbookDecision<T>>,
): Promise<T> {
  const { result, change } = await decide(await readWorkbookBasic(wb, request));
  for (const [key, value] of Object.entries(change?.stateBefore ?? {})) await wb.saveState(key, value);
  if (change?.edits?.length) await wb.applyEdits(change.edits);
  for (const [key, value] of Object.entries(change?.stateAfter ?? {})) await wb.saveState(key, value);
  return result;
}
