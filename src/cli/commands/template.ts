import { t } from "../../core/i18n";
import type { Paper } from "../../core/sheetspec";
import { XlsxWorkbook } from "../../xlsx/workbook";
import { defaultTemplateYear, insertTemplate } from "../../app/template";
import { flagString, parseArgs } from "../args";
import { newBook, writeOutput } from "../output";
import type { CommandContext } from "./types";

const SPEC = { values: ["output", "year", "office", "paper", "lang"], booleans: ["prefill", "force", "help"], aliases: { o: "output", h: "help" } };

/** renaksi template -o OUT.xlsx [--year N] [--office "..."] [--paper a4|f4] [--prefill] [--force] */
export async function runTemplate(argv: readonly string[], { io, lang }: CommandContext): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if ("error" in args) {
    io.err(t("cli.missingValue", lang, { name: args.error }) + "\n");
    return 2;
  }
  if (args.flags.has("help")) {
    io.out(t("cli.template.usage", lang) + "\n");
    return 0;
  }
  const bad = args.unknown[0] ?? args.positionals[0];
  if (bad !== undefined) {
    io.err(t("cli.unknownOption", lang, { name: bad, command: "template" }) + "\n");
    return 2;
  }
  const out = flagString(args, "output");
  if (!out) {
    io.err(t("cli.missingOutput", lang) + "\n");
    return 2;
  }
  const yearText = flagString(args, "year");
  const year = yearText === undefined ? defaultTemplateYear() : Number(yearText);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    io.err(t("cli.badYear", lang, { value: yearText ?? "" }) + "\n");
    return 2;
  }
  const paper = (flagString(args, "paper") ?? "a4").toLowerCase();
  if (paper !== "a4" && paper !== "f4") {
    io.err(t("cli.badPaper", lang, { value: paper }) + "\n");
    return 2;
  }
  const book = newBook();
  const sheet = await insertTemplate(new XlsxWorkbook(book), {
    year, office: flagString(args, "office"), paper: paper as Paper, prefill: args.flags.has("prefill"),
  });
  const code = await writeOutput(book, out, { force: args.flags.has("force") }, io, lang);
  if (code === 0) io.out(t("cli.template.written", lang, { path: out, sheet }) + "\n");
  return code;
}
