import type { Finding } from "../finding";
import { namedAsPercentage, unitKind } from "../plan/measure";
import type { Indikator, Target } from "../plan/types";
import { clip, finding, spanRange, type RuleContext } from "./context";
import { countsSameThing } from "./similar";
import { isBlankTarget, targetCellOf, targetText } from "./targetText";

/** A target that says it is not a percentage: a quantity with a unit that is not %, nothing garbled. */
function statedNotPercent(t: Target | null): t is Target {
  return t !== null && !t.percent && t.quantity !== null && t.unit !== null && !t.unreadable;
}

/**
 * "target.percentUnit": a percentage indicator whose OWN target (the row's, when it is the row's
 * indicator) states another unit: "Persentase layanan ..." with "95 Dokumen". Error when the unit
 * counts things (the plan contradicts itself: a share cannot be a number of documents); warning when
 * it names a scale ("Nilai", "Indeks"): some offices write "Nilai" for any number, a person should look.
 * A bare number is no contradiction: the indicator's words make "85" a percentage.
 */
function ownTargetFinding(ctx: RuleContext, ind: Indikator): Finding | null {
  const t = ind.target;
  if (!statedNotPercent(t) || !namedAsPercentage(ind.text)) return null;
  const kind = unitKind(t.unit);
  if (kind !== "count" && kind !== "scale") return null;
  return finding(ctx.plan, {
    rule: "target.percentUnit", severity: kind === "count" ? "error" : "warning",
    at: spanRange([ind.cell(), targetCellOf(ind.planRow)]), key: "rules.target.percentUnit",
    params: { text: clip(ind.text), raw: clip(targetText(t)) }, hint: "rules.target.percentUnitHint",
  });
}

/**
 * "target.percentNoTarget": a Sasaran or Program indicator named as a percentage on a row whose target
 * belongs to the row's own (lower) indicator, which counts the same thing as a number: the seed's
 * Program indicator "Persentase Koperasi yang diawasi" beside the Kegiatan indicator "Jumlah Koperasi
 * yang diawasi" with "100 Unit Usaha". The target is right for the Kegiatan indicator; what is
 * missing is the percentage indicator's own target. Warning: the plan does not contradict itself,
 * it leaves a percentage without a target, and a reader may take the count for it.
 */
function borrowedTargetFinding(ctx: RuleContext, ind: Indikator): Finding | null {
  const rowInd = ind.planRow.indikator;
  if (!rowInd || rowInd === ind) return null;
  const t = ind.planRow.target;
  if (!t || isBlankTarget(t) || t.uncomputed || t.percent || t.qualitative || t.month !== undefined) return null;
  if (!namedAsPercentage(ind.text) || namedAsPercentage(rowInd.text) || !countsSameThing(rowInd.text, ind.text)) return null;
  return finding(ctx.plan, {
    rule: "target.percentNoTarget", severity: "warning", at: spanRange([ind.cell(), targetCellOf(ind.planRow)]),
    key: "rules.target.percentNoTarget", hint: "rules.target.percentNoTargetHint",
    params: { text: clip(ind.text), raw: clip(targetText(t)), rowText: clip(rowInd.text) },
  });
}

/** The percentage-indicator checks over every indicator of the plan, appended to out. */
export function percentTargetFindings(ctx: RuleContext, out: Finding[]): void {
  const { nodes } = ctx.plan;
  for (let n = 0; n < nodes.length; n++) {
    for (let i = 0; i < nodes[n].indikators.length; i++) {
      const ind = nodes[n].indikators[i];
      const f = ind.target !== null ? ownTargetFinding(ctx, ind) : borrowedTargetFinding(ctx, ind);
      if (f) out.push(f);
    }
  }
}
