import type { Text } from "../core/i18n";
import { loadWorkbook } from "../xlsx/load";
import { readWorkbookFile } from "../xlsx/node-io";
import { inflateZip } from "../xlsx/inflateZip";
import { XlsxWorkbook } from "../xlsx/workbook";

export type Opened = { ok: true; workbook: XlsxWorkbook } | { ok: false; reason: Text };

/**
 * Read and open an .xlsx file; every failure becomes a message, never an
 * exception. ExcelJS gets the file's parts already inflated by Node's zlib
 * when the ZIP allows (inflateZip.ts), else the bytes as they are.
 */
export async function openWorkbookFile(file: string): Promise<Opened> {
  const read = await readWorkbookFile(file);
  if (!read.ok) return { ok: false, reason: read.message };
  const loaded = await loadWorkbook(inflateZip(read.data) ?? read.data);
  if (!loaded.ok) return { ok: false, reason: loaded.message };
  return { ok: true, workbook: new XlsxWorkbook(loaded.workbook) };
}
