import type { QuarterSet, Target } from "../plan/types";

/**
 * The four ways a Rencana Aksi writes its quarterly (triwulan) targets (DOMAIN.md):
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

/**
 * What analyzeQuarters says about one row. The arrays other than values are shared between
 * rows: read them, never change them (readonly).
 */
export interface QuarterAnalysis {
  /** 4 values, empty/dash/unreadable = 0, in percent (21.25) or units as written. */
  readonly values: readonly number[];
  /** Which quarter cells are empty or a dash. */
  readonly empty: readonly boolean[];
  readonly allEmpty: boolean;
  /** Indexes (0..3) of cells that cannot be read as one number (garbled text, errors, dates). */
  readonly invalid: readonly number[];
  /** Whether the values are percentages: cells, header hint, or values vs target decide; null when nothing does. */
  readonly percent: boolean | null;
  /** Which cells carry a percent sign or format (a bare "2" beside "21,25%" does not). */
  readonly percentCells: readonly boolean[];
  /** Conventions the row satisfies (none when a cell is unreadable or the row is empty). */
  readonly fits: readonly Convention[];
  readonly sum: number;
  readonly last: number;
}

/**
 * The few arrays an analysis can hold, one per bit pattern (bit i = quarter i, or CONVENTIONS[i]),
 * built once: a table of thousands of rows shares them instead of allocating four arrays a row.
 * Not frozen: frozen arrays are iterated slowly (an object per step of a for...of).
 */
const byMask = <T>(pick: (mask: number) => T[]): readonly (readonly T[])[] => Array.from({ length: 16 }, (_, mask) => pick(mask));
const bitsOf = (mask: number): number[] => [0, 1, 2, 3].filter((i) => (mask & (1 << i)) !== 0);
const FLAGS = byMask((mask) => [0, 1, 2, 3].map((i) => (mask & (1 << i)) !== 0));
const INDEXES = byMask(bitsOf);
const FITS = byMask((mask) => bitsOf(mask).map((i) => CONVENTIONS[i]));

/** Absolute tolerance on percentages (sums, the fourth value). */
export const PERCENT_TOLERANCE = 0.01;
/** Relative tolerance on unit quantities. */
export const UNITS_TOLERANCE = 0.005;

const EPS = 1e-9;

function nearPercent(x: number, expected: number): boolean {
  return Math.abs(x - expected) <= PERCENT_TOLERANCE + EPS;
}

function nearUnits(x: number, expected: number): boolean {
  return Math.abs(x - expected) <= UNITS_TOLERANCE * Math.abs(expected) + EPS;
}

export function isPercentConvention(c: Convention): boolean {
  return c === "percentCumulative" || c === "percentPerQuarter";
}

export function isCumulativeConvention(c: Convention): boolean {
  return c === "percentCumulative" || c === "unitsCumulative";
}

/**
 * Read the four quarter cells of a row and say which conventions they fit.
 *
 * Percent or units, in this order:
 * 1. a cell written with "%" or formatted as a percentage: percent;
 * 2. the column header ("(%)", "Persen"): QuarterSet.percentHint;
 * 3. the values against the target: a row that fits only units conventions is units
 *    (its last value or sum is the target's quantity, not 100), only percent ones is
 *    percent; otherwise (both, or none) null.
 * Percent cells may still be "units" when the target itself is a percentage
 * (target "9,7%" with quarters 2,4% / 4,9% / 7,5% / 9,7%).
 */
export function analyzeQuarters(set: QuarterSet, target: Target | null): QuarterAnalysis {
  const values = [0, 0, 0, 0];
  return analysisOf(values, analyzeInto(set, target, values, 0));
}

/**
 * analyzeQuarters without the object: the row's four values go into values[at..at+3] and the
 * rest comes back packed in one number (read it with the functions below). The rules keep a
 * table's analyses this way, in flat arrays (rules/quarterRows.ts).
 */
export function analyzeInto(set: QuarterSet, target: Target | null, values: number[] | Float64Array, at: number): number {
  let empty = 0b1111;
  let percentCells = 0;
  let invalid = 0;
  let anyPercent = false;
  let texts: readonly string[] | undefined;
  for (let i = 0; i < 4; i++) {
    const r = set.reading(i);
    values[at + i] = 0;
    if (!r || r.kind === "empty") continue;
    empty &= ~(1 << i);
    if (r.kind === "number") {
      values[at + i] = r.value;
      if (r.percent) percentCells |= 1 << i;
      anyPercent = anyPercent || r.percent;
    } else {
      invalid |= 1 << i;
      // Invalid cells written with "%" still say the row is in percent ("21,25 5%").
      anyPercent = anyPercent || PERCENT_WORD.test((texts ??= set.texts)[i] ?? "");
    }
  }
  const declared: boolean | null = anyPercent ? true : set.percentHint;
  if (empty === 0b1111 || invalid !== 0) return pack(empty, invalid, percentCells, 0, declared);

  const quantity = target && !target.unreadable ? target.quantity : null;
  const allowPercent = declared !== false;
  const allowUnits = quantity !== null && (declared !== true || target?.percent === true);
  const fits = fitMask(values, at, allowPercent ? null : 0b0011, allowUnits ? quantity : null);
  let percent = declared;
  if (declared === null) {
    const p = (fits & 0b0011) !== 0;
    const u = (fits & 0b1100) !== 0;
    percent = p && !u ? true : u && !p ? false : null;
  }
  return pack(empty, invalid, percentCells, fits, percent);
}

/*
 * A packed analysis: bits 0-3 the empty cells, 4-7 the unreadable ones, 8-11 those written with
 * a percent sign or format, 12-15 the conventions the row fits (CONVENTIONS order), 16-17 the
 * percent reading (0 unknown, 1 units, 2 percent).
 */
function pack(empty: number, invalid: number, percentCells: number, fits: number, percent: boolean | null): number {
  return empty | (invalid << 4) | (percentCells << 8) | (fits << 12) | ((percent === null ? 0 : percent ? 2 : 1) << 16);
}

export const emptyMask = (bits: number): number => bits & 0xf;
export const invalidMask = (bits: number): number => (bits >> 4) & 0xf;
export const percentCellMask = (bits: number): number => (bits >> 8) & 0xf;
export const fitsMaskOf = (bits: number): number => (bits >> 12) & 0xf;
export const percentOf = (bits: number): boolean | null => ((bits >> 16) === 0 ? null : bits >> 16 === 2);
/** The quarter indexes (0..3) of a mask, as a shared array. */
export const indexesOf = (mask: number): readonly number[] => INDEXES[mask];
/** The bit of a convention in a fits mask. */
export const conventionBit = (c: Convention): number => 1 << CONVENTION_INDEX[c];
/** The conventions of a fits mask, as a shared array. */
export const conventionsOf = (mask: number): readonly Convention[] => FITS[mask];

/** An analysis object from four values and a packed analysis (the values array is kept, not copied). */
export function analysisOf(values: number[], bits: number): QuarterAnalysis {
  return new RowAnalysis(values, bits);
}

/**
 * A QuarterAnalysis in one small object: the packed analysis read through the shared arrays,
 * the sum and last value worked out when asked.
 */
class RowAnalysis implements QuarterAnalysis {
  constructor(
    readonly values: number[],
    private readonly bits: number,
  ) {}

  get empty(): readonly boolean[] {
    return FLAGS[emptyMask(this.bits)];
  }

  get allEmpty(): boolean {
    return emptyMask(this.bits) === 0b1111;
  }

  get invalid(): readonly number[] {
    return INDEXES[invalidMask(this.bits)];
  }

  get percent(): boolean | null {
    return percentOf(this.bits);
  }

  get percentCells(): readonly boolean[] {
    return FLAGS[percentCellMask(this.bits)];
  }

  get fits(): readonly Convention[] {
    return FITS[fitsMaskOf(this.bits)];
  }

  get sum(): number {
    const v = this.values;
    return v[0] + v[1] + v[2] + v[3];
  }

  get last(): number {
    return this.values[3];
  }
}

/**
 * The conventions (bits in CONVENTIONS order) that values[at..at+3] fit, all four in one pass
 * (the test holds it to the conventions stated one by one). Negative or non-finite values fit
 * nothing. `excluded` masks out the percent conventions; a null quantity rules out the units ones.
 */
function fitMask(values: ArrayLike<number>, at: number, excluded: number | null, quantity: number | null): number {
  const a = values[at];
  const b = values[at + 1];
  const c = values[at + 2];
  const d = values[at + 3];
  if (!(a >= 0 && b >= 0 && c >= 0 && d >= 0 && a < Infinity && b < Infinity && c < Infinity && d < Infinity)) return 0;
  const sum = a + b + c + d;
  const rising = b >= a - EPS && c >= b - EPS && d >= c - EPS;
  let mask = 0;
  if (rising && nearPercent(d, 100)) mask |= 0b0001;
  if (nearPercent(sum, 100)) mask |= 0b0010;
  if (quantity !== null && quantity > 0) {
    if (rising && nearUnits(d, quantity)) mask |= 0b0100;
    if (nearUnits(sum, quantity)) mask |= 0b1000;
  }
  return excluded === null ? mask : mask & ~excluded;
}

const PERCENT_WORD = /%|persen|prosen/i;

/**
 * The convention a table uses: the one that most rows fit unambiguously (rows that fit
 * exactly one convention). Ties, and tables with no unambiguous row, are decided by how
 * many rows fit each convention at all; remaining ties by the order of CONVENTIONS.
 * null when no row fits any convention.
 */
export function dominantConvention(analyses: readonly QuarterAnalysis[]): Convention | null {
  const tally = new ConventionTally();
  for (const a of analyses) tally.add(a);
  return tally.dominant();
}

const CONVENTION_INDEX: Record<Convention, number> = {
  percentCumulative: 0, percentPerQuarter: 1, unitsCumulative: 2, unitsPerQuarter: 3,
};

/** dominantConvention, counted row by row (no list of analyses needed). */
export class ConventionTally {
  private readonly sole = [0, 0, 0, 0];
  private readonly any = [0, 0, 0, 0];

  add(a: QuarterAnalysis): void {
    const fits = a.fits;
    let mask = 0;
    for (let i = 0; i < fits.length; i++) mask |= conventionBit(fits[i]);
    this.addMask(mask);
  }

  /** A row's conventions as a fits mask (CONVENTIONS order). */
  addMask(mask: number): void {
    const fits = FITS[mask];
    if (fits.length === 1) this.sole[CONVENTION_INDEX[fits[0]]]++;
    for (let i = 0; i < fits.length; i++) this.any[CONVENTION_INDEX[fits[i]]]++;
  }

  dominant(): Convention | null {
    const { sole, any } = this;
    let best = -1;
    for (let i = 0; i < CONVENTIONS.length; i++) {
      if (any[i] === 0) continue;
      if (best < 0 || sole[i] > sole[best] || (sole[i] === sole[best] && any[i] > any[best])) best = i;
    }
    return best < 0 ? null : CONVENTIONS[best];
  }
}
