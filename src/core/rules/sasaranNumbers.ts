import type { Finding } from "../finding";
import { toA1 } from "../grid";
import type { PlanNode } from "../plan/types";
import { clip, finding, type RuleContext } from "./context";

/** What both findings say (built only for a finding). */
function sasaranParams(node: PlanNode, position: number) {
  return { raw: node.numbering.raw, name: clip(node.name, 60), position, expected: `Sasaran ${position}` };
}

/**
 * Sasaran are numbered 1, 2, 3 ... across the whole table. The n-th numbered Sasaran should be
 * "Sasaran n": a number used before is a duplicate (the seed's second "Sasaran 1"); any other
 * number out of place is reported with the number it should have (the seed's third, "Sasaran 2").
 */
export function sasaranNumbersRule(ctx: RuleContext): Finding[] {
  const { plan } = ctx;
  const out: Finding[] = [];
  const seen = new Map<number, PlanNode>();
  let position = 0;
  for (const node of plan.nodes) {
    if (node.level !== "sasaran" || node.numbering.style !== "sasaran" || node.numbering.ordinal === null) continue;
    position++;
    const o = node.numbering.ordinal;
    const first = seen.get(o);
    if (first) {
      out.push(finding(plan, {
        rule: "numbering.sasaranDuplicate", severity: "error", at: node.cell, key: "rules.numbering.sasaranDuplicate",
        params: { ...sasaranParams(node, position), first: toA1(first.cell) }, hint: "rules.numbering.sasaranHint",
      }));
    } else if (o !== position) {
      out.push(finding(plan, {
        rule: "numbering.sasaranSequence", severity: "error", at: node.cell, key: "rules.numbering.sasaranSequence",
        params: sasaranParams(node, position), hint: "rules.numbering.sasaranHint",
      }));
    }
    if (!first) seen.set(o, node);
  }
  return out;
}
