import type { Finding } from "../finding";
import type { CellRef } from "../grid";
import { finding, type RuleContext } from "./context";

/**
 * "layout.uncomputed" (warning): formula cells of the table saved with no computed value
 * (GridView.isUncomputed: a file written by a program that does not calculate, such as openpyxl).
 * Excel and LibreOffice compute them on open; Renaksi reads them as nothing, so the rows whose
 * target or quarters rest on them are not judged (plan/uncomputed.ts). One finding per table, at
 * the first such cell, counting those in the table's data rows and recognized columns (a formula
 * elsewhere on the sheet is not the plan's business); cells covered by a merged area are not read.
 */
export function uncomputedRule(ctx: RuleContext): Finding[] {
  const { plan } = ctx;
  const view = plan.view;
  const areas = view.grid.uncomputed;
  if (!areas || areas.length === 0) return [];
  const rec = plan.recognition;
  const cols = new Set<number>([...Object.values(rec.columns), ...rec.aksiColumns].filter((c): c is number => c !== undefined));
  let count = 0;
  let first: CellRef | null = null;
  for (const a of areas) {
    for (let col = a.left; col <= a.right; col++) {
      if (!cols.has(col)) continue;
      for (let row = Math.max(a.top, rec.dataTop); row <= Math.min(a.bottom, rec.dataBottom); row++) {
        if (view.isCovered(row, col)) continue;
        count++;
        if (!first || row < first.row || (row === first.row && col < first.col)) first = { row, col };
      }
    }
  }
  if (!first) return [];
  return [finding(plan, {
    rule: "layout.uncomputed", severity: "warning", at: first,
    key: count === 1 ? "layout.uncomputedOne" : "layout.uncomputed", params: { count }, hint: "layout.uncomputedHint",
  })];
}
