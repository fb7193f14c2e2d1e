import type { Finding } from "../finding";
import { QUARTER_GROUPS } from "../layout/types";
import { againstPercentHeader } from "../quarters/packed";
import { finding, spanRange, type RuleContext } from "./context";
import { quoteQuarters, targetParams } from "./quarterText";
import { groupWord } from "./words";

/**
 * A quarter header that says "(%)" over rows written in their target's own unit (3 / 6 / 9 / 12
 * for "12 Dokumen"): the rows read as units (quarters/convention.ts), and the table contradicts its
 * header. Said once per quarter group, over its first to last such row, with the first as example:
 * the header or the rows are to be corrected, not each row's sum.
 */
export function headerUnitsRule(ctx: RuleContext): Finding[] {
  const q = ctx.quarters;
  const first = QUARTER_GROUPS.map(() => -1);
  const last = QUARTER_GROUPS.map(() => -1);
  const count = QUARTER_GROUPS.map(() => 0);
  for (let e = 0; e < q.length; e++) {
    if (!againstPercentHeader(q.bits(e))) continue;
    const g = q.groupIndex(e);
    if (first[g] < 0) first[g] = e;
    last[g] = e;
    count[g]++;
  }
  const out: Finding[] = [];
  QUARTER_GROUPS.forEach((group, g) => {
    if (first[g] < 0) return;
    const example = q.set(first[g]);
    out.push(finding(ctx.plan, {
      rule: "percent.headerUnits", severity: "warning", at: spanRange([...example.cells(), ...q.set(last[g]).cells()]),
      key: "rules.percent.headerUnits",
      params: { group: groupWord(group), count: count[g], cells: quoteQuarters(example), ...targetParams(q.row(first[g]).target) },
      hint: "rules.percent.headerUnitsHint",
    }));
  });
  return out;
}
