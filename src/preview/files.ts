import type { Lang, Text } from "../core/i18n";
import { msg } from "./messages";
import { loadWorkbook, type XlsxWorkbook } from "../xlsx";
import { displayLocale } from "../xlsx/display";

/** The bundled example: built from examples/src/*.tsv into dist/examples/ by webpack.config.js. */
export const EXAMPLE_FILE = "rencana-aksi-dinkop-nganjuk-2022.xlsx";
const EXAMPLE_URL = `examples/${EXAMPLE_FILE}`;
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type OpenResult = { ok: true; name: string; workbook: XlsxWorkbook } | { ok: false; message: Text };

/**
 * Read a workbook from bytes already in the page; a bad file gives the adapter's message, named.
 * Its cells show numbers as a reader of `lang` writes them (12.000 / 12,000: displayLocale), for
 * as long as it stays open.
 */
export function openBytes(name: string, bytes: ArrayBuffer | Uint8Array, lang: Lang): OpenResult {
  const loaded = loadWorkbook(bytes, { locale: displayLocale(lang) });
  if (loaded.ok) return { ok: true, name, workbook: loaded.workbook };
  return { ok: false, message: msg("ui.preview.openFailed", { file: name, reason: loaded.message }) };
}

/** A file the user picked or dropped. It is read here, in the browser; nothing is sent anywhere. */
export async function openFile(file: File, lang: Lang): Promise<OpenResult> {
  return openBytes(file.name, await file.arrayBuffer(), lang);
}

/** The bundled example, from this page's own origin. */
export async function openExample(lang: Lang): Promise<OpenResult> {
  try {
    const res = await fetch(EXAMPLE_URL, { credentials: "same-origin", cache: "no-cache" });
    if (!res.ok) return { ok: false, message: msg("ui.preview.exampleFailed", { detail: `HTTP ${res.status}` }) };
    return openBytes(EXAMPLE_FILE, await res.arrayBuffer(), lang);
  } catch (e) {
    return { ok: false, message: msg("ui.preview.exampleFailed", { detail: e instanceof Error ? e.message : String(e) }) };
  }
}

/** "plan.xlsx" -> "plan-renaksi.xlsx"; a name that already ends in -renaksi keeps it; no name -> "renaksi.xlsx". */
export function downloadName(original: string | null): string {
  if (!original) return "renaksi.xlsx";
  const base = original.replace(/\.xlsx$/i, "").replace(/[\\/:*?"<>|]+/g, "_");
  return /-renaksi$/i.test(base) ? `${base}.xlsx` : `${base}-renaksi.xlsx`;
}

/** Save the workbook as .xlsx and hand it to the browser's download (a blob: link, revoked afterwards). */
export function downloadWorkbook(workbook: XlsxWorkbook, name: string): void {
  const bytes = workbook.save();
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
