import type { Finding } from "../finding";
import type { Indikator, PlanNode } from "../plan/types";
import type { ListEntry } from "../nomenclature/types";
import { nameKey } from "./nameKey";
import { BoundedMemo } from "../numbers/memo";
import { verbatim } from "../i18n";
import { cellRange, clip, finding, type RuleContext } from "./context";
import type { RangeRef } from "../grid";

/** An indicator sharing less than this (word overlap, Dice) with the official one is far from it. */
const FAR = 0.5;

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1);
}

/** An indicator's words, by its text: a plan repeats its indicators over many Sub Kegiatan. */
const wordSets = new BoundedMemo<string, ReadonlySet<string>>(5000);

function wordSet(text: string): ReadonlySet<string> {
  return wordSets.get(text) ?? wordSets.set(text, new Set(words(text)));
}

/** The official indikator's words, read once per entry. */
const officialWords = new WeakMap<ListEntry, Set<string>>();

function wordsOf(entry: ListEntry): Set<string> {
  let w = officialWords.get(entry);
  if (!w) officialWords.set(entry, (w = new Set(words(entry.indikator ?? ""))));
  return w;
}

/** Dice coefficient of two word sets: 1 the same words, 0 none in common. */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/** The unit a target states, as compared: "%" and "Persen" are one unit. */
function unitKey(unit: string): string {
  const k = nameKey(unit === "%" ? "persen" : unit);
  return k === "persentase" ? "persen" : k;
}

/** An info finding where it is, worded only when it is told on its own (officialList.ts toldAsOne). */
export interface Note {
  at: RangeRef;
  make(): Finding;
}

/**
 * A Sub Kegiatan found in the official list: its row indicators beside the official indikator and
 * satuan (info: the list names them; an office may measure more). The indicator nearest the
 * official one is compared; one note per Sub Kegiatan: "indicator" when it is far from the
 * official one (its unit too, if that differs), else "unit" when only its unit differs.
 */
export function officialIndicatorNote(ctx: RuleContext, node: PlanNode, entry: ListEntry): Note | null {
  const indikator = entry.indikator ?? "";
  const satuan = entry.satuan ?? "";
  const rows = node.indikators.filter((i) => i.kind === "row" && i.text.trim());
  if (!indikator || !rows.length) return null;
  const official = wordsOf(entry);
  let nearest: Indikator = rows[0];
  let overlap = -1;
  for (const i of rows) {
    const o = wordOverlap(wordSet(i.text), official);
    if (o > overlap) [nearest, overlap] = [i, o];
  }
  const unit = nearest.target?.percent ? "%" : nearest.target?.unit ?? null;
  const otherUnit = !!satuan && !!unit && unitKey(unit) !== unitKey(satuan);
  const params = () => ({ name: clip(node.name), indikator: verbatim(indikator), satuan: verbatim(satuan || "-"), unit: unit ?? "" });
  if (overlap < FAR) {
    const key = otherUnit ? "rules.list.indicatorUnit" : "rules.list.indicator";
    const at = nearest.cell();
    return { at: cellRange(at), make: () => finding(ctx.plan, { rule: "nomenclature.indicator", severity: "info", at, key, params: params(), hint: "rules.list.styleHint" }) };
  }
  if (!otherUnit) return null;
  const at = nearest.planRow.targetCell() ?? nearest.cell();
  return { at: cellRange(at), make: () => finding(ctx.plan, { rule: "nomenclature.unit", severity: "info", at, key: "rules.list.unit", params: params(), hint: "rules.list.styleHint" }) };
}
