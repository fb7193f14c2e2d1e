import { roundTo } from "../numbers/round";
import type { QuarterSet, Target } from "../plan/types";
import { isPercentConvention, type Convention } from "../quarters/convention";
import { CONVENTIONS } from "../quarters/packed";
import { countsWholeThings, EVEN_WEIGHTS, seriesValues } from "./strategies/series";

const EVEN = { kind: "weights", weights: EVEN_WEIGHTS } as const;

/** The even series of a convention for the target, or null when it has none (no quantity). */
function evenSeries(convention: Convention, target: Target | null, whole: boolean): readonly number[] | null {
  const values = seriesValues(EVEN, convention, target, whole);
  return typeof values === "string" ? null : values;
}

/**
 * Whether the row's units are filled in whole numbers: its target counts whole things
 * (countsWholeThings) and every quarter already typed is a whole number (1,75 / 3,5 / _ / _ of
 * "7 Dokumen" goes on in the fractions it started with).
 */
export function fillsInWholes(set: QuarterSet, target: Target | null): boolean {
  if (!countsWholeThings(target)) return false;
  for (let q = 0; q < 4; q++) {
    const r = set.reading(q);
    if (r.kind === "number" && !Number.isInteger(r.value)) return false;
  }
  return true;
}

/**
 * The convention a partly typed row is completed in (strategy auto, no convention forced): the
 * table's, unless the typed quarters are not its even values but are another convention's
 * (25 / 25 / 25 / _ of "100" in a cumulative table: 25 per quarter, never a jump to 100 in TW IV).
 * Several such conventions must agree on the quarters left to fill (25 per quarter, in percent
 * or in units alike), else the table's decides; one of the table's kind (units or percent) first.
 */
export function typedConvention(set: QuarterSet, target: Target | null, table: Convention): Convention {
  const typed: { q: number; value: number }[] = [];
  for (let q = 0; q < 4; q++) {
    const r = set.reading(q);
    if (r.kind === "number") typed.push({ q, value: r.value });
  }
  if (typed.length === 0 || typed.length === 4) return table;
  const whole = fillsInWholes(set, target);
  const matches = (s: readonly number[] | null): s is readonly number[] => s !== null && typed.every((t) => roundTo(t.value, 2) === roundTo(s[t.q], 2));
  if (matches(evenSeries(table, target, whole))) return table;
  const kind = isPercentConvention(table);
  const found = CONVENTIONS
    .filter((c) => c !== table)
    .sort((a, b) => Number(isPercentConvention(a) !== kind) - Number(isPercentConvention(b) !== kind))
    .map((c) => ({ c, s: evenSeries(c, target, whole) }))
    .filter((m): m is { c: Convention; s: readonly number[] } => matches(m.s));
  if (found.length === 0) return table;
  const first = found[0].s;
  const agree = found.every((m) => [0, 1, 2, 3].every((q) => roundTo(m.s[q], 2) === roundTo(first[q], 2)));
  return agree ? found[0].c : table;
}
