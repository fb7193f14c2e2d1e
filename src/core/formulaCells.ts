import type { RangeRef } from "./grid/refs";

/**
 * Which cells of a grid hold formulas (Grid.formulaCells), for lookups by cell.
 * Per column, the rows as sorted, disjoint [top, bottom] intervals, found by
 * binary search: memory grows with the number of formula areas times their
 * width, never with the sheet's size, and a sheet without formulas builds none.
 * Areas are clipped to the grid's bounds (an area may be a whole row or column).
 */
export class FormulaIndex {
  private readonly byCol = new Map<number, Int32Array>();

  constructor(areas: readonly RangeRef[], bounds: RangeRef) {
    const lists = new Map<number, [number, number][]>();
    for (const a of areas) {
      const top = Math.max(a.top, bounds.top);
      const bottom = Math.min(a.bottom, bounds.bottom);
      if (top > bottom) continue;
      for (let c = Math.max(a.left, bounds.left); c <= Math.min(a.right, bounds.right); c++) {
        const list = lists.get(c);
        if (list) list.push([top, bottom]);
        else lists.set(c, [[top, bottom]]);
      }
    }
    for (const [col, list] of lists) this.byCol.set(col, joined(list));
  }

  has(row: number, col: number): boolean {
    const spans = this.byCol.get(col);
    if (!spans) return false;
    let lo = 0;
    let hi = spans.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (row < spans[2 * mid]) hi = mid - 1;
      else if (row > spans[2 * mid + 1]) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

/** Intervals sorted and overlapping or touching ones joined, flat: [top0, bottom0, top1, bottom1, ...]. */
function joined(list: [number, number][]): Int32Array {
  list.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [top, bottom] of list) {
    const n = out.length;
    if (n > 0 && top <= out[n - 1] + 1) out[n - 1] = Math.max(out[n - 1], bottom);
    else out.push(top, bottom);
  }
  return Int32Array.from(out);
}
