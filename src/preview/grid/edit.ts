import type { CellEdit } from "../../core/edits";
import { GridView, isCellError, type CellValue, type Grid } from "../../core/grid";
import { typedValue } from "../../core/numbers";

/** What typing a text into a cell of the preview does. */
export type Typed =
  | { kind: "edit"; edit: CellEdit }
  /** The cell would hold what it holds: nothing to write. */
  | { kind: "same" }
  /** The cell holds a formula: the preview computes none, so it does not replace one either. */
  | { kind: "formulaCell" }
  /** The text is a formula ("=..."): the preview cannot compute it, so it does not write it. */
  | { kind: "formulaTyped" };

const same = (a: CellValue, b: CellValue): boolean =>
  a === b || (a !== null && b !== null && isCellError(a) && isCellError(b) && a.error === b.error);

/** True when the cell is one of the grid's formula cells (own, shared or in an array). */
export function isFormulaCell(grid: Grid, row: number, col: number): boolean {
  return (grid.formulaCells ?? []).some((a) => a.top <= row && row <= a.bottom && a.left <= col && col <= a.right);
}

/**
 * The edit that typing `text` into the cell at (row, col) makes, as Excel stores what is typed
 * (core typedValue: a number when it reads as one, Indonesian or English, a percentage as its
 * fraction, else the text). The cell's number format stays; what it held is kept in the edit.
 */
export function typedEdit(grid: Grid, row: number, col: number, text: string): Typed {
  if (isFormulaCell(grid, row, col)) return { kind: "formulaCell" };
  if (text.trimStart().startsWith("=")) return { kind: "formulaTyped" };
  const view = new GridView(grid);
  const format = view.format(row, col);
  const previous = view.rawValue(row, col);
  const value = typedValue(text, format);
  if (same(value, previous)) return { kind: "same" };
  return { kind: "edit", edit: { sheet: grid.sheet, row, col, value, previous: { value: previous, format } } };
}
