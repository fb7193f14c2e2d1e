import type { CellValue, Grid, RangeRef } from "../../../src/core/grid";
import type { CellStyle, SheetSpec } from "../../../src/core/sheetspec";

export function inside(r: RangeRef, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The style a cell ends up with: range styles in order, then the cell's own style. */
export function effectiveStyle(spec: SheetSpec, row: number, col: number): CellStyle {
  let style: CellStyle = {};
  for (const rs of spec.rangeStyles ?? []) if (inside(rs.range, row, col)) style = { ...style, ...rs.style };
  const cell = spec.cells.find((c) => c.row === row && c.col === col);
  return cell?.style ? { ...style, ...cell.style } : style;
}

export function valueAt(spec: SheetSpec, row: number, col: number): CellValue {
  return spec.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
}

/** Last row and column the spec writes to (cells, merges, range styles). */
export function extent(spec: SheetSpec): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const c of spec.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  for (const r of [...spec.merges, ...(spec.rangeStyles ?? []).map((s) => s.range)]) {
    rows = Math.max(rows, r.bottom + 1);
    cols = Math.max(cols, r.right + 1);
  }
  return { rows, cols };
}

/** A Grid as an adapter would read the new sheet back (values, formats, merges). */
export function gridFromSpec(spec: SheetSpec): Grid {
  const { rows, cols } = extent(spec);
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
  for (const c of spec.cells) values[c.row][c.col] = c.value;
  const text = values.map((r) => r.map((v) => (v === null ? "" : String(v))));
  const formats = values.map((r, row) => r.map((_, col) => effectiveStyle(spec, row, col).numberFormat ?? "General"));
  return { sheet: spec.name, origin: { row: 0, col: 0 }, values, text, formats, merges: spec.merges };
}
