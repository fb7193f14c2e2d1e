import * as ExcelJS from "exceljs";
import { loadWorkbook, saveWorkbook } from "../../src/xlsx/load";
import { rowCells, sheetRows } from "../../src/xlsx/internals";

/** Save to .xlsx bytes and load them back. */
export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const res = await loadWorkbook(await saveWorkbook(wb));
  if (!res.ok) throw new Error(`reload failed: ${res.reason}`);
  return res.workbook;
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
