import type { Text } from "../core/i18n";
import { PackageBook } from "./book";
import { failureOf, type PackageFailure } from "./failure";
import { msg, type FileMessageKey } from "./messages";
import { sniffBytes } from "./sniff";
import { XlsxWorkbook } from "./workbook";
import type { GridOptions } from "./readGrid";
import type { ZipLimits } from "./zip";

export type LoadFailure = "empty" | "notXlsx" | "xls" | "encrypted" | "csv" | PackageFailure;

export type LoadResult = { ok: true; workbook: XlsxWorkbook } | { ok: false; reason: LoadFailure; message: Text };

const MESSAGES: Record<LoadFailure, FileMessageKey> = {
  empty: "file.empty",
  notXlsx: "file.notXlsx",
  xls: "file.xls",
  xlsb: "file.xlsb",
  encrypted: "file.encrypted",
  corrupt: "file.corrupt",
  csv: "file.csv",
  tooLarge: "file.tooLarge",
};

export function loadFailure(reason: LoadFailure): { ok: false; reason: LoadFailure; message: Text } {
  return { ok: false, reason, message: msg(MESSAGES[reason]) };
}

/**
 * Open an .xlsx from its bytes. Bad input is classified by its bytes (empty,
 * old .xls, password-protected, CSV/text, other), by its container (damaged,
 * or parts larger than the limits) or by its content (no workbook part, XML
 * that is not well-formed); the result carries a catalog message, never an
 * exception or a stack trace. Only the workbook part and its relationships
 * are read here; sheets, strings and styles when first needed.
 */
export function loadWorkbook(data: ArrayBuffer | Uint8Array, opts: GridOptions & { limits?: ZipLimits } = {}): LoadResult {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = sniffBytes(bytes);
  if (kind === "empty" || kind === "xls" || kind === "encrypted" || kind === "csv") return loadFailure(kind);
  if (kind === "other") return loadFailure("notXlsx");
  try {
    const book = PackageBook.open(bytes, opts.limits);
    // A sheet whose relationship is missing (or external) is damaged, as a sheet whose part is missing: never left out unsaid.
    if (book.sheets().some((s) => s.path === null)) return loadFailure("corrupt");
    // Strings and styles are read now, so that a damaged or oversized one is told here, not half way through a command.
    book.sharedStrings();
    book.styles();
    return { ok: true, workbook: new XlsxWorkbook(book, opts) };
  } catch (e) {
    return loadFailure(failureOf(e));
  }
}

