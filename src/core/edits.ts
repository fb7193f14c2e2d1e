import type { CellValue } from "./grid";

/** One cell change. Keeps what was there so it can be undone exactly. */
export interface CellEdit {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
  /** Number format to set; undefined keeps the cell's format. */
  format?: string;
  /** A formula to write instead of the value, as Excel's formula bar shows it ("=SUM(D7:F7)"); value is then its last result. */
  formula?: string;
  /**
   * What the cell held: its value (a formula's last result), number format, and formula when it had one.
   * A format of UNKNOWN_FORMAT: the cell lay outside what was read (an empty cell below the used range), so undo keeps its format.
   */
  previous: { value: CellValue; format: string; formula?: string };
}

/** previous.format of a cell whose number format was not read: undo writes its value back and leaves its format as it is. */
export const UNKNOWN_FORMAT = "";

/** The edits that revert the given ones (in reverse order); a formula the cell had is written back, a format not read is kept. */
export function invertEdits(edits: readonly CellEdit[]): CellEdit[] {
  return edits
    .slice()
    .reverse()
    .map((e) => ({
      sheet: e.sheet,
      row: e.row,
      col: e.col,
      value: e.previous.value,
      ...(e.previous.format !== UNKNOWN_FORMAT ? { format: e.previous.format } : {}),
      ...(e.previous.formula !== undefined ? { formula: e.previous.formula } : {}),
      previous: { value: e.value, format: e.format ?? e.previous.format, ...(e.formula !== undefined ? { formula: e.formula } : {}) },
    }));
}
