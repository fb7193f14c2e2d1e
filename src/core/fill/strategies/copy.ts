import { isCumulativeConvention, type Convention, type QuarterAnalysis } from "../../quarters/convention";
import type { RowSeries } from "./rowSeries";

/**
 * The other quarter group's row as the source of this one: its values as they
 * are when they already fit this group's convention, else its shape (per-quarter
 * parts) spread again in this group's convention (percent cumulative 25/50/75/100
 * copied into a units-per-quarter column of "12 Bulan" gives 3/3/3/3).
 */
export function copySeries(source: QuarterAnalysis, convention: Convention): RowSeries {
  if (source.allEmpty) return { kind: "skip", reason: "copyEmpty" };
  if (source.invalid.length > 0 || source.fits.length === 0) return { kind: "skip", reason: "copyInvalid" };
  if (source.fits.includes(convention)) return { kind: "values", values: source.values.slice(0, 4) };
  const v = source.values;
  const parts = isCumulativeConvention(source.fits[0]) ? v.map((x, i) => Math.max(0, x - (i > 0 ? v[i - 1] : 0))) : v;
  return { kind: "weights", weights: parts };
}
