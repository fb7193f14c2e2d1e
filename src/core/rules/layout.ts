import type { Finding } from "../finding";
import type { RangeRef } from "../grid";
import { periodRole, QUARTER_GROUPS, quarterRole, type ColumnRole, type PeriodKind } from "../layout/types";
import { finding, spanRange, type RuleContext } from "./context";
import { groupWord, QUARTER_NAMES } from "./words";

/**
 * What recognition found worth saying: no year in the title, a quarter group with some of
 * its four columns missing, no quarter columns or no target column at all, an empty table.
 */
export function layoutRule(ctx: RuleContext): Finding[] {
  const { plan } = ctx;
  const rec = plan.recognition;
  const out: Finding[] = [];
  const header: RangeRef = { top: rec.headerTop, left: rec.range.left, bottom: rec.headerTop + rec.headerRows - 1, right: rec.range.right };
  if (rec.year === null) {
    const at = rec.titleRow !== null ? { row: rec.titleRow, col: rec.range.left } : header;
    out.push(finding(plan, { rule: "layout.noYear", severity: "warning", at, key: "layout.noYear", hint: "rules.layout.noYearHint" }));
  }
  let seen = 0;
  for (const group of QUARTER_GROUPS) {
    const found = ([1, 2, 3, 4] as const).filter((q) => rec.columns[quarterRole(group, q)] !== undefined);
    seen += found.length;
    if (found.length === 0 || found.length === 4) continue;
    const cells = found.map((q) => ({ row: rec.headerTop + rec.headerRows - 1, col: rec.columns[quarterRole(group, q)] as number }));
    out.push(finding(plan, {
      rule: "layout.quarterColumns", severity: "warning", at: spanRange(cells), key: "rules.layout.quarterColumns",
      params: { group: groupWord(group), found: found.map((q) => QUARTER_NAMES[q - 1]).join(", ") },
    }));
  }
  if (seen === 0) {
    // Targets per month say every quarter's (an info); per semester, half of them (a warning).
    const months = countRoles(rec.columns, "bulan", 12);
    const semesters = countRoles(rec.columns, "semester", 2);
    if (months >= 2) out.push(finding(plan, { rule: "layout.noQuarterColumns", severity: "info", at: header, key: "rules.layout.monthsOnly" }));
    else if (semesters === 2) {
      out.push(finding(plan, { rule: "layout.noQuarterColumns", severity: "warning", at: header, key: "rules.layout.semestersOnly", hint: "rules.layout.semestersOnlyHint" }));
    } else out.push(finding(plan, { rule: "layout.noQuarterColumns", severity: "warning", at: header, key: "rules.layout.noQuarterColumns" }));
  }
  if (rec.columns.target === undefined) out.push(finding(plan, { rule: "layout.noTargetColumn", severity: "warning", at: header, key: "rules.layout.noTargetColumn" }));
  if (rec.nextTableRow !== undefined) {
    out.push(finding(plan, {
      rule: "layout.nextTable", severity: "info", at: { row: rec.nextTableRow, col: rec.range.left }, key: "layout.nextTable",
      params: { row: String(rec.nextTableRow + 1) }, hint: "layout.nextTableHint",
    }));
  }
  if (rec.dataBottom < rec.dataTop) out.push(finding(plan, { rule: "layout.emptyTable", severity: "info", at: header, key: "layout.emptyTable", params: { sheet: plan.sheet } }));
  return out;
}

/** How many of a period kind's columns (months 1..12, semesters 1..2) the table has. */
function countRoles(columns: Partial<Record<ColumnRole, number>>, kind: PeriodKind, count: number): number {
  let n = 0;
  for (let i = 1; i <= count; i++) if (columns[periodRole(kind, i)] !== undefined) n++;
  return n;
}
