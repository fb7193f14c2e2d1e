/** Workbooks for the fill's app and CLI tests: built from sheet sources, saved and reloaded through src/xlsx. */
import * as fs from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import type { XlsxWorkbook } from "../../src/xlsx/workbook";
import { STATE_SHEET } from "../../src/xlsx/stateRows";
import { bytesOf as excelBytes, excelFrom, xlsxFromBytes } from "../support/xlsx";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };

export function fixtureText(name: string): string {
  return fs.readFileSync(path.resolve(__dirname, "..", "fixtures", "src", name), "utf8");
}

/**
 * fill-blank-numbers.tsv with its one filled row (25% in every quarter) measuring a count ("Jumlah
 * dokumen ...", Dokumen) instead of a score ("Nilai evaluasi SAKIP", Nilai): a row that overwrite
 * replaces. A score whose quarters read in their own way is kept, overwrite or not (core/fill/level.ts).
 */
export function numbersWithCountRow(): string {
  const text = fixtureText("fill-blank-numbers.tsv");
  const changed = text.replace("Nilai evaluasi SAKIP\t70\tNilai", "Jumlah dokumen evaluasi SAKIP\t70\tDokumen");
  if (changed === text) throw new Error("fill-blank-numbers.tsv: the filled row was not found");
  return changed;
}

export async function bytesOf(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return excelBytes(book);
}

export async function reopen(bytes: Uint8Array): Promise<XlsxWorkbook> {
  return xlsxFromBytes(bytes);
}

/** A fixture as an .xlsx file would open: written by ExcelJS and read back. */
export async function openFixture(name: string): Promise<XlsxWorkbook> {
  return reopen(await bytesOf(workbookFromSource(fixtureText(name))));
}

export async function openSource(text: string): Promise<XlsxWorkbook> {
  return reopen(await bytesOf(workbookFromSource(text)));
}

export interface CellState {
  value: string;
  numFmt: string;
}

/** Every cell holding a value or a number format, on every sheet but the add-in's state sheet ("Sheet!A1" -> state), as ExcelJS reads the workbook's bytes. */
export async function snapshot(wb: XlsxWorkbook | ExcelJS.Workbook): Promise<Map<string, CellState>> {
  const book = "save" in wb ? await excelFrom(wb) : wb;
  const out = new Map<string, CellState>();
  for (const ws of book.worksheets) {
    if (ws.name.toLowerCase() === STATE_SHEET) continue;
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const value = cell.type === 1 /* Merge */ ? null : cell.value;
        if ((value === null || value === undefined) && !cell.numFmt) return;
        out.set(`${ws.name}!${cell.address}`, { value: JSON.stringify(value ?? null), numFmt: cell.numFmt ?? "" });
      });
    });
  }
  return out;
}
