import type { Finding } from "../finding";
import type { PlanNode } from "../plan/types";
import { clip, finding, type RuleContext } from "./context";

/** Segment-wise prefix test; "X" / "XX" in either code (the office's urusan/bidang) matches any digits. */
export function extendsCode(child: string, parent: string): boolean {
  const c = child.toUpperCase().split(".");
  const p = parent.toUpperCase().split(".");
  if (c.length <= p.length) return false;
  return p.every((seg, i) => seg === c[i] || /^X+$/.test(seg) || /^X+$/.test(c[i]));
}

function codedAncestor(node: PlanNode): PlanNode | null {
  for (let n = node.parent; n; n = n.parent) if (n.code) return n;
  return null;
}

/**
 * A nomenclature code must extend the code of the nearest coded ancestor:
 * kegiatan 2.17.07.2.01 belongs under program 2.17.07, not 2.17.08. Below a node already
 * reported, its children are not reported again for the same mistake.
 */
export function codesRule(ctx: RuleContext): Finding[] {
  const { plan } = ctx;
  const out: Finding[] = [];
  const wrong = new Set<PlanNode>();
  for (const node of plan.nodes) {
    if (!node.code) continue;
    const anc = codedAncestor(node);
    if (!anc?.code || extendsCode(node.code, anc.code)) continue;
    wrong.add(node);
    if (wrong.has(anc)) continue;
    out.push(finding(plan, {
      rule: "numbering.code", severity: "error", at: node.codeCell() ?? node.cell(), key: "rules.numbering.code",
      params: { code: node.code, parentCode: anc.code, parent: clip(anc.name, 60) },
      hint: "rules.numbering.codeHint",
    }));
  }
  return out;
}
