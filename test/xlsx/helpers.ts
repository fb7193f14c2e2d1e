import * as ExcelJS from "exceljs";
import { bytesOf, excelFromBytes } from "../support/xlsx";

/** Save to .xlsx bytes and load them back, with ExcelJS only. */
export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return excelFromBytes(await bytesOf(wb));
}

/** ExcelJS 4 internals: rows and cells as stored, sparse (the public eachCell skips styled empty cells). */
interface RowInternals {
  _cells: (ExcelJS.Cell | undefined)[];
}
interface WorksheetInternals {
  _rows: (ExcelJS.Row | undefined)[];
}

/** Rows of a sheet, sparse, index = row number - 1. */
export function sheetRows(ws: ExcelJS.Worksheet): readonly (ExcelJS.Row | undefined)[] {
  return (ws as unknown as WorksheetInternals)._rows ?? [];
}

/** Cells of a row, sparse, index = column number - 1 (includes styled empty cells). */
export function rowCells(row: ExcelJS.Row): readonly (ExcelJS.Cell | undefined)[] {
  return (row as unknown as RowInternals)._cells ?? [];
}

/** Every non-blank cell record of a sheet: address -> value (JSON), number format and fill (JSON). */
export function snapshot(ws: ExcelJS.Worksheet): Record<string, { value: string; numFmt: string | null; fill: string | null }> {
  const out: Record<string, { value: string; numFmt: string | null; fill: string | null }> = {};
  for (const row of sheetRows(ws)) {
    if (!row) continue;
    for (const cell of rowCells(row)) {
      if (!cell) continue;
      const entry = {
        value: JSON.stringify(cell.value ?? null),
        numFmt: cell.numFmt ?? null,
        fill: cell.style?.fill ? JSON.stringify(cell.style.fill) : null,
      };
      // A cell record with nothing in it is the same as no record.
      if (entry.value === "null" && entry.numFmt === null && entry.fill === null) continue;
      out[cell.address] = entry;
    }
  }
  return out;
}

export function newBook(...sheets: string[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) wb.addWorksheet(s);
  return wb;
}
