import { t } from "../../core/i18n";
import type { Paper } from "../../core/sheetspec";
import { XlsxWorkbook } from "../../xlsx/workbook";
import { defaultTemplateYear, insertTemplate } from "../../app/template";
import { flagString } from "../args";
import { fail, prepareCommand } from "../command";
import { newBook, writeOutput } from "../output";
import type { CommandContext } from "./types";

const SPEC = { values: ["output", "year", "office", "paper", "lang"], booleans: ["prefill", "force", "help"], aliases: { o: "output", h: "help" } };

/** renaksi template -o OUT.xlsx [--year N] [--office "..."] [--paper a4|f4] [--prefill] [--force] */
export async function runTemplate(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { io, lang } = ctx;
  const prepared = prepareCommand(argv, { command: "template", spec: SPEC, usage: "cli.template.usage", input: "none", output: true }, ctx);
  if (!prepared.ok) return prepared.code;
  const { args, out } = prepared;
  const yearText = flagString(args, "year");
  const year = yearText === undefined ? defaultTemplateYear() : Number(yearText);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return fail(io, t("cli.badYear", lang, { value: yearText ?? "" }));
  const paper = (flagString(args, "paper") ?? "a4").toLowerCase();
  if (paper !== "a4" && paper !== "f4") return fail(io, t("cli.badPaper", lang, { value: paper }));
  const book = newBook();
  const sheet = await insertTemplate(new XlsxWorkbook(book), {
    year, office: flagString(args, "office"), paper: paper as Paper, prefill: args.flags.has("prefill"),
  });
  const code = await writeOutput(book, out, { force: args.flags.has("force") }, io, lang);
  if (code === 0) io.out(t("cli.template.written", lang, { path: out, sheet }) + "\n");
  return code;
}
