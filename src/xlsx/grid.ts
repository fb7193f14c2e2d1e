import type * as ExcelJS from "exceljs";
import type { CellValue, Grid, RangeRef } from "../core/grid";
import { DEFAULT_LOCALE, displayText } from "./display";
import { rowCells, sheetMerges, sheetRows } from "./internals";
import { EXCELJS_DATE_FORMAT, VALUE_TYPE, toCellValue } from "./values";

export interface GridOptions {
  /** numfmt locale for display text; default en-US (see display.ts). */
  locale?: string;
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1-based bounds of the cells holding a value or belonging to a merge; null when none. */
function usedBounds(ws: ExcelJS.Worksheet, merges: readonly RangeRef[]): Bounds | null {
  const b: Bounds = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  sheetRows(ws).forEach((row, i) => {
    if (!row) return;
    const cells = rowCells(row);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell || cell.type === VALUE_TYPE.Null) continue;
      if (c < b.left) b.left = c;
      if (c > b.right) b.right = c;
      if (i < b.top) b.top = i;
      if (i > b.bottom) b.bottom = i;
    }
  });
  for (const m of merges) {
    b.top = Math.min(b.top, m.top);
    b.left = Math.min(b.left, m.left);
    b.bottom = Math.max(b.bottom, m.bottom);
    b.right = Math.max(b.right, m.right);
  }
  return b.bottom < 0 ? null : { top: b.top + 1, left: b.left + 1, bottom: b.bottom + 1, right: b.right + 1 };
}

/** Number format of a column's style (applies to cells that have no cell record), by column number. */
function columnFormats(ws: ExcelJS.Worksheet, left: number, right: number): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  const cols = (ws.columns ?? []) as (ExcelJS.Column | undefined)[];
  for (let c = left; c <= right; c++) out[c] = cols[c - 1]?.style?.numFmt;
  return out;
}

/** Cells holding formulas as vertical runs per column (a table's formula column is one area). */
class FormulaRuns {
  private readonly open = new Map<number, RangeRef>();
  readonly areas: RangeRef[] = [];

  /** Cells come row by row, top to bottom (absolute, 0-based). */
  add(row: number, col: number): void {
    const run = this.open.get(col);
    if (run && run.bottom === row - 1) {
      run.bottom = row;
      return;
    }
    const area = { top: row, left: col, bottom: row, right: col };
    this.open.set(col, area);
    this.areas.push(area);
  }
}

function hiddenColumns(ws: ExcelJS.Worksheet, left: number, right: number): number[] {
  const out: number[] = [];
  const cols = (ws.columns ?? []) as (ExcelJS.Column | undefined)[];
  for (let c = left; c <= right; c++) if (cols[c - 1]?.hidden) out.push(c - 1);
  return out;
}

/**
 * The used range of a worksheet as a Grid: values (rich text as plain text,
 * formulas as their cached result, hyperlinks as their text, errors as
 * {error}, dates as 1900-system serial numbers), display text formatted with
 * numfmt, number formats ("General" when none), merges, hidden rows/columns,
 * and the cells holding formulas (plain, shared or array; absent when none).
 * Cells covered by a merge (not its top-left cell) read as empty, as in Excel.
 */
export function gridFromWorksheet(ws: ExcelJS.Worksheet, opts: GridOptions = {}): Grid {
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const merges = sheetMerges(ws);
  const b = usedBounds(ws, merges);
  if (!b) return { sheet: ws.name, origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges, hiddenRows: [], hiddenCols: [] };

  const width = b.right - b.left + 1;
  const colFmt = columnFormats(ws, b.left, b.right);
  const rows = sheetRows(ws);
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  const hiddenRows: number[] = [];
  let formulas: FormulaRuns | null = null;

  for (let r = b.top; r <= b.bottom; r++) {
    const row = rows[r - 1];
    const vRow: CellValue[] = new Array(width).fill(null);
    const tRow: string[] = new Array(width).fill("");
    const fRow: string[] = new Array(width);
    const rowFmt = (row as { style?: Partial<ExcelJS.Style> } | undefined)?.style?.numFmt;
    const cells = row ? rowCells(row) : [];
    if (row?.hidden) hiddenRows.push(r - 1);
    for (let c = b.left; c <= b.right; c++) {
      const i = c - b.left;
      const cell = cells[c - 1];
      if (!cell) {
        fRow[i] = rowFmt || colFmt[c] || "General";
        continue;
      }
      if (cell.type === VALUE_TYPE.Formula) (formulas ??= new FormulaRuns()).add(r - 1, c - 1);
      const raw = cell.type === VALUE_TYPE.Null || cell.type === VALUE_TYPE.Merge ? null : cell.value;
      const fmt = cell.numFmt || (raw instanceof Date ? EXCELJS_DATE_FORMAT : "General");
      fRow[i] = fmt;
      if (raw === null || raw === undefined) continue;
      const v = toCellValue(raw);
      vRow[i] = v;
      tRow[i] = displayText(v, fmt, locale);
    }
    values.push(vRow);
    text.push(tRow);
    formats.push(fRow);
  }

  return {
    sheet: ws.name,
    origin: { row: b.top - 1, col: b.left - 1 },
    values,
    text,
    formats,
    merges,
    hiddenRows,
    hiddenCols: hiddenColumns(ws, b.left, b.right),
    ...(formulas ? { formulaCells: formulas.areas } : {}),
  };
}
