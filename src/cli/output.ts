import type { Lang } from "../core/i18n";
import { PackageBook } from "../xlsx/book";
import { blankWorkbookBytes } from "../xlsx/blank";
import { writeWorkbookFileAtomic } from "../xlsx/node-io";
import { XlsxWorkbook } from "../xlsx/workbook";
import { useCodec } from "../xlsx/zip";
import { ZLIB_CODEC } from "../xlsx/nodeCodec";
import type { CliIO } from "./io";

useCodec(ZLIB_CODEC); // as open.ts: the CLI writes with Node's zlib

/** Save a workbook to OUT atomically (refusing to replace without force or to write the input). 0 on success, 2 otherwise. */
export async function writeOutput(
  workbook: XlsxWorkbook,
  out: string,
  opts: { force: boolean; inputPath?: string },
  io: CliIO,
  lang: Lang,
): Promise<number> {
  const written = await writeWorkbookFileAtomic(out, workbook.save(), { force: opts.force, inputPath: opts.inputPath });
  if (!written.ok) {
    io.err(written.message[lang] + "\n");
    return 2;
  }
  return 0;
}

/** A new, empty workbook (no sheet until one is added). */
export function newWorkbook(): XlsxWorkbook {
  return new XlsxWorkbook(PackageBook.open(blankWorkbookBytes()));
}
