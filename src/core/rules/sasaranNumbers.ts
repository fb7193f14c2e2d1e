import type { Finding } from "../finding";
import { toA1 } from "../grid";
import type { PlanNode } from "../plan/types";
import { clip, finding, type RuleContext } from "./context";
import { sameName } from "./nameKey";

/** What both findings say (built only for a finding). */
function sasaranParams(node: PlanNode, position: number) {
  return { raw: node.numbering.raw, name: clip(node.name, 60), position, expected: `Sasaran ${position}` };
}

/**
 * Sasaran are numbered 1, 2, 3 ... across the whole table. The n-th numbered Sasaran should be
 * "Sasaran n". A number used before by another Sasaran is a contradiction: two Sasaran both
 * claim it (the seed's second "Sasaran 1"): error. A number below the count (the seed's third,
 * "Sasaran 2") collides the same way: error. A number above it only skips numbers (perhaps kept
 * from the Renstra's list): warning. The same Sasaran repeated with its own number (a
 * Perjanjian Kinerja table repeats it under each official's agreement) is neither, and does not
 * count again.
 */
export function sasaranNumbersRule(ctx: RuleContext): Finding[] {
  const { plan } = ctx;
  const out: Finding[] = [];
  const seen = new Map<number, PlanNode>();
  let position = 0;
  for (const node of plan.nodes) {
    if (node.level !== "sasaran" || node.numbering.style !== "sasaran" || node.numbering.ordinal === null) continue;
    const o = node.numbering.ordinal;
    const first = seen.get(o);
    if (first && sameName(first.name, node.name)) continue;
    position++;
    if (first) {
      out.push(finding(plan, {
        rule: "numbering.sasaranDuplicate", severity: "error", at: node.cell(), key: "rules.numbering.sasaranDuplicate",
        params: { ...sasaranParams(node, position), first: toA1(first.cell()) }, hint: "rules.numbering.sasaranHint",
      }));
    } else if (o !== position) {
      out.push(finding(plan, {
        rule: "numbering.sasaranSequence", severity: o < position ? "error" : "warning", at: node.cell(), key: "rules.numbering.sasaranSequence",
        params: sasaranParams(node, position), hint: "rules.numbering.sasaranHint",
      }));
    }
    if (!first) seen.set(o, node);
  }
  return out;
}
