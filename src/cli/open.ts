import type { Lang, Text } from "../core/i18n";
import { displayLocale } from "../xlsx/display";
import { loadWorkbook } from "../xlsx/load";
import { readWorkbookFile } from "../xlsx/node-io";
import type { XlsxWorkbook } from "../xlsx/workbook";
import { useCodec } from "../xlsx/zip";
import { ZLIB_CODEC } from "../xlsx/nodeCodec";

useCodec(ZLIB_CODEC); // the CLI reads with Node's zlib; fflate (the browser's) is never loaded

export type Opened = { ok: true; workbook: XlsxWorkbook } | { ok: false; reason: Text };

/**
 * Read and open an .xlsx file; every failure becomes a message, never an exception. Cells are
 * shown as a user of `lang` writes numbers (displayLocale), for the messages that quote them.
 */
export async function openWorkbookFile(file: string, lang: Lang = "en"): Promise<Opened> {
  const read = await readWorkbookFile(file);
  if (!read.ok) return { ok: false, reason: read.message };
  const loaded = loadWorkbook(read.data, { locale: displayLocale(lang) });
  if (!loaded.ok) return { ok: false, reason: loaded.message };
  return { ok: true, workbook: loaded.workbook };
}
