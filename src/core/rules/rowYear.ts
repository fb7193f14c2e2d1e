import type { Finding } from "../finding";
import { finding, type RuleContext } from "./context";

/** A year alone in a cell ("2026", as a number or text). */
const YEAR = /^\s*((?:19|20)\d\d)\s*$/;

/**
 * The Tahun column (an e-SAKIP export's: the year of each indicator row): a row whose year is not
 * the plan's (the title's, else the year most rows give) was probably copied from another year's
 * plan, with that year's targets. A warning per such row; a cell that is no year says nothing.
 */
export function rowYearRule(ctx: RuleContext): Finding[] {
  const { plan } = ctx;
  const col = plan.recognition.columns.tahun;
  const raw = plan.rawText;
  if (col === undefined || !raw) return [];
  const years: { row: number; year: number }[] = [];
  const counts = new Map<number, number>();
  for (const { row } of plan.rows) {
    const m = YEAR.exec(raw(row, col));
    if (!m) continue;
    const year = Number(m[1]);
    years.push({ row, year });
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let planYear = plan.recognition.year;
  if (planYear === null) {
    // No year in the title: the year most rows give, when one gives more than any other.
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    if (ranked.length < 2 || ranked[0][1] === ranked[1][1]) return [];
    planYear = ranked[0][0];
  }
  const params = { planYear: String(planYear) };
  return years
    .filter((y) => y.year !== planYear)
    .map((y) => finding(plan, {
      rule: "layout.rowYear", severity: "warning", at: { row: y.row, col }, key: "rules.layout.rowYear",
      params: { ...params, year: String(y.year) }, hint: "rules.layout.rowYearHint",
    }));
}
