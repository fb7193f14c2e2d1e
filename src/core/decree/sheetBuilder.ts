/**
 * A row-by-row writer of a SheetSpec for letters: each row is a set of
 * segments (one cell, or several columns merged), and its height is set from
 * the estimated number of wrapped lines of its tallest segment.
 */
import type { CellValue, RangeRef } from "../grid";
import type { CellStyle, SpecCell, SpecRangeStyle } from "../sheetspec";
import { countLines, lineHeightPt, rowHeightPt } from "./textFit";

export interface Segment {
  left: number;
  /** Inclusive; columns left..right are merged when right > left. */
  right: number;
  value: CellValue;
  style?: CellStyle;
}

export class SheetBuilder {
  readonly cells: SpecCell[] = [];
  readonly merges: RangeRef[] = [];
  readonly rangeStyles: SpecRangeStyle[] = [];
  readonly rowHeights: Record<number, number> = {};
  /** Rows that must print on the same page as the row after them (see keepTogetherBreaks). */
  readonly keepWithNext = new Set<number>();
  /** The next row to write. */
  row = 0;

  constructor(
    readonly colsPx: readonly number[],
    private readonly base: CellStyle,
  ) {}

  get lastCol(): number {
    return this.colsPx.length - 1;
  }

  widthPx(left: number, right: number): number {
    let px = 0;
    for (let c = left; c <= right; c++) px += this.colsPx[c] ?? 0;
    return px;
  }

  /** Write one row; returns its index. Every cell wraps and its row grows to fit. */
  line(segments: readonly Segment[]): number {
    const row = this.row++;
    let height = rowHeightPt(1, this.base.fontSize ?? 11);
    for (const seg of segments) {
      const style: CellStyle = { wrap: true, vAlign: "top", ...this.base, ...seg.style };
      this.cells.push({ row, col: seg.left, value: seg.value, style });
      if (seg.right > seg.left) this.merges.push({ top: row, left: seg.left, bottom: row, right: seg.right });
      const size = style.fontSize ?? 11;
      const text = seg.value === null ? "" : String(seg.value);
      const lines = countLines(text, this.widthPx(seg.left, seg.right), { size, bold: style.bold });
      height = Math.max(height, rowHeightPt(lines, size));
    }
    this.rowHeights[row] = height;
    return row;
  }

  /** An empty row of the given height in points. */
  gap(heightPt: number): number {
    const row = this.row++;
    this.rowHeights[row] = heightPt;
    return row;
  }

  /** Empty rows worth n lines of the base font (space to sign). */
  blankLines(n: number): void {
    for (let i = 0; i < n; i++) this.gap(lineHeightPt(this.base.fontSize ?? 11));
  }

  /** Keep the rows from `from` to the last written one each with the row after it (a heading with its text). */
  keepFrom(from: number): void {
    for (let r = from; r < this.row; r++) this.keepWithNext.add(r);
  }

  /** Every row's height in points, in order (a row without one: the base font's single line). */
  heights(): number[] {
    const one = rowHeightPt(1, this.base.fontSize ?? 11);
    return Array.from({ length: this.row }, (_, r) => this.rowHeights[r] ?? one);
  }

  /** A style for every cell of a range (borders across merged cells). */
  styleRange(range: RangeRef, style: CellStyle): void {
    this.rangeStyles.push({ range, style });
  }
}
