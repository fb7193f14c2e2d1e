import { cleanText } from "./cleanText";
import { FormulaIndex } from "./formulaCells";
import type { CellRef, RangeRef } from "./grid/refs";

/**
 * Grid: one rectangular region of a worksheet as the engine sees it.
 * Values, display text (as Excel shows it), number formats and merged areas.
 * Coordinates inside the engine are absolute, 0-based (row 0 = Excel row 1).
 */

/** An Excel error value such as #REF! or #DIV/0!. */
export interface CellError {
  error: string;
}

/** Dates arrive as Excel serial numbers (with a date number format). */
export type CellValue = string | number | boolean | null | CellError;

export type { CellRef, RangeRef } from "./grid/refs";
export { colToLetters, lettersToCol, parseA1, parseRangeA1, rangeToA1, sheetRef, spanRange, toA1 } from "./grid/refs";

export interface Grid {
  sheet: string;
  /** Absolute position of values[0][0]. */
  origin: CellRef;
  values: CellValue[][];
  /** Display text of each cell, as Excel shows it (number formats applied). */
  text: string[][];
  /** Number format of each cell ("General", "0.00%", ...). */
  formats: string[][];
  /** Merged areas, absolute coordinates. */
  merges: RangeRef[];
  /** Hidden rows / columns (absolute indexes), when the adapter knows them. */
  hiddenRows?: number[];
  hiddenCols?: number[];
  /**
   * Areas of cells holding formulas (absolute), when the adapter knows them:
   * empty or absent when none. Look them up with GridView.hasFormula.
   */
  formulaCells?: RangeRef[];
  /**
   * Formula cells holding no computed value (absolute; runs per column like formulaCells): a file
   * saved by a program that does not calculate (openpyxl, report generators) stores the formula
   * alone, and the cell reads as empty until Excel or LibreOffice computes it. Set by the .xlsx
   * adapter only (Excel computes every formula). Look them up with GridView.isUncomputed.
   */
  uncomputed?: RangeRef[];
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

export function gridRows(grid: Grid): number {
  return grid.values.length;
}

export function gridCols(grid: Grid): number {
  let n = 0;
  for (let r = 0; r < grid.values.length; r++) if (grid.values[r].length > n) n = grid.values[r].length;
  return n;
}


/**
 * Fast access to a Grid with merged areas resolved: every cell covered by a
 * merged area reads the value of the area's top-left cell.
 */
export class GridView {
  readonly grid: Grid;
  readonly rows: number;
  readonly cols: number;
  readonly top: number;
  readonly left: number;
  /** Per cell (key = row * cols + col, relative): 0 outside merges, i + 1 covered by grid.merges[i], -(i + 1) its anchor. */
  private readonly merge: IntStore;
  private readonly hasMerges: boolean;

  constructor(grid: Grid) {
    this.grid = grid;
    this.rows = gridRows(grid);
    this.cols = gridCols(grid);
    this.top = grid.origin.row;
    this.left = grid.origin.col;
    this.merge = makeIntStore(grid.merges.length > 0 ? this.rows * this.cols : 0);
    let any = false;
    grid.merges.forEach((m, i) => {
      const top = Math.max(m.top, this.top);
      const bottom = Math.min(m.bottom, this.top + this.rows - 1);
      const left = Math.max(m.left, this.left);
      const right = Math.min(m.right, this.left + this.cols - 1);
      if (top > bottom || left > right) return;
      // Guard against pathological merges: cap the number of covered cells indexed.
      const area = (bottom - top + 1) * (right - left + 1);
      if (area > 1_000_000) return;
      any = true;
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          this.merge.set(this.key(r, c), r === m.top && c === m.left ? -(i + 1) : i + 1);
        }
      }
    });
    this.hasMerges = any;
  }

  private key(row: number, col: number): number {
    return (row - this.top) * this.cols + (col - this.left);
  }

  inside(row: number, col: number): boolean {
    return row >= this.top && row < this.top + this.rows && col >= this.left && col < this.left + this.cols;
  }

  /** Raw value at an absolute position, ignoring merges. */
  rawValue(row: number, col: number): CellValue {
    if (!this.inside(row, col)) return null;
    const v = this.grid.values[row - this.top]?.[col - this.left];
    return v === undefined ? null : v;
  }

  rawText(row: number, col: number): string {
    if (!this.inside(row, col)) return "";
    return this.grid.text[row - this.top]?.[col - this.left] ?? "";
  }

  format(row: number, col: number): string {
    const m = this.coveredBy(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    if (!this.inside(r, c)) return "General";
    return this.grid.formats[r - this.top]?.[c - this.left] || "General";
  }

  /** The merged area covering the cell, if any. */
  mergeAt(row: number, col: number): RangeRef | undefined {
    if (!this.hasMerges || !this.inside(row, col)) return undefined;
    const i = this.merge.get(this.key(row, col));
    return i === 0 ? undefined : this.grid.merges[Math.abs(i) - 1];
  }

  /** True when the cell is covered by a merge and is not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    return this.hasMerges && this.inside(row, col) && this.merge.get(this.key(row, col)) > 0;
  }

  /** The merged area covering the cell when the cell is not its top-left cell. */
  private coveredBy(row: number, col: number): RangeRef | undefined {
    if (!this.hasMerges || !this.inside(row, col)) return undefined;
    const i = this.merge.get(this.key(row, col));
    return i > 0 ? this.grid.merges[i - 1] : undefined;
  }

  anchorOf(row: number, col: number): CellRef {
    const m = this.coveredBy(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /**
   * f(value, display text, number format) of the cell, or of the top-left cell of the merged area
   * covering it: the three read at once, without building a record (text not cleaned, as rawText).
   */
  readWith<T>(row: number, col: number, f: (value: CellValue, text: string, format: string) => T): T {
    const m = this.coveredBy(row, col);
    const r = (m ? m.top : row) - this.top;
    const c = (m ? m.left : col) - this.left;
    const { values, text, formats } = this.grid;
    return f(values[r]?.[c] ?? null, text[r]?.[c] ?? "", formats[r]?.[c] || "General");
  }

  /** Value with merges resolved. */
  value(row: number, col: number): CellValue {
    const m = this.coveredBy(row, col);
    return m ? this.rawValue(m.top, m.left) : this.rawValue(row, col);
  }

  /** Dense for ordinary sheets, sparse for huge sparse ones (one stray cell at XFD1048576). */
  private textCache: { get(k: number): string | undefined; set(k: number, v: string): void } | null = null;

  /** Display text with merges resolved, trimmed, inner white space folded (memoised per cell). */
  text(row: number, col: number): string {
    const m = this.coveredBy(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    if (!this.inside(r, c)) return "";
    const k = this.key(r, c);
    const cache = (this.textCache ??= makeCache(this.rows * this.cols));
    let t = cache.get(k);
    if (t === undefined) {
      t = cleanText(this.rawText(r, c));
      cache.set(k, t);
    }
    return t;
  }

  isEmpty(row: number, col: number): boolean {
    return this.text(row, col) === "";
  }

  isRowHidden(row: number): boolean {
    return this.grid.hiddenRows?.includes(row) ?? false;
  }

  /** Built on the first hasFormula call of a grid that lists formula areas. */
  private formulaIndex: FormulaIndex | null = null;

  /** Whether the cell (absolute) holds a formula, as grid.formulaCells says (false when it says nothing). */
  hasFormula(row: number, col: number): boolean {
    const areas = this.grid.formulaCells;
    if (!areas || areas.length === 0) return false;
    this.formulaIndex ??= new FormulaIndex(areas, this.bounds());
    return this.formulaIndex.has(row, col);
  }

  /** The rectangle the view covers (absolute). */
  private bounds(): RangeRef {
    return { top: this.top, left: this.left, bottom: this.top + this.rows - 1, right: this.left + this.cols - 1 };
  }

  /** Built on the first isUncomputed call of a grid that lists uncomputed formula cells. */
  private uncomputedIndex: FormulaIndex | null = null;

  /** Whether the grid lists any formula cell holding no computed value (grid.uncomputed). */
  get hasUncomputed(): boolean {
    return (this.grid.uncomputed?.length ?? 0) > 0;
  }

  /** Whether the cell (absolute) is a formula cell holding no computed value (grid.uncomputed): what it shows is not known. */
  isUncomputed(row: number, col: number): boolean {
    const areas = this.grid.uncomputed;
    if (!areas || areas.length === 0) return false;
    this.uncomputedIndex ??= new FormulaIndex(areas, this.bounds());
    return this.uncomputedIndex.has(row, col);
  }
}

function makeCache(size: number): { get(k: number): string | undefined; set(k: number, v: string): void } {
  if (size > 20_000_000) return new Map<number, string>();
  const arr = new Array<string | undefined>(size);
  return { get: (k) => arr[k], set: (k, v) => void (arr[k] = v) };
}

/** Integers by cell key, 0 when unset: a typed array for ordinary sheets, a Map for huge sparse ones. */
interface IntStore {
  get(k: number): number;
  set(k: number, v: number): void;
}

function makeIntStore(size: number): IntStore {
  if (size > 4_000_000) {
    const map = new Map<number, number>();
    return { get: (k) => map.get(k) ?? 0, set: (k, v) => void map.set(k, v) };
  }
  const arr = new Int32Array(size);
  return { get: (k) => arr[k], set: (k, v) => void (arr[k] = v) };
}

/** Build a Grid from plain rows of values (tests, fixtures, generated plans). */
export function gridFromRows(
  sheet: string,
  rows: CellValue[][],
  opts: { origin?: CellRef; merges?: RangeRef[]; formats?: string[][]; text?: string[][] } = {},
): Grid {
  const text =
    opts.text ??
    rows.map((r) => r.map((v) => (v === null ? "" : isCellError(v) ? v.error : String(v))));
  const formats = opts.formats ?? rows.map((r) => r.map(() => "General"));
  return { sheet, origin: opts.origin ?? { row: 0, col: 0 }, values: rows, text, formats, merges: opts.merges ?? [] };
}
