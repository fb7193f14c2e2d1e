import type { RangeRef } from "../core/grid";
import { jsonBytes } from "./budget";

/** One cell's payload at an absolute position. */
export interface CellAt<T> {
  row: number;
  col: number;
  data: T;
}

/** A rectangle of cells sharing a group key; data[r][c] is the cell at (top + r, left + c). */
export interface Rect<T> {
  range: RangeRef;
  key: string;
  data: T[][];
}

/**
 * Group cells into few rectangles: runs of adjacent cells in a row with the same
 * key, then runs with the same columns and key in consecutive rows stacked into
 * one rectangle. When a cell appears twice the later one wins. Linear after sorting.
 */
export function groupRects<T>(cells: readonly CellAt<T>[], keyOf: (data: T) => string = () => ""): Rect<T>[] {
  const latest = new Map<string, CellAt<T>>();
  for (const c of cells) latest.set(`${c.row}:${c.col}`, c);
  const sorted = [...latest.values()].sort((a, b) => a.row - b.row || a.col - b.col);

  const rects: Rect<T>[] = [];
  const open = new Map<string, Rect<T>>(); // "left:right:key" -> rect whose bottom is the previous row
  let i = 0;
  while (i < sorted.length) {
    const row = sorted[i].row;
    const next = new Map<string, Rect<T>>();
    while (i < sorted.length && sorted[i].row === row) {
      const first = sorted[i];
      const key = keyOf(first.data);
      const run: T[] = [first.data];
      let j = i + 1;
      while (j < sorted.length && sorted[j].row === row && sorted[j].col === first.col + run.length && keyOf(sorted[j].data) === key) {
        run.push(sorted[j].data);
        j++;
      }
      const right = first.col + run.length - 1;
      const id = `${first.col}:${right}:${key}`;
      const above = open.get(id);
      if (above && above.range.bottom === row - 1) {
        above.range.bottom = row;
        above.data.push(run);
        next.set(id, above);
      } else {
        const rect: Rect<T> = { range: { top: row, left: first.col, bottom: row, right }, key, data: [run] };
        rects.push(rect);
        next.set(id, rect);
      }
      i = j;
    }
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  return rects;
}

/** Cut a rectangle into row slices of about maxBytes of JSON each, so no single write is huge. */
export function sliceRect<T>(rect: Rect<T>, maxBytes: number): Rect<T>[] {
  const bytes = jsonBytes(rect.data);
  const rows = rect.data.length;
  if (bytes <= maxBytes || rows <= 1) return [rect];
  const per = Math.max(1, Math.floor((rows * maxBytes) / bytes));
  const out: Rect<T>[] = [];
  for (let i = 0; i < rows; i += per) {
    const data = rect.data.slice(i, i + per);
    out.push({ key: rect.key, data, range: { ...rect.range, top: rect.range.top + i, bottom: rect.range.top + i + data.length - 1 } });
  }
  return out;
}
