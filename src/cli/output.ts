import type * as ExcelJS from "exceljs";
import type { Lang } from "../core/i18n";
import { Workbook } from "../xlsx/exceljs";
import { saveWorkbook } from "../xlsx/load";
import { writeWorkbookFileAtomic } from "../xlsx/node-io";
import type { CliIO } from "./io";

/** Save a workbook to OUT atomically (refusing to replace without force or to write the input). 0 on success, 2 otherwise. */
export async function writeOutput(
  book: ExcelJS.Workbook,
  out: string,
  opts: { force: boolean; inputPath?: string },
  io: CliIO,
  lang: Lang,
): Promise<number> {
  const bytes = await saveWorkbook(book);
  const written = await writeWorkbookFileAtomic(out, bytes, { force: opts.force, inputPath: opts.inputPath });
  if (!written.ok) {
    io.err(written.message[lang] + "\n");
    return 2;
  }
  return 0;
}

export function newBook(): ExcelJS.Workbook {
  const book = new Workbook();
  book.creator = "Renaksi";
  return book;
}
