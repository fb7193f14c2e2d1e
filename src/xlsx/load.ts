import type * as ExcelJS from "exceljs";
import { Workbook } from "./exceljs";
import type { Text } from "../core/i18n";
import { msg, type FileMessageKey } from "./messages";
import { sniffBytes, zipHasWorkbookPart } from "./sniff";

export type LoadFailure = "empty" | "notXlsx" | "xls" | "encrypted" | "corrupt" | "csv";

export type LoadResult =
  | { ok: true; workbook: ExcelJS.Workbook }
  | { ok: false; reason: LoadFailure; message: Text };

const MESSAGES: Record<LoadFailure, FileMessageKey> = {
  empty: "file.empty",
  notXlsx: "file.notXlsx",
  xls: "file.xls",
  encrypted: "file.encrypted",
  corrupt: "file.corrupt",
  csv: "file.csv",
};

export function loadFailure(reason: LoadFailure): { ok: false; reason: LoadFailure; message: Text } {
  return { ok: false, reason, message: msg(MESSAGES[reason]) };
}

function asBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * Read an .xlsx from its bytes. Bad input is classified by its bytes (empty,
 * old .xls, password-protected, CSV/text, other) or by ExcelJS failing on a
 * ZIP (corrupt, truncated); the result carries a catalog message, never an
 * exception or a stack trace.
 */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<LoadResult> {
  const bytes = asBytes(data);
  const kind = sniffBytes(bytes);
  if (kind === "empty" || kind === "xls" || kind === "encrypted" || kind === "csv") return loadFailure(kind);
  if (kind === "other") return loadFailure("notXlsx");
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return loadFailure("corrupt");
  }
  // A ZIP that is not a workbook (a .docx, an archive) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0 && !zipHasWorkbookPart(bytes)) return loadFailure("notXlsx");
  return { ok: true, workbook };
}

/** The workbook as .xlsx bytes. */
export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return buf instanceof Uint8Array ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
}
