import type { Text } from "../core/i18n";
import { loadWorkbook } from "../xlsx/load";
import { readWorkbookFile } from "../xlsx/node-io";
import type { XlsxWorkbook } from "../xlsx/workbook";
import { useCrc32, useInflater } from "../xlsx/zip";
import * as zlib from "node:zlib";

// Node's own zlib inflates the parts (fflate's JavaScript inflate is the browser's); never more than the declared size.
useInflater((raw, size) => {
  const out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
});
// zlib.crc32 is Node 20.15's and later (engines says >=20): checked, not assumed.
const nativeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
if (typeof nativeCrc === "function") useCrc32((data) => nativeCrc(data));

export type Opened = { ok: true; workbook: XlsxWorkbook } | { ok: false; reason: Text };

/** Read and open an .xlsx file; every failure becomes a message, never an exception. */
export async function openWorkbookFile(file: string): Promise<Opened> {
  const read = await readWorkbookFile(file);
  if (!read.ok) return { ok: false, reason: read.message };
  const loaded = loadWorkbook(read.data);
  if (!loaded.ok) return { ok: false, reason: loaded.message };
  return { ok: true, workbook: loaded.workbook };
}
