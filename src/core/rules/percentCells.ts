import type { Finding } from "../finding";
import type { Target } from "../plan/types";
import { isPercentConvention, type QuarterAnalysis } from "../quarters/convention";
import { finding, spanRange, type RuleContext } from "./context";
import { groupWord, QUARTER_NAMES } from "./words";

/** Quarter indexes whose value is negative, or above 100 in a percent row (above the target when the target is a larger percentage). */
export function outOfRange(a: QuarterAnalysis, target: Target | null): number[] {
  const cap = target?.percent && target.quantity !== null && target.quantity > 100 ? target.quantity : 100;
  let out: number[] | null = null;
  for (let i = 0; i < 4; i++) {
    const v = a.values[i];
    if (a.empty[i] || a.invalid.includes(i) || !(v < 0 || (a.percent === true && v > cap + 1e-9))) continue;
    (out ??= []).push(i);
  }
  return out ?? NONE;
}

const NONE: number[] = [];

/** Non-empty, readable, non-zero cells written without "%" in a row that is in percent. */
function bareCells(a: QuarterAnalysis): number[] {
  let out: number[] | null = null;
  for (let i = 0; i < 4; i++) {
    if (!a.empty[i] && !a.percentCells[i] && a.values[i] !== 0 && !a.invalid.includes(i)) (out ??= []).push(i);
  }
  return out ?? NONE;
}

/**
 * Each quarter cell on its own: text that is not one number ("21,25 5%", "2 1,25 5 %"), quoted
 * and never guessed at; a percentage outside 0-100% or a negative value; and a row that writes
 * some cells with "%" and others without (the seed's bare "2" beside "21,25%": read as 2%).
 */
export function percentCellsRule(ctx: RuleContext): Finding[] {
  const { plan } = ctx;
  const out: Finding[] = [];
  for (const { row, set, analysis: a } of ctx.quarters) {
    if (a.allEmpty) continue;
    const outside = outOfRange(a, row.target);
    const mixed = a.percent === true && a.percentCells.includes(true) ? bareCells(a) : NONE;
    if (a.invalid.length === 0 && outside.length === 0 && mixed.length === 0) continue; // nearly every row
    const group = groupWord(set.group);
    const dominant = ctx.dominant[set.group];
    const units = a.percent === false || (a.percent === null && !!dominant && !isPercentConvention(dominant));
    const readings = set.readings;
    const texts = set.texts;
    for (const i of a.invalid) {
      const r = readings[i];
      out.push(finding(plan, {
        rule: "percent.unreadable", severity: "error", at: set.cells[i], key: "rules.percent.unreadable",
        params: { group, quarter: QUARTER_NAMES[i], text: r.kind === "invalid" ? r.text : texts[i] },
        hint: units ? "rules.percent.unreadableUnitsHint" : "rules.percent.unreadableHint",
      }));
    }
    for (const i of outside) {
      const negative = a.values[i] < 0;
      out.push(finding(plan, {
        rule: "percent.range", severity: "error", at: set.cells[i],
        key: negative ? "rules.percent.negative" : "rules.percent.range",
        params: { group, quarter: QUARTER_NAMES[i], text: texts[i], value: a.values[i] },
      }));
    }
    if (mixed.length > 0) {
      out.push(finding(plan, {
        rule: "percent.mixedUnits", severity: "warning", at: spanRange(mixed.map((i) => set.cells[i])),
        key: "rules.percent.mixedUnits",
        params: { group, bare: mixed.map((i) => `"${texts[i]}"`).join(", "), value: a.values[mixed[0]] },
        hint: "rules.percent.mixedUnitsHint",
      }));
    }
  }
  return out;
}
