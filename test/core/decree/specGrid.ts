/** A Grid built from a SheetSpec's cells, as an adapter would read the new sheet back. */
import { gridFromRows, type CellValue, type Grid } from "../../../src/core/grid";
import type { SheetSpec } from "../../../src/core/sheetspec";

export function gridFromSpec(spec: SheetSpec): Grid {
  const rows = Math.max(0, ...spec.cells.map((c) => c.row + 1));
  const cols = Math.max(0, ...spec.cells.map((c) => c.col + 1));
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  for (const c of spec.cells) {
    values[c.row][c.col] = c.value;
    formats[c.row][c.col] = c.style?.numberFormat ?? "General";
  }
  return gridFromRows(spec.name, values, { merges: spec.merges, formats });
}

/** The cells' texts in reading order (row by row, left to right), empty cells left out. */
export function readingOrder(spec: SheetSpec): string[] {
  return spec.cells
    .filter((c) => c.value !== null && String(c.value) !== "")
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((c) => String(c.value));
}
