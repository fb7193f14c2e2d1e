import type { Target } from "../plan/types";
import { fitsMaskOf, SHAPE, textMask } from "./packed";
import { nearUnits } from "./convention";

/**
 * The ways one indicator row can read its quarterly targets (DOMAIN.md, "Quarterly targets (as
 * written in real plans)"): each row has its own, as SAKIP software records kumulatif /
 * non-kumulatif per indicator.
 * - the four numeric conventions (percent or target units, cumulative or per quarter);
 * - level: the same value every quarter, the target's (a state, an index, "BB" every quarter);
 * - yearEnd: only TW IV filled, with the target (or 100%): measured once, at year end;
 * - schedule: quarter labels ("Triwulan I") or marks ("v") in the quarters where the action happens;
 * - descending: a lower-is-better indicator falling to its target (angka kematian 70 / 67 / 64 / 61).
 */
export type Reading =
  | "percentCumulative" | "percentPerQuarter" | "unitsCumulative" | "unitsPerQuarter"
  | "level" | "yearEnd" | "schedule" | "descending";

/** Readings as bits: 0-3 the numeric conventions (CONVENTIONS order), then these. */
export const READING = {
  level: 1 << 4,
  yearEnd: 1 << 5,
  schedule: 1 << 6,
  descending: 1 << 7,
} as const;

/**
 * What a row's target is, as far as reading its quarters needs (plan/measure.ts says it; the rule
 * asks only when it matters):
 * - scale: a score on its own scale (Nilai SAKIP 80,35): no percentage of progress in plain numbers;
 * - qualitative: a predicate ("BB", "WTP"): numbers measure nothing;
 * - other: a quantity, a percentage, or nothing said.
 */
export type TargetKind = "scale" | "qualitative" | "other";

/**
 * The readings (bits, READING and the numeric conventions) a row of the given packed analysis
 * fits. A row with a month name fits nothing (the rule says why); rows with unreadable cells are
 * the cell rule's.
 */
export function readingMask(bits: number, kind: TargetKind, target: Target | null): number {
  if ((bits & SHAPE.month) !== 0) return 0;
  if ((bits & SHAPE.schedule) !== 0) return READING.schedule;
  const shape = bits & (SHAPE.constant | SHAPE.yearEnd);
  const matches = (bits & SHAPE.matchesTarget) !== 0;
  // Ranges or levels never falling to the target's ("≥ 75" / "≥ 80", "Level 1" / "Level 3" under
  // "Level 3"): units cumulative, as the same levels written in plain numbers under Satuan "Level".
  const rising = fitsMaskOf(bits) & UNITS_CUMULATIVE;
  if (textMask(bits) !== 0) {
    // Qualitative words: the same every quarter, or only in TW IV, as the target writes it.
    if ((bits & SHAPE.words) === 0 || !(matches || isBlank(target))) return 0;
    return shape === SHAPE.constant ? READING.level : shape === SHAPE.yearEnd ? READING.yearEnd : rising;
  }
  if (kind === "qualitative") {
    // Only the target's own number, held or reached at year end ("Level 3": 3 every quarter), or
    // rising to it (the fits mask has it only for a level target, convention.ts).
    if (!matches) return rising;
    return (shape === SHAPE.constant ? READING.level : shape === SHAPE.yearEnd ? READING.yearEnd : 0) | rising;
  }
  let mask = fitsMaskOf(bits);
  if (kind === "scale" && (bits & SHAPE.declaredPercent) === 0 && !(target?.quantity != null && nearUnits(target.quantity, 100))) {
    mask &= ~0b0011; // 25 / 50 / 75 / 100 in plain numbers under "Nilai 80,35": the target's own scale, not progress
  }
  if (shape === SHAPE.constant && matches) mask |= READING.level;
  if (shape === SHAPE.yearEnd && (matches || (mask & 0b0011) !== 0)) mask |= READING.yearEnd;
  return mask;
}

const UNITS_CUMULATIVE = 0b0100;

const DASHES = /^\s*[-\u2010-\u2015\u2212]*\s*$/;

/** No target, an empty one or a dash. */
function isBlank(target: Target | null): boolean {
  return !target || DASHES.test(target.raw);
}

/**
 * Whether the numbers fall to the target, as a lower-is-better indicator plans them (asked only
 * of rows that fit nothing else): never rising, not all equal, TW IV the target.
 */
export function fallsToTarget(v: ArrayLike<number>, at: number, target: Target | null): boolean {
  const q = target && !target.unreadable ? target.quantity : null;
  const a = v[at];
  const b = v[at + 1];
  const c = v[at + 2];
  const d = v[at + 3];
  return q !== null && q >= 0 && a >= b && b >= c && c >= d && a > d && nearUnits(d, q);
}

/** Whether the scale check needs the target's kind: plain numbers that fit a percentage of progress of a target not 100. */
export function needsScaleCheck(bits: number, target: Target | null): boolean {
  return (bits & SHAPE.declaredPercent) === 0 && (fitsMaskOf(bits) & 0b0011) !== 0 && !!target &&
    target.quantity !== null && !target.percent && !nearUnits(target.quantity, 100);
}

/** Whether the qualitative check needs the target's kind: a target with no readable quantity. */
export function needsQualitativeCheck(bits: number, target: Target | null): boolean {
  return !!target && target.quantity === null && textMask(bits) === 0 && target.raw.trim() !== "";
}

/**
 * How the table's summary groups readings, percent and units alike: 0 cumulative, 1 per-quarter
 * parts, 2 level, 3 year end, 4 schedule, 5 descending (READING_KINDS order).
 */
export const READING_KINDS = ["cumulative", "perQuarter", "level", "yearEnd", "schedule", "descending"] as const;
const KIND_OF_BIT = [0, 1, 0, 1, 2, 3, 4, 5];

/**
 * The primary reading of a row that fits `mask` (for the table's summary), as its kind's index in
 * READING_KINDS: a schedule, a level, the table's convention (`dominant`, a numeric convention bit
 * or 0), year end, a fall, then the first numeric convention the row fits.
 */
export function primaryKind(mask: number, dominant: number): number {
  if (mask & READING.schedule) return 4;
  if (mask & READING.level) return 2;
  if (mask & dominant) return KIND_OF_BIT[31 - Math.clz32(dominant)];
  if (mask & READING.yearEnd) return 3;
  if (mask & READING.descending) return 5;
  return KIND_OF_BIT[31 - Math.clz32(mask & -mask)];
}
