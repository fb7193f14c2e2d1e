import { t } from "../messages";
import { defaultTemplateYear, insertTemplate } from "../../app/template";
import { DEFAULT_PAPER, parsePaper, parsePlanYear } from "../../app/choices";
import { flagChoice, flagString } from "../args";
import { fail, prepareCommand } from "../command";
import { newWorkbook, writeOutput } from "../output";
import type { CommandContext } from "./types";

const SPEC = { values: ["output", "year", "office", "paper", "lang"], booleans: ["prefill", "force", "help"], aliases: { o: "output", h: "help" } };

/** renaksi template -o OUT.xlsx [--year N] [--office "..."] [--paper a4|f4] [--prefill] [--force] */
export async function runTemplate(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { io, lang } = ctx;
  const prepared = prepareCommand(argv, { command: "template", spec: SPEC, usage: "cli.template.usage", input: "none", output: true }, ctx);
  if (!prepared.ok) return prepared.code;
  const { args, out } = prepared;
  const year = flagChoice(args, "year", parsePlanYear, defaultTemplateYear());
  if (!year.ok) return fail(io, year.message[lang]);
  const paper = flagChoice(args, "paper", parsePaper, DEFAULT_PAPER);
  if (!paper.ok) return fail(io, paper.message[lang]);
  const workbook = newWorkbook();
  const sheet = await insertTemplate(workbook, {
    year: year.value, office: flagString(args, "office"), paper: paper.value, prefill: args.flags.has("prefill"),
  });
  const code = await writeOutput(workbook, out, { force: args.flags.has("force") }, io, lang);
  if (code === 0) io.out(t("cli.template.written", lang, { path: out, sheet }) + "\n");
  return code;
}
