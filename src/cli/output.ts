import * as path from "path";
import type { Lang, Text } from "../core/i18n";
import { PackageBook } from "../xlsx/book";
import { blankWorkbookBytes } from "../xlsx/blank";
import { writeWorkbookFileAtomic } from "../xlsx/node-io";
import { XlsxWorkbook } from "../xlsx/workbook";
import { useCodec } from "../xlsx/zip";
import { ZLIB_CODEC } from "../xlsx/nodeCodec";
import type { CliIO } from "./io";
import { msg } from "./messages";

useCodec(ZLIB_CODEC); // as open.ts: the CLI writes with Node's zlib

/**
 * Save a workbook to OUT atomically (refusing, with nothing written, a name Excel would not open it
 * under, to replace without force, or to write the input). 0 on success, 2 otherwise.
 */
export async function writeOutput(
  workbook: XlsxWorkbook,
  out: string,
  opts: { force: boolean; inputPath?: string },
  io: CliIO,
  lang: Lang,
): Promise<number> {
  const misnamed = wrongExtension(workbook, out);
  if (misnamed) {
    io.err(misnamed[lang] + "\n");
    return 2;
  }
  const written = await writeWorkbookFileAtomic(out, workbook.save(), { force: opts.force, inputPath: opts.inputPath });
  if (!written.ok) {
    io.err(written.message[lang] + "\n");
    return 2;
  }
  return 0;
}

/** The extensions of Excel's packages: an output named with one must have the one of its content. */
const PACKAGE_EXTENSIONS = [".xlsx", ".xlsm", ".xltx", ".xltm"];

/**
 * Why OUT may not be written under its name: Excel refuses a macro-enabled package named .xlsx, and
 * a plain one named .xlsm ("the file format or file extension is not valid"); null when it may.
 */
function wrongExtension(workbook: XlsxWorkbook, out: string): Text | null {
  const wanted = workbook.book.extension();
  const ext = path.extname(out).toLowerCase();
  if (!wanted || ext === wanted || !PACKAGE_EXTENSIONS.includes(ext)) return null;
  const params = { path: out, ext, wanted, suggested: out.slice(0, out.length - ext.length) + wanted };
  return msg(wanted === ".xlsm" ? "cli.outputMacros" : "cli.outputExtension", params);
}

/** A new, empty workbook (no sheet until one is added). */
export function newWorkbook(): XlsxWorkbook {
  return new XlsxWorkbook(PackageBook.open(blankWorkbookBytes()));
}
