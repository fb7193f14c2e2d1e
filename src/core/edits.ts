import type { CellValue } from "./grid";

/** One cell change. Keeps what was there so it can be undone exactly. */
export interface CellEdit {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
  /** Number format to set; undefined keeps the cell's format. */
  format?: string;
  previous: { value: CellValue; format: string };
}

/** The edits that revert the given ones (in reverse order). */
export function invertEdits(edits: readonly CellEdit[]): CellEdit[] {
  return edits
    .slice()
    .reverse()
    .map((e) => ({
      sheet: e.sheet,
      row: e.row,
      col: e.col,
      value: e.previous.value,
      format: e.previous.format,
      previous: { value: e.value, format: e.format ?? e.previous.format },
    }));
}
