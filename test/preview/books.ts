import * as ExcelJS from "exceljs";
import { loadWorkbook, type XlsxWorkbook } from "../../src/xlsx";

/** A workbook built with ExcelJS (a dev dependency), written as .xlsx and opened with the package adapter. */
export async function openExcelJs(book: ExcelJS.Workbook): Promise<XlsxWorkbook> {
  const loaded = loadWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
  if (!loaded.ok) throw new Error(`the test workbook did not open: ${loaded.reason}`);
  return loaded.workbook;
}

/** Package bytes read back with ExcelJS: what another program sees of what the adapter saved. */
export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}
