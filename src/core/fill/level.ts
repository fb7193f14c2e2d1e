import { indicatorKind, kindOf, lowerIsBetter } from "../plan/measure";
import type { PlanRow, QuarterSet, Target } from "../plan/types";
import {
  analyzeQuarters, isCumulativeConvention, isPercentConvention, nearUnits, SHAPE, type Convention, type QuarterAnalysis,
} from "../quarters/convention";
import { risesFromNearZero } from "../quarters/ladder";
import { fallsToTarget } from "../quarters/readings";
import type { RowSeries } from "./strategies/rowSeries";
import { unitsTotal } from "./strategies/series";
import type { FillStrategy } from "./types";

/**
 * How a row's own measure bends the table's convention (DOMAIN.md: the counting type belongs to
 * each indicator row, kumulatif or non-kumulatif, as SAKIP software records it):
 * - progress: things counted or a percentage of progress: the table's convention;
 * - level: a score, index or rate on its own scale (plan/measure.ts "scale": Indeks, Nilai, Angka,
 *   Rata-rata ...), or any lower-is-better indicator but a count (angka kematian, prevalensi,
 *   persentase penduduk miskin, waktu tunggu): non-kumulatif, each quarter holds the level;
 * - lowerCount: a count of a harm, lower is better ("Jumlah kasus DBD"): never a rising ladder;
 *   parts per quarter when the table writes parts, else left to the planner (whether the cases are
 *   counted per quarter or held under a ceiling, nothing in the row says).
 * - qualitative: a predicate, a grade or a level in words ("A", "WTP", "Level 3"): never a number
 *   ladder; left to the planner (the same predicate every quarter, or only in TW IV).
 * Validation reads the same words (rules/quarterNotes.ts: a level or a lower-is-better row
 * accumulated from near 0 is percent.rateCumulative; rules/conventions.ts: numbers of progress
 * under a predicate fit no reading).
 */
export type RowMeasure = "progress" | "level" | "lowerCount" | "qualitative";

/** A row's measure, and whether its indicator is lower-is-better (plan/measure.ts decides both). */
export function rowMeasure(row: PlanRow): { measure: RowMeasure; lower: boolean } {
  const name = row.indikator?.text ?? "";
  if (lowerIsBetter(name)) return { measure: indicatorKind(name) === "count" ? "lowerCount" : "level", lower: true };
  const kind = kindOf(row.target, name).kind;
  return { measure: kind === "scale" ? "level" : kind === "qualitative" ? "qualitative" : "progress", lower: false };
}

/**
 * Whether a row of a level indicator reads as one in its own way, with nothing accumulated: the
 * target every quarter, the target only in TW IV, falling to the target (lower is better only),
 * or rising to it from well above 0 (higher is better only: 80 / 82 / 84 / 85 of "Indeks 85").
 * Empty cells and dashes are 0, as validation reads them.
 */
export function readsAsLevel(a: QuarterAnalysis, target: Target | null, lower: boolean): boolean {
  if (a.invalid.length > 0 || a.textCells.some(Boolean)) return false;
  const shape = a.shape;
  if ((shape & SHAPE.matchesTarget) !== 0 && (shape & (SHAPE.constant | SHAPE.yearEnd)) !== 0) return true;
  if (heldWhenMeasured(a.values, target)) return true;
  if (lower) return fallsToTarget(a.values, 0, target);
  return a.fits.includes("unitsCumulative") && !risesFromNearZero(a.values, 0);
}

const LEVEL = SHAPE.constant | SHAPE.matchesTarget;

/**
 * The target in the quarters it is measured, TW IV among them, nothing in the others ("- / 85 /
 * - / 85": an index surveyed each semester), as validation reads a level (rules/conventions.ts).
 */
function heldWhenMeasured(values: readonly number[], target: Target | null): boolean {
  const q = target && !target.unreadable ? target.quantity : null;
  const d = values[3];
  if (q === null || !(d > 0) || !nearUnits(d, q)) return false;
  for (let k = 0; k < 3; k++) if (values[k] !== 0 && values[k] !== d) return false;
  return true;
}

/**
 * Whether a row of a level indicator already reads in its own way, which the fill keeps: as a
 * level (readsAsLevel), or in a convention validation accepts for it (percentages of progress
 * written as such: "25% / 50% / 75% / 100%"), but not accumulated from near 0 in the target's own
 * units (2 / 4 / 6 / 8 of "8 per 1.000": percent.rateCumulative), nor plain numbers read as
 * percentages of a score (25 / 50 / 75 / 100 under "Nilai 80").
 */
export function keepsOwnReading(a: QuarterAnalysis, target: Target | null, lower: boolean): boolean {
  if (readsAsLevel(a, target, lower)) return true;
  if (a.fits.length === 0) return false;
  if ((a.shape & SHAPE.declaredPercent) === 0 && a.fits.every(isPercentConvention)) return false;
  return !accumulated(a, target);
}

/** Whether a quarter cell of the set is blank (not a dash, not a value). */
function hasBlank(set: QuarterSet): boolean {
  const texts = set.texts();
  for (let q = 0; q < 4; q++) if (set.reading(q).kind === "empty" && texts[q].trim() === "") return true;
  return false;
}

/** A ladder rising from near 0 to the target in its own units (not 100): what a level must not be. */
function accumulated(a: QuarterAnalysis, target: Target | null): boolean {
  const quantity = target && !target.unreadable ? target.quantity : null;
  return a.fits.includes("unitsCumulative") && risesFromNearZero(a.values, 0) && !(quantity !== null && nearUnits(quantity, 100));
}

/** What the fill does with a level row or a lower-is-better count, beside the table's convention. */
export type MeasuredWay =
  /** The table's convention, as for any row; copy: the one the other group is copied in, when not the table's. */
  | { kind: "table"; convention?: Convention }
  /** Written as a level (way "level"): these values, or why not. */
  | { kind: "level"; series: RowSeries }
  /** Left as it is, for this reason. */
  | { kind: "leave"; reason: "ownReading" | "lowerCount" | "copyLadder" | "qualitative" };

export interface MeasuredInput {
  measure: RowMeasure;
  lower: boolean;
  strategy: FillStrategy;
  convention: Convention;
  target: Target | null;
  set: QuarterSet;
  /** Copy only: the other quarter group of the row. */
  source: QuarterSet | undefined;
}

/**
 * Copy into a level row: a level copied as it is; percentages of progress written as such
 * (keepsOwnReading) copied as they are, in their own convention; nothing else (an accumulated
 * ladder is left before this).
 */
function copyWay(source: QuarterAnalysis | null, input: MeasuredInput): MeasuredWay {
  if (!source || source.allEmpty) return { kind: "level", series: { kind: "skip", reason: "copyEmpty" } };
  if (readsAsLevel(source, input.target, input.lower)) return { kind: "level", series: { kind: "values", values: source.values.slice(0, 4) } };
  if (!keepsOwnReading(source, input.target, input.lower)) return { kind: "level", series: { kind: "skip", reason: "copyInvalid" } };
  return { kind: "table", convention: source.fits.includes(input.convention) ? input.convention : source.fits[0] };
}

/**
 * A level row: the target's value in every quarter, whatever the strategy spreads (a level has no
 * parts to spread); copy copies the other group only as it reads on its own (copyWay). A filled
 * row that already reads in another way of its own (keepsOwnReading) keeps it, with overwrite too.
 * A lower-is-better count follows the table only where the table writes parts. Neither copies a
 * ladder accumulated from near 0 (copyLadder).
 */
export function measuredWay(input: MeasuredInput): MeasuredWay {
  if (input.measure === "progress") return { kind: "table" };
  if (input.measure === "qualitative") return input.strategy.kind === "copy" ? { kind: "table" } : { kind: "leave", reason: "qualitative" };
  const { target, lower } = input;
  const source = input.strategy.kind === "copy" && input.source ? analyzeQuarters(input.source, target) : null;
  if (source && accumulated(source, target)) return { kind: "leave", reason: "copyLadder" };
  if (input.measure === "lowerCount") {
    // copied as it reads (parts are not spread again into a ladder)
    if (input.strategy.kind === "copy") {
      return { kind: "table", convention: source && source.fits.length > 0 && !source.fits.includes(input.convention) ? source.fits[0] : undefined };
    }
    return isCumulativeConvention(input.convention) ? { kind: "leave", reason: "lowerCount" } : { kind: "table" };
  }
  // A row written in its own way (dashes for "nothing this quarter" included) is kept, so overwrite
  // has nothing to replace there (told only with overwrite); one that is already the level goes on
  // to fillRow, which finds no change. A blank cell is not filled in yet: such a row is filled.
  if (!hasBlank(input.set)) {
    const own = analyzeQuarters(input.set, target);
    if (keepsOwnReading(own, target, lower) && (own.shape & LEVEL) !== LEVEL) return { kind: "leave", reason: "ownReading" };
  }
  if (input.strategy.kind === "copy") return copyWay(source, input);
  const total = unitsTotal(target);
  return { kind: "level", series: total === null ? { kind: "skip", reason: "noTarget" } : { kind: "values", values: [total, total, total, total] } };
}
