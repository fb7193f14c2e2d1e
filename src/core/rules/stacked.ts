import type { Finding } from "../finding";
import type { CellRef, GridView } from "../grid";
import { invalidMask } from "../quarters/packed";
import { stackedCount } from "../plan/target";
import type { PlanRow } from "../plan/types";
import { clip, finding, spanRange, type RuleContext } from "./context";
import { targetCellOf } from "./targetText";

/** A stacked cell's lines for a message: "100 / 75". */
function linesOf(text: string): string {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "").join(" / ");
}

/** The row's target and quarter cells that stack values, one per line, with their count and first text. */
function stackedCells(view: GridView, row: PlanRow): { cells: CellRef[]; count: number; example: string } | null {
  const cells: CellRef[] = [];
  let count = 0;
  let example = "";
  const t = row.target;
  if (t?.stacked) {
    const cell = targetCellOf(row);
    cells.push(cell);
    count = t.stacked;
    example = view.rawText(cell.row, cell.col); // its line breaks kept (GridView.text folds them)
  }
  for (const set of Object.values(row.quarterSets())) {
    for (let q = 0; q < 4; q++) {
      const r = set.reading(q);
      const n = r.kind === "invalid" ? stackedCount(r.text) : 0;
      if (n === 0) continue;
      cells.push(set.cell(q));
      if (count === 0) example = r.kind === "invalid" ? r.text : "";
      count = Math.max(count, n);
    }
  }
  return cells.length === 0 ? null : { cells, count, example };
}

/**
 * Two or more indicators written in one row, their targets and quarterly targets stacked in one
 * cell each, one per line (Alt+Enter: "100\n75"): one error for the row, over the indicator cell
 * (when it has several lines too) and the stacked cells. The target and quarter rules leave those
 * cells to it: nothing in them can be read or checked one by one.
 */
export function stackedRule(ctx: RuleContext): Finding[] {
  // Only rows with a stacked target or a quarter cell that is not one number can stack (nearly none).
  const candidates = new Set<PlanRow>();
  const q = ctx.quarters;
  for (let e = 0; e < q.length; e++) if (invalidMask(q.bits(e)) !== 0) candidates.add(q.row(e));
  const out: Finding[] = [];
  for (const row of ctx.plan.rows) {
    if (!row.target?.stacked && !candidates.has(row)) continue;
    const found = stackedCells(ctx.plan.view, row);
    if (!found) continue;
    const ind = row.indikator?.cell();
    const lines = ind ? ctx.plan.view.rawText(ind.row, ind.col).includes("\n") : false;
    const cells = ind && lines ? [ind, ...found.cells] : found.cells;
    out.push(finding(ctx.plan, {
      rule: "target.stacked", severity: "error", at: spanRange(cells), key: "rules.target.stacked",
      params: { count: found.count, example: clip(linesOf(found.example), 60) }, hint: "rules.target.stackedHint",
    }));
  }
  return out;
}
