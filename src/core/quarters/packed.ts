/**
 * A row's quarter analysis packed in one number (see analyzeInto in convention.ts), and the
 * shared arrays it is read through. The rules keep a table's analyses this way, in flat arrays.
 *
 * Bits: 0-3 the empty cells (empty, dash), 4-7 the unreadable ones (garbled numbers, errors,
 * dates), 8-11 those written with a percent sign or format, 12-15 the numeric conventions the row
 * fits (CONVENTIONS order), 16-17 the percent reading (0 unknown, 1 units, 2 percent), 18-21 the
 * cells read as text (words, quarter labels, marks, months), 22-30 the row's shape (SHAPE).
 */

/**
 * The four numeric ways a Rencana Aksi writes its quarterly (triwulan) targets (DOMAIN.md):
 * - percentCumulative: never decreasing, the fourth is 100%        (25 / 50 / 75 / 100)
 * - percentPerQuarter: the four add up to 100%                     (25 / 25 / 25 / 25)
 * - unitsCumulative:   never decreasing, the fourth is the target  (3 / 6 / 9 / 12 for "12 Bulan")
 * - unitsPerQuarter:   the four add up to the target               (3 / 3 / 3 / 3)
 * The order of this list breaks ties (see dominantConvention).
 */
export type Convention = "percentCumulative" | "percentPerQuarter" | "unitsCumulative" | "unitsPerQuarter";

export const CONVENTIONS: readonly Convention[] = [
  "percentCumulative", "percentPerQuarter", "unitsCumulative", "unitsPerQuarter",
];

/** Shape bits of a packed analysis: what the cells look like, beside the numeric conventions. */
export const SHAPE = {
  /** All four cells hold the same value (a number above 0, or the same text). */
  constant: 1 << 22,
  /** The constant value, or the year-end value, is the target (its quantity, its number, or its text). */
  matchesTarget: 1 << 23,
  /** TW I-III empty, dash or 0, TW IV filled. */
  yearEnd: 1 << 24,
  /** Every filled cell is a quarter label in its own column or a mark ("v", "√", "x"), the rest empty or 0. */
  schedule: 1 << 25,
  /** A quarter label stands in another quarter's column ("Triwulan III" under TW II). */
  misplacedLabel: 1 << 26,
  /** A cell holds a month name ("November"). */
  month: 1 << 27,
  /** A cell writes its number with a unit word ("1 dokumen"): the number is read. */
  unitWord: 1 << 28,
  /** A cell holds qualitative words ("BB", "Baik"). */
  words: 1 << 29,
  /** The cells say they are percentages: a "%" sign or format, or the header's "(%)". */
  declaredPercent: 1 << 30,
} as const;

export function pack(empty: number, invalid: number, percentCells: number, fits: number, percent: boolean | null, text: number, shape: number): number {
  return empty | (invalid << 4) | (percentCells << 8) | (fits << 12) | ((percent === null ? 0 : percent ? 2 : 1) << 16) | (text << 18) | shape;
}

export const emptyMask = (bits: number): number => bits & 0xf;
export const invalidMask = (bits: number): number => (bits >> 4) & 0xf;
export const percentCellMask = (bits: number): number => (bits >> 8) & 0xf;
export const fitsMaskOf = (bits: number): number => (bits >> 12) & 0xf;
export const percentOf = (bits: number): boolean | null => {
  const p = (bits >> 16) & 3;
  return p === 0 ? null : p === 2;
};
/** The header says "(%)" but the row is read in its target's unit (quarters/convention.ts). */
export const againstPercentHeader = (bits: number): boolean => (bits & SHAPE.declaredPercent) !== 0 && percentOf(bits) === false;
/** Cells read as text (words, labels, marks, months), a mask. */
export const textMask = (bits: number): number => (bits >> 18) & 0xf;
/**
 * The conventions a row votes for in its table's tally (ConventionTally): none for a row of text.
 * Grades or ranges rising to the target ("B / BB / BB", "≥ 70 / ≥ 80") fit units cumulative as
 * levels do, but say nothing of whether the table writes its numbers in percent or in units.
 */
export const votingFits = (bits: number): number => (textMask(bits) !== 0 ? 0 : fitsMaskOf(bits));

/**
 * The few arrays an analysis can hold, one per bit pattern (bit i = quarter i, or CONVENTIONS[i]),
 * built once and shared by every analysis; never changed (not frozen: BENCHMARKS.md, "Memory per row").
 */
const byMask = <T>(pick: (mask: number) => T[]): readonly (readonly T[])[] => Array.from({ length: 16 }, (_, mask) => pick(mask));
const bitsOf = (mask: number): number[] => [0, 1, 2, 3].filter((i) => (mask & (1 << i)) !== 0);
export const FLAGS = byMask((mask) => [0, 1, 2, 3].map((i) => (mask & (1 << i)) !== 0));
const INDEXES = byMask(bitsOf);
const FITS = byMask((mask) => bitsOf(mask).map((i) => CONVENTIONS[i]));

const CONVENTION_INDEX: Record<Convention, number> = {
  percentCumulative: 0, percentPerQuarter: 1, unitsCumulative: 2, unitsPerQuarter: 3,
};

/** The quarter indexes (0..3) of a mask, as a shared array. */
export const indexesOf = (mask: number): readonly number[] => INDEXES[mask];
export const conventionIndex = (c: Convention): number => CONVENTION_INDEX[c];
/** The bit of a convention in a fits mask. */
export const conventionBit = (c: Convention): number => 1 << CONVENTION_INDEX[c];
/** The conventions of a fits mask, as a shared array. */
export const conventionsOf = (mask: number): readonly Convention[] => FITS[mask];

export function isPercentConvention(c: Convention): boolean {
  return c === "percentCumulative" || c === "percentPerQuarter";
}

export function isCumulativeConvention(c: Convention): boolean {
  return c === "percentCumulative" || c === "unitsCumulative";
}
