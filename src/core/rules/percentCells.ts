import type { Finding } from "../finding";
import { emptyMask, indexesOf, invalidMask, isPercentConvention, percentCellMask, percentOf } from "../quarters/packed";
import { stackedCount } from "../plan/target";
import { clip, finding, spanRange, type RuleContext } from "./context";
import { groupWord, QUARTER_NAMES } from "./words";

/**
 * Each quarter cell on its own: text that is not one number ("21,25 5%", "2 1,25 5 %"), quoted
 * and never guessed at; a percentage outside 0-100% or a negative value; and a row that writes
 * some cells with "%" and others without (the seed's bare "2" beside "21,25%": read as 2%).
 */
export function percentCellsRule(ctx: RuleContext): Finding[] {
  const rows = ctx.quarters;
  const out: Finding[] = [];
  for (let e = 0; e < rows.length; e++) {
    const bits = rows.bits(e);
    if (emptyMask(bits) === 0b1111) continue;
    const outsideMask = rows.outOfRange(e, rows.row(e).target);
    const mixedMask = percentOf(bits) === true && percentCellMask(bits) !== 0 ? rows.bareCells(e) : 0;
    if (invalidMask(bits) === 0 && outsideMask === 0 && mixedMask === 0) continue; // nearly every row
    report(ctx, e, outsideMask, mixedMask, out);
  }
  return out;
}

/** The findings of one entry that has something to report; kept out of the rule's loop (BENCHMARKS.md, "Memory per row"). */
function report(ctx: RuleContext, e: number, outsideMask: number, mixedMask: number, out: Finding[]): void {
  const { plan, quarters: rows } = ctx;
  const a = rows.analysis(e);
  const set = rows.set(e);
  const outside = indexesOf(outsideMask);
  const mixed = indexesOf(mixedMask);
  const group = groupWord(set.group);
  const dominant = ctx.dominant[set.group];
  const units = a.percent === false || (a.percent === null && !!dominant && !isPercentConvention(dominant));
  const readings = set.readings();
  const texts = set.texts();
  for (const i of a.invalid) {
    const r = readings[i];
    if (r.kind === "invalid" && stackedCount(r.text) > 0) continue; // several values, one per line: rules/stacked.ts says so once for the row
    out.push(finding(plan, {
      rule: "percent.unreadable", severity: "error", at: set.cell(i), key: "rules.percent.unreadable",
      params: { group, quarter: QUARTER_NAMES[i], text: clip(r.kind === "invalid" ? r.text : texts[i]) },
      hint: units ? "rules.percent.unreadableUnitsHint" : "rules.percent.unreadableHint",
    }));
  }
  for (const i of outside) {
    const negative = a.values[i] < 0;
    out.push(finding(plan, {
      rule: "percent.range", severity: "error", at: set.cell(i),
      key: negative ? "rules.percent.negative" : "rules.percent.range",
      params: { group, quarter: QUARTER_NAMES[i], text: clip(texts[i]), value: a.values[i] },
    }));
  }
  if (mixedMask !== 0) {
    out.push(finding(plan, {
      rule: "percent.mixedUnits", severity: "warning", at: spanRange(mixed.map((i) => set.cell(i))),
      key: "rules.percent.mixedUnits",
      params: { group, bare: mixed.map((i) => `"${clip(texts[i], 40)}"`).join(", "), value: a.values[mixed[0]] },
      hint: "rules.percent.mixedUnitsHint",
    }));
  }
}
