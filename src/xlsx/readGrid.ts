import type { CellValue, Grid, RangeRef } from "../core/grid";
import { DATE1904_OFFSET, valueOf } from "./cellValue";
import { DEFAULT_LOCALE, displayText } from "./display";
import type { SheetPart } from "./sheetPart";
import type { StyleSheet } from "./styleSheet";

export interface GridOptions {
  /** numfmt locale for display text; default en-US (see display.ts). */
  locale?: string;
}

/**
 * Above this many cells in the rectangle holding every value, cells far from
 * the others (a stray value at XFD1048576) are left out of the grid: the
 * engine reads a dense rectangle, and a plan is never that wide and tall.
 */
export const MAX_GRID_CELLS = 8_000_000;
/** Gaps that separate one block of cells from a far one (rows, columns). */
const ROW_GAP = 1000;
const COL_GAP = 100;

interface Span {
  lo: number;
  hi: number;
  count: number;
}

/** Occupied positions (sorted, with counts) into blocks separated by more than `gap`; the block with the most cells. */
function densest(positions: Map<number, number>, gap: number): Span {
  const keys = [...positions.keys()].sort((a, b) => a - b);
  let best: Span = { lo: keys[0], hi: keys[0], count: 0 };
  let cur: Span = { lo: keys[0], hi: keys[0], count: 0 };
  for (const k of keys) {
    if (k - cur.hi > gap) {
      if (cur.count > best.count) best = cur;
      cur = { lo: k, hi: k, count: 0 };
    }
    cur.hi = k;
    cur.count += positions.get(k) ?? 0;
  }
  return cur.count > best.count ? cur : best;
}

/** The rectangle the grid covers: every value and merge, or, when that is too large, the densest block. */
function region(part: SheetPart): { box: RangeRef; skipped: number } | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  const { cells, rows } = part;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    for (let i = r.first; i < r.first + r.count; i++) {
      if (cells.v[i] === null && !cells.formula[i]) continue;
      if (r.row < top) top = r.row;
      if (r.row > bottom) bottom = r.row;
      if (cells.col[i] < left) left = cells.col[i];
      if (cells.col[i] > right) right = cells.col[i];
    }
  }
  for (const m of part.merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  if (bottom < 0) return null;
  const box = { top, left, bottom, right };
  if ((bottom - top + 1) * (right - left + 1) <= MAX_GRID_CELLS) return { box, skipped: 0 };
  return densestBox(part);
}

/** The block of rows and of columns holding most values, the far ones left out (counted). */
function densestBox(part: SheetPart): { box: RangeRef; skipped: number } {
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  let total = 0;
  const { cells } = part;
  for (const r of part.rows) {
    for (let i = r.first; i < r.first + r.count; i++) {
      if (cells.v[i] === null && !cells.formula[i]) continue;
      rows.set(r.row, (rows.get(r.row) ?? 0) + 1);
      cols.set(cells.col[i], (cols.get(cells.col[i]) ?? 0) + 1);
      total++;
    }
  }
  for (const m of part.merges) {
    rows.set(m.top, rows.get(m.top) ?? 0).set(m.bottom, rows.get(m.bottom) ?? 0);
    cols.set(m.left, cols.get(m.left) ?? 0).set(m.right, cols.get(m.right) ?? 0);
  }
  const r = densest(rows, ROW_GAP);
  const c = densest(cols, COL_GAP);
  const box = { top: r.lo, left: c.lo, bottom: r.hi, right: c.hi };
  let inside = 0;
  for (const row of part.rows) {
    if (row.row < box.top || row.row > box.bottom) continue;
    for (let i = row.first; i < row.first + row.count; i++) {
      if ((cells.v[i] !== null || cells.formula[i]) && cells.col[i] >= box.left && cells.col[i] <= box.right) inside++;
    }
  }
  return { box, skipped: total - inside };
}

/** Cells holding formulas as vertical runs per column (a table's formula column is one area). */
class FormulaRuns {
  private readonly open = new Map<number, RangeRef>();
  readonly areas: RangeRef[] = [];

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

/**
 * Whether a formula cell holds no computed value: no <v>, or an empty one (openpyxl writes `<v />`)
 * that is no string result (a formula giving "" is saved as t="str" with an empty <v>).
 */
function noResult(t: string, v: string | null): boolean {
  return v === null || (v === "" && t !== "str");
}

function clip(r: RangeRef, box: RangeRef): RangeRef | null {
  const out = { top: Math.max(r.top, box.top), left: Math.max(r.left, box.left), bottom: Math.min(r.bottom, box.bottom), right: Math.min(r.right, box.right) };
  return out.top > out.bottom || out.left > out.right ? null : out;
}

/**
 * A worksheet part as the engine's Grid: values from the cells' own types
 * (numbers as numbers, dates as 1900-system serials also in a 1904 workbook,
 * formulas as their cached result), display text formatted with numfmt
 * (only to quote a cell), number formats (the cell's, else its row's or
 * column's, else "General"), merges, hidden rows and columns, and formula
 * cells (own, shared and every member of an array formula) and, of the own and
 * shared ones, those saved with no computed value (Grid.uncomputed). Cells covered
 * by a merge read as empty, as in Excel. `skipped` counts values left out
 * of a sheet too large to read whole (see MAX_GRID_CELLS).
 */
export function gridFromPart(
  name: string,
  part: SheetPart,
  styles: StyleSheet,
  strings: readonly string[],
  opts: GridOptions & { date1904?: boolean } = {},
): Grid & { skipped?: number } {
  const empty: Grid = { sheet: name, origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [], hiddenRows: [], hiddenCols: [] };
  const area = region(part);
  if (!area) return { ...empty, merges: part.merges };
  const { box } = area;
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;

  const colFormat: string[] = new Array(width).fill("General");
  const hiddenCols: number[] = [];
  for (const col of part.cols) {
    for (let c = Math.max(col.min, box.left); c <= Math.min(col.max, box.right); c++) {
      if (col.s !== undefined) colFormat[c - box.left] = styles.numFmt(col.s);
      if (col.hidden) hiddenCols.push(c);
    }
  }
  hiddenCols.sort((a, b) => a - b);

  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  const hiddenRows: number[] = [];
  for (let i = 0; i < height; i++) {
    values.push(new Array(width).fill(null));
    text.push(new Array(width).fill(""));
    formats.push(colFormat.slice());
  }
  let formulas: FormulaRuns | null = null;
  /** Formula cells with no <v>: saved by a program that does not calculate. */
  let uncomputed: FormulaRuns | null = null;
  const { cells, rows } = part;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.row < box.top || row.row > box.bottom) continue;
    const i = row.row - box.top;
    if (row.hidden) hiddenRows.push(row.row);
    if (row.s !== undefined) formats[i].fill(styles.numFmt(row.s));
    const vRow = values[i];
    const tRow = text[i];
    const fRow = formats[i];
    for (let i = row.first; i < row.first + row.count; i++) {
      const col = cells.col[i];
      if (col < box.left || col > box.right) continue;
      const k = col - box.left;
      const fmt = styles.numFmt(cells.s[i]);
      fRow[k] = fmt;
      // A member of an array formula is counted with its array, below.
      if (cells.formula[i] && !part.arrays.some((a) => row.row >= a.top && row.row <= a.bottom && col >= a.left && col <= a.right)) {
        (formulas ??= new FormulaRuns()).add(row.row, col);
        if (noResult(cells.t[i], cells.v[i])) (uncomputed ??= new FormulaRuns()).add(row.row, col);
      }
      let v = valueOf(cells.t[i], cells.v[i], strings);
      if (v === null) continue;
      if (opts.date1904 && typeof v === "number" && styles.isDate(cells.s[i])) v += DATE1904_OFFSET;
      vRow[k] = v;
      tRow[k] = displayText(v, fmt, locale);
    }
  }
  const merges: RangeRef[] = [];
  for (const m of part.merges) {
    const inBox = clip(m, box);
    if (!inBox) continue;
    merges.push(m);
    for (let r = inBox.top; r <= inBox.bottom; r++) {
      for (let c = inBox.left; c <= inBox.right; c++) {
        if (r === m.top && c === m.left) continue;
        values[r - box.top][c - box.left] = null;
        text[r - box.top][c - box.left] = "";
      }
    }
  }
  const formulaCells = formulas ? formulas.areas : [];
  for (const a of part.arrays) {
    const inBox = clip(a, box);
    if (inBox) formulaCells.push(inBox);
  }
  return {
    sheet: name,
    origin: { row: box.top, col: box.left },
    values,
    text,
    formats,
    merges,
    hiddenRows,
    hiddenCols,
    ...(formulaCells.length ? { formulaCells } : {}),
    ...(uncomputed ? { uncomputed: uncomputed.areas } : {}),
    ...(area.skipped ? { skipped: area.skipped } : {}),
  };
}
