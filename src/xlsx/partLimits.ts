/**
 * Bounds on what the worksheets and shared strings of one package hold once read (cells, rows,
 * column records, merged ranges). The container's
 * limits (zip.ts: 256 MB a part, 1 GB in all) bound the bytes; these bound the records made of them:
 * a few hundred kilobytes of compressed `<c/>` or `<row/>` would otherwise be tens of millions of
 * cells, gigabytes of memory and minutes of reading.
 */

/** Cells read from the worksheets of a package together, and shared strings: a plan workbook holds a few hundred thousand. */
export const MAX_CELLS = 5_000_000;

/** Rows of one worksheet part: Excel's rows (1,048,576); a part with more row elements was written by no spreadsheet. */
export const MAX_ROWS = 1_048_576;

/** Column records of one part: Excel's columns (16,384); more <col> elements overlap, which no spreadsheet writes. */
export const MAX_COLS = 16_384;

/** Merged ranges of one part: each covers two cells or more; a plan has a few thousand. */
export const MAX_MERGES = 1_000_000;

/** Thrown while a part is read past these bounds: the file is refused as too large (failure.ts). */
export class PartTooLarge extends Error {
  constructor() {
    super("tooLarge");
  }
}
