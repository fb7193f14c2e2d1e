/**
 * Between the two worlds of the tests: ExcelJS builds the input workbooks and
 * reads the outputs back; the adapter under test (src/xlsx) works on the
 * .xlsx bytes in between.
 */
import * as ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/xlsx/load";
import type { XlsxWorkbook } from "../../src/xlsx/workbook";
import type { GridOptions } from "../../src/xlsx/readGrid";

/** An ExcelJS workbook as .xlsx bytes. */
export async function bytesOf(book: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = (await book.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return buf instanceof Uint8Array ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
}

/** Open .xlsx bytes with the adapter; a load failure throws (tests of failures call loadWorkbook themselves). */
export function xlsxFromBytes(bytes: Uint8Array | ArrayBuffer, opts?: GridOptions): XlsxWorkbook {
  const res = loadWorkbook(bytes, opts);
  if (!res.ok) throw new Error(`loadWorkbook failed: ${res.reason}`);
  return res.workbook;
}

/** The adapter over an ExcelJS-built workbook (written to bytes, then opened). */
export async function xlsxFrom(book: ExcelJS.Workbook, opts?: GridOptions): Promise<XlsxWorkbook> {
  return xlsxFromBytes(await bytesOf(book), opts);
}

/** .xlsx bytes read by ExcelJS. */
export async function excelFromBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** What the adapter's workbook holds now, saved and read back by ExcelJS (for inspecting results). */
export function excelFrom(wb: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  return excelFromBytes(wb.save());
}

/** Save and open again with the adapter: what a second run (or another session) sees. */
export function reopen(wb: XlsxWorkbook, opts?: GridOptions): XlsxWorkbook {
  return xlsxFromBytes(wb.save(), opts);
}
