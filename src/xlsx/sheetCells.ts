import { grown } from "../core/typedArrays";
import { MAX_CELLS, MAX_ROWS, PartTooLarge } from "./partLimits";

/**
 * A worksheet part's rows and cells as they are kept once read (by the rows' reader, sheetData.ts,
 * or by the scanner's events, sheetPart.ts): the cells in flat arrays, a small record per row.
 */

/** One cell of a part, as CellStore.rec gives it (a copy: changing it changes nothing in the part). */
export interface CellRec {
  /** 0-based column. */
  col: number;
  /** Span of the <c> element in the part's text. */
  start: number;
  end: number;
  /** Style index (0 when absent). */
  s: number;
  /** The type attribute: "n" (or absent), "s", "str", "inlineStr", "b", "e", "d". */
  t: string;
  /** The <v> text, or an inline string's text; null when the cell has no value. */
  v: string | null;
  /** Holds a formula (its own, or a shared one by reference). */
  formula: boolean;
  /** The formula text when the cell has one of its own (not for shared dependents). */
  formulaText?: string;
}

/**
 * The cells of a part in flat arrays, cell i's fields at index i, each row's cells together in
 * column order: an object per cell would be most of a large part's memory, and of the time
 * its reading takes (the garbage collector copies every object made while the part is read).
 */
export class CellStore {
  count = 0;
  /** Row records made on the store (RowRec). */
  rows = 0;
  col: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** As Number() reads the attribute (a style index; anything else reads as no style later). */
  s: Float64Array;
  /** 1: the cell holds a formula. */
  formula: Uint8Array;
  /** The type attribute (the same few strings, shared). */
  readonly t: string[] = [];
  /** The value text (see CellRec.v). */
  readonly v: (string | null)[] = [];
  /** Formula texts by cell (only cells with one of their own). */
  readonly formulaText = new Map<number, string>();

  /**
   * `capacity`: the cells to make room for at once; it grows past that by doubling (each step a
   * copy of every array, and fresh memory to fill: a large part's reading spent 9 ms there).
   * `limit`: the most cells the store takes (partLimits.ts); one more throws PartTooLarge, as a row past MAX_ROWS does.
   */
  constructor(
    capacity = 64,
    private readonly limit = MAX_CELLS,
  ) {
    const n = Math.max(16, Math.floor(capacity));
    this.col = new Int32Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.s = new Float64Array(n);
    this.formula = new Uint8Array(n);
  }

  /** A cell with no value and no formula yet; returns its index. */
  add(col: number, start: number, end: number, s: number, t: string): number {
    if (this.count >= this.limit) throw new PartTooLarge();
    const i = this.count++;
    if (i === this.col.length) this.grow();
    this.col[i] = col;
    this.start[i] = start;
    this.end[i] = end;
    this.s[i] = s;
    this.formula[i] = 0;
    this.t.push(t);
    this.v.push(null);
    return i;
  }

  /** A row record is made on the store (RowRec's constructor). */
  addRow(): void {
    if (++this.rows > MAX_ROWS) throw new PartTooLarge();
  }

  /** Forget the cells from `count` on and the rows from `rows` on (a reading that stepped aside). */
  truncate(count: number, rows: number): void {
    this.count = count;
    this.rows = rows;
    this.t.length = count;
    this.v.length = count;
    for (const i of [...this.formulaText.keys()]) if (i >= count) this.formulaText.delete(i);
  }

  private grow(): void {
    const n = this.col.length * 2;
    this.col = grown(this.col, n);
    this.start = grown(this.start, n);
    this.end = grown(this.end, n);
    this.s = grown(this.s, n);
    this.formula = grown(this.formula, n);
  }

  /** Cell i as a record. */
  rec(i: number): CellRec {
    const c: CellRec = { col: this.col[i], start: this.start[i], end: this.end[i], s: this.s[i], t: this.t[i], v: this.v[i], formula: this.formula[i] === 1 };
    const f = this.formulaText.get(i);
    if (f !== undefined) c.formulaText = f;
    return c;
  }

  /** Put cells first..first+count-1 in column order (for a writer that did not keep the schema's order). */
  sortRange(first: number, count: number): void {
    const order = Array.from({ length: count }, (_, k) => first + k).sort((a, b) => this.col[a] - this.col[b] || a - b);
    const recs = order.map((i) => this.rec(i));
    recs.forEach((r, k) => {
      const i = first + k;
      this.col[i] = r.col;
      this.start[i] = r.start;
      this.end[i] = r.end;
      this.s[i] = r.s;
      this.formula[i] = r.formula ? 1 : 0;
      this.t[i] = r.t;
      this.v[i] = r.v;
      if (r.formulaText === undefined) this.formulaText.delete(i);
      else this.formulaText.set(i, r.formulaText);
    });
  }
}

/** One row of a part: its own attributes, and its cells first..first+count-1 of the part's CellStore. */
export class RowRec {
  /** End of the row's start tag; for a self-closing row, the same as end. */
  openEnd: number;
  hidden = false;
  /** Height in points, when the row has one of its own. */
  height?: number;
  /** Style index applied to the row's empty cells (when customFormat). */
  s?: number;
  /** Index of the row's first cell in the store, and how many it has. */
  readonly first: number;
  count = 0;
  private recs: CellRec[] | null = null;

  constructor(
    /** 0-based row. */
    readonly row: number,
    /** Span of the <row> element in the part's text (end: after its end tag). */
    readonly start: number,
    public end: number,
    readonly selfClosing: boolean,
    readonly store: CellStore,
  ) {
    this.openEnd = end;
    this.first = store.count;
    store.addRow();
  }

  /** The row's cells as records (made on first asking, after the part is read and sorted; copies, read them). */
  get cells(): readonly CellRec[] {
    if (!this.recs) {
      this.recs = [];
      for (let k = 0; k < this.count; k++) this.recs.push(this.store.rec(this.first + k));
    }
    return this.recs;
  }

  /** The column of the row's last cell; -1 when it has none. */
  lastCol(): number {
    return this.count ? this.store.col[this.first + this.count - 1] : -1;
  }
}

/** The column of a cell reference ("AB12" -> 27), read from its letters; `fallback` when it has none. */
export function colOf(ref: string | undefined, fallback: number): number {
  return ref ? colAt(ref, 0, ref.length, fallback) : fallback;
}

/** colOf of the text between `from` and `to`. */
export function colAt(text: string, from: number, to: number, fallback: number): number {
  let col = 0;
  let i = from;
  for (; i < to && i < from + 4; i++) {
    const c = text.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === from || i > from + 3 ? fallback : col - 1;
}
