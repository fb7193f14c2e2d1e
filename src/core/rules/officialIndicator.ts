import type { Finding } from "../finding";
import type { Indikator, PlanNode } from "../plan/types";
import type { ListEntry } from "../nomenclature/types";
import { nameKey } from "./nameKey";
import { verbatim } from "../i18n";
import { clip, finding, type RuleContext } from "./context";

/** An indicator sharing less than this (word overlap, Dice) with the official one is far from it. */
const FAR = 0.5;

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1);
}

/** Dice coefficient of two texts' word sets: 1 the same words, 0 none in common. */
export function wordOverlap(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (!wa.size || !wb.size) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** The unit a target states, as compared: "%" and "Persen" are one unit. */
function unitKey(unit: string): string {
  const k = nameKey(unit === "%" ? "persen" : unit);
  return k === "persentase" ? "persen" : k;
}

/**
 * A Sub Kegiatan found in the official list: its row indicators beside the official indikator and
 * satuan (info: the list names them; an office may measure more). One finding per Sub Kegiatan and
 * concern: the indicator nearest the official one is the one compared.
 */
export function officialIndicatorFindings(ctx: RuleContext, node: PlanNode, entry: ListEntry): Finding[] {
  const indikator = entry.indikator ?? "";
  const satuan = entry.satuan ?? "";
  const rows = node.indikators.filter((i) => i.kind === "row" && i.text.trim());
  if (!indikator || !rows.length) return [];
  let nearest: Indikator = rows[0];
  let overlap = -1;
  for (const i of rows) {
    const o = wordOverlap(i.text, indikator);
    if (o > overlap) [nearest, overlap] = [i, o];
  }
  const params = { name: clip(node.name), indikator: verbatim(indikator), satuan: verbatim(satuan || "-") };
  const out: Finding[] = [];
  if (overlap < FAR) {
    out.push(finding(ctx.plan, { rule: "nomenclature.indicator", severity: "info", at: nearest.cell(), key: "rules.list.indicator", params, hint: "rules.list.styleHint" }));
  }
  const unit = nearest.target?.percent ? "%" : nearest.target?.unit ?? null;
  if (satuan && unit && unitKey(unit) !== unitKey(satuan)) {
    out.push(finding(ctx.plan, {
      rule: "nomenclature.unit", severity: "info", at: nearest.planRow.targetCell() ?? nearest.cell(), key: "rules.list.unit",
      params: { ...params, unit }, hint: "rules.list.styleHint",
    }));
  }
  return out;
}
