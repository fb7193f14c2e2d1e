import type { Finding } from "../finding";
import type { Indikator, PlanNode, Target } from "../plan/types";
import { clip, finding, type RuleContext } from "./context";
import { isBlankTarget, targetText } from "./targets";
import { countsSameThing } from "./similar";
import { isAdditiveFamily, unitFamily } from "./units";

interface Counted {
  ind: Indikator;
  target: Target;
  quantity: number;
  family: string;
}

function counted(ind: Indikator): Counted | null {
  const t = ind.target;
  if (!t || isBlankTarget(t) || t.unreadable || t.percent || t.quantity === null || !t.unit) return null;
  return { ind, target: t, quantity: t.quantity, family: unitFamily(t.unit) };
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 + 0.005 * Math.abs(b);

/**
 * A Kegiatan target against its Sub Kegiatan targets of the same unit family (Koperasi and
 * Unit Usaha are one family; months and percentages do not add up):
 * - warning "target.levelDoubleCount": the kegiatan's target is the sum of its sub kegiatan
 *   targets, but only one of them counts what the kegiatan's indicator counts (the seed's
 *   "Jumlah Koperasi yang dinilai 262 Unit Usaha" = 250 assessed + 12 awarded Koperasi:
 *   the 12 are counted twice, the kegiatan should say 250);
 * - info "target.levelSum": the kegiatan's target differs from the sum. Info, not a warning:
 *   the same people or enterprises are often served by several sub kegiatan, so the kegiatan
 *   may rightly count fewer than the sum; only the planner can tell.
 */
export function levelSumRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const node of ctx.plan.nodes) {
    if (node.level !== "kegiatan") continue;
    const own = node.indikators.filter((i) => i.kind === "row");
    const top = own.length === 1 ? counted(own[0]) : null;
    if (!top || !isAdditiveFamily(top.family)) continue;
    const subs = node.children.filter((c: PlanNode) => c.level === "subKegiatan").flatMap((c) => c.indikators.map(counted));
    if (subs.length < 2 || subs.some((s) => !s || s.family !== top.family)) continue;
    const parts = subs as Counted[];
    const sum = parts.reduce((s, p) => s + p.quantity, 0);
    const same = parts.filter((p) => countsSameThing(p.ind.text, top.ind.text));
    if (same.some((p) => near(p.quantity, top.quantity))) continue; // the kegiatan counts what one of its sub kegiatan counts
    const params = {
      text: clip(top.ind.text), raw: targetText(top.target), sum,
      parts: parts.map((p) => targetText(p.target)).join(" + "),
    };
    if (near(top.quantity, sum) && same.length === 1) {
      out.push(finding(ctx.plan, {
        rule: "target.levelDoubleCount", severity: "warning", at: top.target.cell, key: "rules.target.levelDoubleCount",
        params: { ...params, sameText: clip(same[0].ind.text), sameRaw: targetText(same[0].target), expected: same[0].quantity },
        hint: "rules.target.levelHint",
      }));
    } else if (!near(top.quantity, sum)) {
      out.push(finding(ctx.plan, {
        rule: "target.levelSum", severity: "info", at: top.target.cell, key: "rules.target.levelSum", params,
        hint: "rules.target.levelHint",
      }));
    }
  }
  return out;
}
