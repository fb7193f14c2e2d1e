import type { Finding } from "../finding";
import type { Indikator, PlanNode, Target } from "../plan/types";
import { clip, finding, type RuleContext } from "./context";
import { isBlankTarget, targetCellOf, targetText } from "./targets";
import { countsSameThing } from "./similar";
import { isAdditiveFamily, unitFamily } from "./units";
import { unitKind } from "../plan/measure";

interface Counted {
  ind: Indikator;
  target: Target;
  quantity: number;
  family: string;
}

/**
 * An indicator's target when it counts things (plan/measure.ts): a quantity with a count unit.
 * Percentages, scores, rates ("Menit/Km"), grades and ranges ("BB", "80-90") never add up.
 */
function counted(ind: Indikator): Counted | null {
  const t = ind.target;
  if (!t || isBlankTarget(t) || t.unreadable || t.percent || t.quantity === null || !t.unit) return null;
  if (unitKind(t.unit) !== "count") return null;
  return { ind, target: t, quantity: t.quantity, family: unitFamily(t.unit) };
}

/** A kegiatan's own target, counted: from its one row indicator (none or several: null). */
function kegiatanTarget(node: PlanNode): Counted | null {
  let row: Indikator | null = null;
  for (const ind of node.indikators) {
    if (ind.kind !== "row") continue;
    if (row) return null;
    row = ind;
  }
  return row && counted(row);
}

/** Every indicator of the kegiatan's sub kegiatan, counted in the family; null when one is not, or fewer than two. */
function subTargets(node: PlanNode, family: string): Counted[] | null {
  const parts: Counted[] = [];
  for (const child of node.children) {
    if (child.level !== "subKegiatan") continue;
    for (const ind of child.indikators) {
      const c = counted(ind);
      if (!c || c.family !== family) return null;
      parts.push(c);
    }
  }
  return parts.length < 2 ? null : parts;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 + 0.005 * Math.abs(b);

/**
 * A Kegiatan target against its Sub Kegiatan targets of the same unit family (Koperasi and
 * Unit Usaha are one family; months, percentages, scores, rates and grades do not add up), in a
 * table of the nomenclature (or mixed) genre:
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
  // A Perjanjian Kinerja table has no Kegiatan made of Sub Kegiatan: its rows are indicators of Sasaran.
  if (ctx.plan.recognition.genre === "pk") return out;
  for (const node of ctx.plan.nodes) {
    if (node.level !== "kegiatan") continue;
    const top = kegiatanTarget(node);
    if (!top || !isAdditiveFamily(top.family)) continue;
    const parts = subTargets(node, top.family);
    if (!parts) continue;
    let sum = 0;
    for (const p of parts) sum += p.quantity;
    const same = parts.filter((p) => countsSameThing(p.ind.text, top.ind.text));
    if (same.some((p) => near(p.quantity, top.quantity))) continue; // the kegiatan counts what one of its sub kegiatan counts
    const params = {
      text: clip(top.ind.text), raw: targetText(top.target), sum,
      parts: parts.map((p) => targetText(p.target)).join(" + "),
    };
    if (near(top.quantity, sum) && same.length === 1) {
      out.push(finding(ctx.plan, {
        rule: "target.levelDoubleCount", severity: "warning", at: targetCellOf(top.ind.planRow), key: "rules.target.levelDoubleCount",
        params: { ...params, sameText: clip(same[0].ind.text), sameRaw: targetText(same[0].target), expected: same[0].quantity },
        hint: "rules.target.levelHint",
      }));
    } else if (!near(top.quantity, sum)) {
      out.push(finding(ctx.plan, {
        rule: "target.levelSum", severity: "info", at: targetCellOf(top.ind.planRow), key: "rules.target.levelSum", params,
        hint: "rules.target.levelHint",
      }));
    }
  }
  return out;
}
