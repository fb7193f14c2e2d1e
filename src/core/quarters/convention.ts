import type { QuarterSet, Target } from "../plan/types";
import { classifyCellText, numberInText } from "./cellText";
import {
  conventionsOf as conventionsOfMask, emptyMask, FLAGS, fitsMaskOf, indexesOf, invalidMask, pack, percentCellMask, percentOf, SHAPE, textMask,
  type Convention,
} from "./packed";
import { textShape } from "./textShape";
import { unitKind } from "../plan/measure";

export {
  CONVENTIONS, SHAPE, conventionBit, conventionsOf, emptyMask, fitsMaskOf, indexesOf, invalidMask,
  isCumulativeConvention, isPercentConvention, percentCellMask, percentOf, textMask, type Convention,
} from "./packed";
export { ConventionTally, dominantConvention } from "./dominant";

/**
 * What analyzeQuarters says about one row. The arrays other than values are shared between
 * rows: read them, never change them (readonly).
 */
export interface QuarterAnalysis {
  /** 4 values, empty/dash/unreadable/text = 0, in percent (21.25) or units as written ("1 dokumen" = 1). */
  readonly values: readonly number[];
  /** Which quarter cells are empty or a dash. */
  readonly empty: readonly boolean[];
  readonly allEmpty: boolean;
  /** Indexes (0..3) of cells that cannot be read at all (garbled numbers, errors, dates). */
  readonly invalid: readonly number[];
  /** Which cells are read as text: words ("BB"), quarter labels ("Triwulan I"), marks ("v"), months. */
  readonly textCells: readonly boolean[];
  /** Whether the values are percentages: cells, header hint, or values vs target decide; null when nothing does. */
  readonly percent: boolean | null;
  /** Which cells carry a percent sign or format (a bare "2" beside "21,25%" does not). */
  readonly percentCells: readonly boolean[];
  /** Numeric conventions the row satisfies (none when a cell is unreadable or text, or the row is empty). */
  readonly fits: readonly Convention[];
  /** The row's shape bits (SHAPE). */
  readonly shape: number;
  readonly sum: number;
  readonly last: number;
}

/** Absolute tolerance on percentages (sums, the fourth value). */
export const PERCENT_TOLERANCE = 0.01;
/** Relative tolerance on unit quantities. */
export const UNITS_TOLERANCE = 0.005;

const EPS = 1e-9;

function nearPercent(x: number, expected: number): boolean {
  return Math.abs(x - expected) <= PERCENT_TOLERANCE + EPS;
}

export function nearUnits(x: number, expected: number): boolean {
  return Math.abs(x - expected) <= UNITS_TOLERANCE * Math.abs(expected) + EPS;
}

/**
 * Read the four quarter cells of a row and say which numeric conventions they fit, and the row's
 * shape (SHAPE: the same value every quarter, only TW IV, a schedule of labels or marks, ...).
 *
 * Percent or units, in this order:
 * 1. a cell written with "%" or formatted as a percentage: percent;
 * 2. the column header ("(%)", "Persen"): QuarterSet.percentHint, unless the row's plain numbers fit
 *    no percentage and its target is in units: then units when they fit them (percent false with
 *    SHAPE.declaredPercent: the header says % over a row in units);
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
 * rest comes back packed in one number (quarters/packed.ts). The rules keep a table's analyses
 * this way, in flat arrays (rules/quarterRows.ts).
 */
export function analyzeInto(set: QuarterSet, target: Target | null, values: number[] | Float64Array, at: number): number {
  let empty = 0b1111;
  let percentCells = 0;
  let invalid = 0;
  let text = 0;
  let shape = 0;
  let anyPercent = false;
  for (let i = 0; i < 4; i++) {
    const r = set.reading(i);
    values[at + i] = 0;
    if (!r || r.kind === "empty") continue;
    empty &= ~(1 << i);
    if (r.kind === "number") {
      values[at + i] = r.value;
      if (r.percent) percentCells |= 1 << i;
      anyPercent = anyPercent || r.percent;
      continue;
    }
    // Not one plain number: rare, read what the text says.
    const c = classifyCellText(r.text);
    if (c.kind === "garbled") {
      invalid |= 1 << i;
      // Unreadable cells written with "%" still say the row is in percent ("21,25 5%").
      anyPercent = anyPercent || PERCENT_WORD.test(r.text);
    } else if (c.kind === "numberWord") {
      values[at + i] = c.value;
      if (c.percent) percentCells |= 1 << i;
      anyPercent = anyPercent || c.percent;
      if (c.unitWord) shape |= SHAPE.unitWord;
    } else {
      text |= 1 << i;
      if (c.kind === "label" && c.quarter !== i) shape |= SHAPE.misplacedLabel;
      else if (c.kind === "month") shape |= SHAPE.month;
      else if (c.kind === "word") shape |= SHAPE.words;
    }
  }
  const declared: boolean | null = anyPercent ? true : set.percentHint;
  if (declared === true) shape |= SHAPE.declaredPercent;
  if (empty === 0b1111 || invalid !== 0) return pack(empty, invalid, percentCells, 0, declared, text, shape);
  if (text !== 0) return pack(empty, 0, percentCells, 0, declared, text, shape | textShape(set, target, values, at, empty, text, shape));

  const quantity = target && !target.unreadable ? target.quantity : null;
  // A level target ("Level 3"): its number, reached by levels never falling (1 / 2 / 2 / 3), never a sum of parts.
  const level = quantity === null && target?.qualitative?.kind === "level" ? target.qualitative.level ?? null : null;
  const allowPercent = declared !== false;
  const allowUnits = (quantity ?? level) !== null && (declared !== true || target?.percent === true);
  let fits = fitMask(values, at, allowPercent ? null : 0b0011, allowUnits ? quantity ?? level : null);
  if (level !== null) fits &= ~0b1000;
  let percent = declared;
  if (declared === null) {
    const p = (fits & 0b0011) !== 0;
    const u = (fits & 0b1100) !== 0;
    percent = p && !u ? true : u && !p ? false : null;
    if (percent === null && countsHundred(target)) {
      // "40 / 30 / 20 / 10" under "100 Kasus": the same numbers either way; counts of the target's
      // own things, adding up to (or rising to) the annual count, are its units, not percentages.
      fits &= 0b1100;
      percent = false;
    }
  }
  const numbers = numberShape(values, at, target, quantity);
  if (fits === 0 && !anyPercent && declared === true && quantity !== null && !target?.percent && (numbers & SHAPE.matchesTarget) === 0) {
    // Only the header says "(%)", over plain numbers that are no percentage of progress, under a
    // target in units: the row is read in its target's unit when it fits it (3 / 6 / 9 / 12 for
    // "12 Dokumen"; the header-against-values warning says so); fitting neither, the header stands.
    const units = fitMask(values, at, 0b0011, quantity);
    if (units !== 0) {
      fits = units;
      percent = false;
    }
  }
  // "100% (12 bulan)" with 3 / 6 / 9 / 12 bulan: no reading of the percentage, read by the months.
  if (fits === 0 && target?.equivalent) return analyzeInto(set, target.equivalent, values, at);
  return pack(empty, 0, percentCells, fits, percent, 0, shape | numbers);
}

/** A target of 100 things counted ("100 Kasus", "100" with Satuan "Orang"): its units and percentages of it are the same numbers. */
function countsHundred(target: Target | null): boolean {
  return !!target && !target.percent && target.quantity !== null && nearUnits(target.quantity, 100) && unitKind(target.unit) === "count";
}

/** The shape of a row of numbers: the same value every quarter, only TW IV, each against the target. */
function numberShape(values: ArrayLike<number>, at: number, target: Target | null, quantity: number | null): number {
  const a = values[at];
  const b = values[at + 1];
  const c = values[at + 2];
  const d = values[at + 3];
  let shape = 0;
  let value: number;
  if (a > 0 && a === b && b === c && c === d) {
    shape = SHAPE.constant;
    value = a;
  } else if (a === 0 && b === 0 && c === 0 && d > 0) {
    shape = SHAPE.yearEnd;
    value = d;
  } else {
    return 0;
  }
  const expected = quantity ?? (target && target.raw ? numberInText(target.raw) : null);
  return expected !== null && nearUnits(value, expected) ? shape | SHAPE.matchesTarget : shape;
}

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
    return indexesOf(invalidMask(this.bits));
  }

  get textCells(): readonly boolean[] {
    return FLAGS[textMask(this.bits)];
  }

  get percent(): boolean | null {
    return percentOf(this.bits);
  }

  get percentCells(): readonly boolean[] {
    return FLAGS[percentCellMask(this.bits)];
  }

  get fits(): readonly Convention[] {
    return conventionsOfMask(fitsMaskOf(this.bits));
  }

  get shape(): number {
    return this.bits & SHAPE_BITS;
  }

  get sum(): number {
    const v = this.values;
    return v[0] + v[1] + v[2] + v[3];
  }

  get last(): number {
    return this.values[3];
  }
}

const SHAPE_BITS = Object.values(SHAPE).reduce((m, b) => m | b, 0);

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
  if (quantity !== null && quantity >= 0) {
    if (rising && nearUnits(d, quantity)) mask |= 0b0100;
    if (nearUnits(sum, quantity)) mask |= 0b1000;
  }
  return excluded === null ? mask : mask & ~excluded;
}

const PERCENT_WORD = /%|persen|prosen/i;
