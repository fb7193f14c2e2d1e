import { isCumulativeConvention, isPercentConvention, type Convention, type QuarterAnalysis } from "../../quarters/convention";
import { unitKind } from "../../plan/measure";
import type { Target } from "../../plan/types";
import { quarterSeries } from "../split";
import type { FillStrategy, SkipReason } from "../types";
import { copySeries } from "./copy";
import { monthWeights } from "./months";
import type { RowSeries } from "./rowSeries";

export type { RowSeries } from "./rowSeries";

export const EVEN_WEIGHTS: readonly number[] = [1, 1, 1, 1];

export interface SeriesContext {
  target: Target | null;
  convention: Convention;
  /** Copy only: the other quarter group's row. */
  source: QuarterAnalysis | null;
}

/** The series a strategy gives for one row (auto and even spread evenly; months falls back to even). */
export function rowSeries(strategy: FillStrategy, ctx: SeriesContext): RowSeries {
  switch (strategy.kind) {
    case "auto":
    case "even":
      return { kind: "weights", weights: EVEN_WEIGHTS };
    case "months":
      return { kind: "weights", weights: monthWeights(ctx.target, strategy.startQuarter) ?? EVEN_WEIGHTS };
    case "weights":
      return { kind: "weights", weights: strategy.weights };
    case "copy":
      return ctx.source ? copySeries(ctx.source, ctx.convention) : { kind: "skip", reason: "copyEmpty" };
  }
}

/**
 * The annual quantity a units convention spreads; null when the row has none.
 * 0 is a target ("0 Kasus": lower is better): its quarters are zeros.
 */
export function unitsTotal(target: Target | null): number | null {
  if (!target || target.unreadable || target.quantity === null) return null;
  return target.quantity >= 0 && Number.isFinite(target.quantity) ? target.quantity : null;
}

/**
 * A units target of whole things: a whole number of a unit that counts things (Dokumen, Laporan,
 * Orang, Paket, Kegiatan: plan/measure.ts), not an amount that divides (Km, Ha, Ton, Liter, Rp).
 */
export function countsWholeThings(target: Target | null): boolean {
  const total = unitsTotal(target);
  return total !== null && total >= 1 && Number.isInteger(total) && unitKind(target!.unit) === "count" && !AMOUNT_UNIT.test(target!.unit!.trim());
}

/** Units of an amount that divides into fractions. */
const AMOUNT_UNIT = /^(km|m|m2|m²|m3|m³|meter|kilometer|cm|ha|hektar|hektare|are|ton|kg|kilogram|gram|liter|ltr|l|kl|rp\.?|rupiah|kwh|kw|mw|watt|jam|menit|hari|mil)\b/i;

/**
 * The four values of a series in a convention: percent conventions spread 100,
 * units conventions the target's quantity (in whole numbers when `whole`: see
 * countsWholeThings); cumulative conventions give running sums of the rounded
 * parts, so the fourth is exactly the total.
 */
export function seriesValues(series: RowSeries, convention: Convention, target: Target | null, whole = false): readonly number[] | SkipReason {
  if (series.kind === "skip") return series.reason;
  if (series.kind === "values") return series.values.slice(0, 4);
  const percent = isPercentConvention(convention);
  const total = percent ? 100 : unitsTotal(target);
  if (total === null) return "noTarget";
  const cumulative = isCumulativeConvention(convention);
  const inWholes = whole && !percent;
  const key = `${cumulative ? "c" : "q"}${inWholes ? "w" : ""}${total}:${series.weights.join(",")}`;
  let values = cache.get(key);
  if (!values) {
    values = quarterSeries(total, series.weights, cumulative, inWholes);
    if (cache.size > 10_000) cache.clear();
    cache.set(key, values);
  }
  return values;
}

/** Most rows of a table share a series (25/50/75/100): computed once each. */
const cache = new Map<string, readonly number[]>();
