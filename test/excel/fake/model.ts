/**
 * The workbook behind the fake Office.js context: sheets of cells with values,
 * number formats, styles, merges, hidden rows/columns, validation, freeze
 * panes and page layout. Plain data; the proxies in context.ts read and change it.
 */
import type { FakeConditionalFormat } from "./conditional";
import type { RangeRef } from "../../../src/core/grid";

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export interface FakeCell {
  value: string | number | boolean;
  type: ValueType;
  format: string;
  /** Style properties by path: "font.bold", "fill.color", "fill.pattern", "horizontalAlignment", ... */
  style: Record<string, unknown>;
  quotePrefix?: boolean;
  /** The cell's formula ("=..."), when it holds one; value is then its last result. */
  formula?: string;
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Key: row * 16384 + col (see cellKey). */
  cells: Map<number, FakeCell>;
  merges: RangeRef[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  validations: { range: RangeRef; props: Record<string, unknown> }[];
  conditionalFormats: FakeConditionalFormat[];
  freeze?: { rows: number; cols: number };
  pageLayout: Record<string, unknown>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  props: Record<string, unknown>;
  /** Review > Protect Sheet (worksheet.protection.protected). */
  protection: { protected: boolean };
}

/**
 * A failure to raise, at sync, on every operation that matches, before it
 * changes anything (the operations queued before it in the sync have run).
 * op: a logged operation ("values", "numberFormat", "format", "merge", "clear",
 * "addSheet", "activate", "select", "calculate", "dataValidation", "pageLayout", ...),
 * "load" (any read), "write" (anything but a read) or "*" (everything);
 * sheet: only operations on this sheet (names compared ignoring case; reads of
 * the sheet list and the application's calls have no sheet).
 * E.g. a protected sheet: { op: "write", sheet: "Plan", code: "AccessDenied" }.
 */
export interface FailOn {
  op: string;
  code: string;
  sheet?: string;
  message?: string;
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  active?: string;
  /** The selected range (A1, no sheet; areas joined by ","); before any select(), A1 of the active (else first visible) sheet. */
  selection?: { sheet: string; address: string };
  /** A chart, shape or picture is selected, not cells: getSelectedRange fails (InvalidSelection). */
  objectSelected = false;
  /** Make Excel refuse a chosen call while set (a protected sheet, cell edit mode, a range too large): see FailOn. */
  failOn?: FailOn;
  /**
   * Cells were written while calculation was suspended
   * (suspendApiCalculationUntilNextSync) and no application.calculate ran
   * since: formulas depending on them show stale results.
   */
  calculationPending = false;

  addSheet(name: string, visibility: FakeSheet["visibility"] = "Visible"): FakeSheet {
    const sheet: FakeSheet = {
      name,
      visibility,
      cells: new Map(),
      merges: [],
      hiddenRows: new Set(),
      hiddenCols: new Set(),
      validations: [],
      conditionalFormats: [],
      protection: { protected: false },
      pageLayout: {},
      columnWidths: new Map(),
      rowHeights: new Map(),
      props: {},
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}

export const cellKey = (row: number, col: number): number => row * 16384 + col;

export function emptyCell(): FakeCell {
  return { value: "", type: "Empty", format: "General", style: {} };
}

export function getCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  return sheet.cells.get(cellKey(row, col)) ?? emptyCell();
}

export function cellFor(sheet: FakeSheet, row: number, col: number): FakeCell {
  const k = cellKey(row, col);
  let c = sheet.cells.get(k);
  if (!c) {
    c = emptyCell();
    sheet.cells.set(k, c);
  }
  return c;
}

/** Put plain rows into a sheet (test set-up, not through the API). */
export function putRows(
  sheet: FakeSheet,
  rows: (string | number | boolean | null | { error: string })[][],
  at = { row: 0, col: 0 },
  format = "General",
): void {
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v === null) return;
      putValue(cellFor(sheet, at.row + i, at.col + j), v, format);
    }),
  );
}

/** Give a cell a value as Excel types it (an {error} as an Error cell), with its number format. */
export function putValue(c: FakeCell, v: string | number | boolean | { error: string }, format: string): void {
  c.format = format;
  if (typeof v === "object") {
    c.value = v.error;
    c.type = "Error";
  } else {
    c.value = v;
    c.type = typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
  }
}

/** Put a formula with its last result into a cell (test set-up, not through the API). */
export function putFormula(sheet: FakeSheet, row: number, col: number, formula: string, result: string | number, format = "General"): void {
  const c = cellFor(sheet, row, col);
  c.formula = formula;
  c.value = result;
  c.type = typeof result === "number" ? "Double" : result === "" ? "Empty" : "String";
  c.format = format;
}

/** The smallest range holding every non-empty value, or null. */
export function usedRange(sheet: FakeSheet, valuesOnly: boolean): RangeRef | null {
  let box: RangeRef | null = null;
  for (const [k, c] of sheet.cells) {
    const empty = c.type === "Empty" && c.formula === undefined && (valuesOnly || (Object.keys(c.style).length === 0 && c.format === "General"));
    if (empty) continue;
    const r = Math.floor(k / 16384);
    const col = k % 16384;
    if (!box) box = { top: r, left: col, bottom: r, right: col };
    else {
      box.top = Math.min(box.top, r);
      box.left = Math.min(box.left, col);
      box.bottom = Math.max(box.bottom, r);
      box.right = Math.max(box.right, col);
    }
  }
  return box;
}
