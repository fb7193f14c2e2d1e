import { GridView, type Grid, type RangeRef } from "../../core/grid";

export type Direction = "up" | "down" | "left" | "right";

/** The next shown index after (or before) `from` in a sorted list; null at the edge. */
function neighbour(sorted: readonly number[], from: number, forward: boolean): number | null {
  if (forward) {
    for (const x of sorted) if (x > from) return x;
    return null;
  }
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i] < from) return sorted[i];
  return null;
}

/**
 * The cell an arrow key moves to, as in Excel: the next shown row or column
 * past the current cell (or merged area), widened to the merged area it lands
 * in. At the edge of what is shown, the selection stays.
 */
export function step(grid: Grid, rows: readonly number[], cols: readonly number[], from: RangeRef, dir: Direction): RangeRef {
  let row = from.top;
  let col = from.left;
  const next =
    dir === "down" ? neighbour(rows, from.bottom, true)
    : dir === "up" ? neighbour(rows, from.top, false)
    : dir === "right" ? neighbour(cols, from.right, true)
    : neighbour(cols, from.left, false);
  if (next === null) return from;
  if (dir === "up" || dir === "down") row = next;
  else col = next;
  return new GridView(grid).mergeAt(row, col) ?? { top: row, left: col, bottom: row, right: col };
}
