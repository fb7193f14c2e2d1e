import type { GridView } from "../grid";
import type { PlanRow, QuarterSet } from "./types";

/**
 * Whether a row's reading of one quarter group rests on a formula cell saved with no computed
 * value (GridView.isUncomputed): its target (or Satuan: Target.uncomputed) or one of the group's
 * quarter cells. Such a reading is not known: the rules do not judge it (rules/context.ts leaves it
 * out of the quarter analyses and the table's convention), and fill neither counts it in the table's
 * convention (fill/conventions.ts) nor writes from it (fill/plan.ts).
 */
export function readsUncomputed(view: GridView, row: PlanRow, set: QuarterSet): boolean {
  if (row.target?.uncomputed) return true;
  if (!view.hasUncomputed) return false;
  for (let q = 0; q < 4; q++) {
    const c = set.cell(q);
    if (view.isUncomputed(c.row, c.col)) return true;
  }
  return false;
}
