import { QUARTER_GROUPS, type QuarterGroup } from "../layout/types";
import type { PlanRow, QuarterSet, Target } from "../plan/types";
import { analysisOf, analyzeInto, type QuarterAnalysis } from "../quarters/convention";
import { grown } from "../typedArrays";
import { emptyMask, invalidMask, percentCellMask, percentOf, textMask } from "../quarters/packed";

/**
 * Every row's quarter analysis of a table, group by group, rows in order: the values and the
 * packed analyses in flat arrays, the rows and groups beside them. The percent rules walk it by
 * index and build an analysis object (and get the row's quarter set again) only for a row they
 * report; a table of thousands of rows keeps no object per row and group for the rules' sake.
 */
export class QuarterRows {
  private count = 0;
  /** Made at the expected length, so that adding does not grow it step by step (each step a copy). */
  private readonly rowList: PlanRow[];
  /** Each entry's group, as its index in QUARTER_GROUPS. */
  private groups: Uint8Array;
  private values: Float64Array;
  private packed: Int32Array;

  /** `expected`: how many entries to make room for at once (rows times groups); it grows past that. */
  constructor(expected = 64) {
    const n = Math.max(16, expected);
    this.rowList = new Array<PlanRow>(n);
    this.groups = new Uint8Array(n);
    this.values = new Float64Array(n * 4);
    this.packed = new Int32Array(n);
  }

  get length(): number {
    return this.count;
  }

  /** Entry i's row. */
  row(i: number): PlanRow {
    return this.rowList[i];
  }

  /** Analyze one row's set (of that row); returns its packed analysis (see quarters/convention.ts). */
  add(row: PlanRow, set: QuarterSet): number {
    const i = this.count++;
    if (i === this.packed.length) {
      this.packed = grown(this.packed, i * 2);
      this.groups = grown(this.groups, i * 2);
      this.values = grown(this.values, i * 8);
    }
    const bits = analyzeInto(set, row.target, this.values, i * 4);
    this.packed[i] = bits;
    this.rowList[i] = row;
    this.groups[i] = QUARTER_GROUPS.indexOf(set.group);
    return bits;
  }

  /** Entry i's quarter set, read again from its row. */
  set(i: number): QuarterSet {
    return this.rowList[i].quarterSet(this.group(i)) as QuarterSet; // added from this row's set of this group
  }

  /** Entry i's group. */
  group(i: number): QuarterGroup {
    return QUARTER_GROUPS[this.groups[i]];
  }

  /** Entry i's group as its index in QUARTER_GROUPS. */
  groupIndex(i: number): number {
    return this.groups[i];
  }

  bits(i: number): number {
    return this.packed[i];
  }

  value(i: number, q: number): number {
    return this.values[i * 4 + q];
  }

  /** Every entry's four values, entry i at i * 4: read them, never change them. */
  get valueArray(): Float64Array {
    return this.values;
  }

  /** Entry i as an analysis object (a copy of its values). */
  analysis(i: number): QuarterAnalysis {
    const v = this.values;
    return analysisOf([v[i * 4], v[i * 4 + 1], v[i * 4 + 2], v[i * 4 + 3]], this.packed[i]);
  }

  /**
   * Quarters (a mask) whose value is negative, or above 100 in a percent row (above the target
   * when the target is a larger percentage).
   */
  outOfRange(i: number, target: Target | null): number {
    const bits = this.packed[i];
    const skip = emptyMask(bits) | invalidMask(bits) | textMask(bits);
    const percent = percentOf(bits) === true;
    const cap = target?.percent && target.quantity !== null && target.quantity > 100 ? target.quantity : 100;
    let mask = 0;
    for (let q = 0; q < 4; q++) {
      const v = this.values[i * 4 + q];
      if ((skip & (1 << q)) === 0 && (v < 0 || (percent && v > cap + 1e-9))) mask |= 1 << q;
    }
    return mask;
  }

  /** Quarters (a mask) that are non-empty, readable, non-zero and written without "%". */
  bareCells(i: number): number {
    const bits = this.packed[i];
    const skip = emptyMask(bits) | invalidMask(bits) | textMask(bits) | percentCellMask(bits);
    let mask = 0;
    for (let q = 0; q < 4; q++) if ((skip & (1 << q)) === 0 && this.values[i * 4 + q] !== 0) mask |= 1 << q;
    return mask;
  }

  /** Whether every quarter of entry i reads 0 (empty, dash or 0), with no text in any. */
  allZero(i: number): boolean {
    const v = this.values;
    return v[i * 4] === 0 && v[i * 4 + 1] === 0 && v[i * 4 + 2] === 0 && v[i * 4 + 3] === 0 && textMask(this.packed[i]) === 0;
  }
}
