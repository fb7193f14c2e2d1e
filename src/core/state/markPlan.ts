import type { Finding } from "../finding";
import { SEVERITY_ORDER } from "../finding";
import { MARK_COLORS, NO_FILL, isPainted, markFill, type CellFill, type MarkedCell } from "./marks";

/**
 * What mark(findings) means, for every adapter: the cells of the findings are
 * painted (the most severe finding gives a cell its colour) and replace the
 * previous marks. A cell marked before and no longer flagged gets its
 * previous fill back; clearMarks() is mark([]): every marked cell gets its
 * previous fill back and the record is removed. A cell is only restored while
 * it still shows the colour we painted: a fill the user set since is left
 * alone (and, if the cell is flagged again, becomes its previous fill). A
 * cell marked again keeps the fill from before its first mark. Values are
 * never touched. The adapter reads the current fills of `cellsToRead`, then
 * writes `writes` and stores `next` (encodeMarks).
 *
 * Refusals, the same in every adapter, checked before anything is written:
 * - A marks record that is there but cannot be read (damaged, or from a later
 *   version) is never taken for "no marks": the fills it remembers would be
 *   lost when a new record replaced it. The adapter refuses with
 *   "workbook.marksUnreadable" and leaves the record and every fill as they are.
 * - A finding on a sheet the workbook no longer has (`missingSheet`): the
 *   findings come from a validation made before the sheet was renamed or
 *   deleted, so they no longer say which cells are meant. Marking the rest
 *   and skipping those would report "marked" over a partial job that the user
 *   cannot see is partial; the adapter says which sheet is gone
 *   ("workbook.markSheetMissing") and marks nothing, and the user validates
 *   again. (Recorded marks on a sheet that is gone are simply dropped: their
 *   cells went with the sheet.)
 */

export interface CellAt {
  s: string;
  r: number;
  c: number;
}

/** A cell to paint: where, and the colour of its most severe finding. */
export interface WantedMark extends CellAt {
  m: string;
}

/** Row and column counts of a sheet, to clip finding ranges to (an unknown sheet: undefined). */
export type SheetExtent = (sheet: string) => { rows: number; cols: number } | undefined;

export interface MarkPlan {
  /** Fills to write, per cell. */
  writes: (CellAt & { fill: CellFill })[];
  /** The marks record after the writes. */
  next: MarkedCell[];
}

export const cellId = (s: string, r: number, c: number): string => `${s}\u0000${r}:${c}`;

/**
 * Cell -> colour of its most severe finding. With `extent`, a range is clipped
 * to the sheet's rows and columns (never above its first cell) and findings on
 * sheets it does not know are left out (check `missingSheet` first).
 */
export function wantedMarks(findings: readonly Finding[], extent?: SheetExtent): Map<string, WantedMark> {
  const out = new Map<string, WantedMark & { rank: number }>();
  for (const f of findings) {
    const rank = SEVERITY_ORDER[f.severity];
    let { bottom, right } = f.range;
    const { top, left } = f.range;
    if (extent) {
      const size = extent(f.sheet);
      if (!size) continue;
      bottom = Math.min(bottom, Math.max(top, size.rows - 1));
      right = Math.min(right, Math.max(left, size.cols - 1));
    }
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const k = cellId(f.sheet, r, c);
        const had = out.get(k);
        if (!had || rank < had.rank) out.set(k, { s: f.sheet, r, c, m: MARK_COLORS[f.severity], rank });
      }
    }
  }
  const plain = new Map<string, WantedMark>();
  for (const [k, { s, r, c, m }] of out) plain.set(k, { s, r, c, m });
  return plain;
}

/** The first sheet named by a finding that the workbook does not have (`exists`), or undefined when all are there. */
export function missingSheet(findings: readonly Finding[], exists: (sheet: string) => boolean): string | undefined {
  return findings.find((f) => !exists(f.sheet))?.sheet;
}

/** The recorded cells by id, without those on sheets that no longer exist. */
export function recordedMarks(cells: readonly MarkedCell[], exists: (sheet: string) => boolean): Map<string, MarkedCell> {
  const out = new Map<string, MarkedCell>();
  for (const cell of cells) if (exists(cell.s)) out.set(cellId(cell.s, cell.r, cell.c), cell);
  return out;
}

/** The cells whose current fill the plan needs: every recorded cell and every new one. */
export function cellsToRead(recorded: ReadonlyMap<string, MarkedCell>, wanted: ReadonlyMap<string, WantedMark>): CellAt[] {
  const out: CellAt[] = [];
  for (const { s, r, c } of recorded.values()) out.push({ s, r, c });
  for (const [k, { s, r, c }] of wanted) if (!recorded.has(k)) out.push({ s, r, c });
  return out;
}

/** Decide restores, repaints and paints; `current` gives a cell's fill now (undefined: no fill known). */
export function planMarks(
  recorded: ReadonlyMap<string, MarkedCell>,
  wanted: ReadonlyMap<string, WantedMark>,
  current: (s: string, r: number, c: number) => CellFill | undefined,
): MarkPlan {
  const writes: MarkPlan["writes"] = [];
  const next: MarkedCell[] = [];
  for (const [k, cell] of recorded) {
    const now = current(cell.s, cell.r, cell.c);
    const still = isPainted(now, cell.m);
    const w = wanted.get(k);
    if (!w) {
      if (still) writes.push({ s: cell.s, r: cell.r, c: cell.c, fill: cell.f });
      continue;
    }
    const previous = still ? cell.f : (now ?? cell.f);
    if (!still || w.m.toUpperCase() !== cell.m.toUpperCase()) writes.push({ s: w.s, r: w.r, c: w.c, fill: markFill(w.m) });
    next.push({ ...cell, f: previous, m: w.m });
  }
  for (const [k, w] of wanted) {
    if (recorded.has(k)) continue;
    writes.push({ s: w.s, r: w.r, c: w.c, fill: markFill(w.m) });
    next.push({ s: w.s, r: w.r, c: w.c, f: current(w.s, w.r, w.c) ?? NO_FILL, m: w.m });
  }
  return { writes, next };
}
