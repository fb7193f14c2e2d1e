import type { Grid, RangeRef } from "./grid";
import type { CellEdit } from "./edits";
import type { Finding } from "./finding";
import type { SheetSpec } from "./sheetspec";

/**
 * The workbook port. src/excel (Office.js) and src/xlsx (ExcelJS) implement it;
 * surfaces talk only to this interface. Types only: core stays pure.
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
}
