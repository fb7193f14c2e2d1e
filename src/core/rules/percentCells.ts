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
    const group = groupWord(set.group);
    const dominant = ctx.dominant[set.group];
    const units = a.percent === false || (a.percent === null && !!dominant && !isPercentConvention(dominant));
    for (const i of a.invalid) {
      const r = set.readings[i];
      out.push(finding(plan, {
        rule: "percent.unreadable", severity: "error", at: set.cells[i], key: "rules.percent.unreadable",
        params: { group, quarter: QUARTER_NAMES[i], text: r.kind === "invalid" ? r.text : set.texts[i] },
        hint: units ? "rules.percent.unreadableUnitsHint" : "rules.percent.unreadableHint",
      }));
    }
    for (const i of outOfRange(a, row.target)) {
      const negative = a.values[i] < 0;
      out.push(finding(plan, {
        rule: "percent.range", severity: "error", at: set.cells[i],
        key: negative ? "rules.percent.negative" : "rules.percent.range",
        params: { group, quarter: QUARTER_NAMES[i], text: set.texts[i], value: a.values[i] },
      }));
    }
    if (a.percent === true && a.percentCells.includes(true)) {
      const bare = bareCells(a);
      if (bare.length > 0) {
        out.push(finding(plan, {
          rule: "percent.mixedUnits", severity: "warning", at: spanRange(bare.map((i) => set.cells[i])),
          key: "rules.percent.mixedUnits",
          params: { group, bare: bare.map((i) => `"${set.texts[i]}"`).join(", "), value: a.values[bare[0]] },
          hint: "rules.percent.mixedUnitsHint",
        }));
      }
    }
  }
  return out;
}
