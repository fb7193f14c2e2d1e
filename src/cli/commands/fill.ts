import { parseColumns, parseStrategy, conventionName, groupName, type FillOptions, type FillPlan } from "../../core/fill";
import type { Lang } from "../../core/i18n";
import { t } from "../messages";
import { previewFill } from "../../app/fill";
import { flagString } from "../args";
import { fail, prepareCommand } from "../command";
import type { CliIO } from "../io";
import { openWorkbookFile } from "../open";
import { writeOutput } from "../output";
import type { CommandContext } from "./types";

const SPEC = {
  values: ["output", "strategy", "columns", "lang"],
  booleans: ["overwrite", "force", "help"],
  aliases: { o: "output", h: "help" },
};
const ROMAN = ["I", "II", "III", "IV"];
/** Skipped rows listed one by one; the rest are counted. */
const SKIP_LINES = 10;

/** What was filled, per sheet and column, the rows left as they are, and the total. */
function report(plan: FillPlan, opts: FillOptions, out: string, io: CliIO, lang: Lang): void {
  const lines: string[] = [];
  for (const sheet of [...new Set(plan.preview.conventions.map((c) => c.sheet))]) {
    lines.push(t("cli.fill.sheet", lang, { sheet }));
    for (const c of plan.preview.conventions.filter((x) => x.sheet === sheet))
      if (opts.columns === "both" || opts.columns === c.group)
        lines.push(t("cli.fill.convention", lang, { group: groupName(c.group), convention: conventionName(c.convention) }));
    for (const c of plan.preview.columns.filter((x) => x.sheet === sheet))
      lines.push(t("cli.fill.column", lang, { column: c.column, group: groupName(c.group), quarter: ROMAN[c.quarter - 1], count: c.cells }));
  }
  if (plan.preview.levelRows > 0) lines.push(t("fill.levelRows", lang, { count: plan.preview.levelRows }));
  const skipped = plan.preview.skipped;
  if (skipped.length > 0) {
    // one entry per row (see FillSkip): the count is the number of lines that follow, with "... and N more"
    lines.push(t("cli.fill.skipped", lang, { count: skipped.length }));
    for (const s of skipped.slice(0, SKIP_LINES)) lines.push(`  ${s.sheet}: ${s.message[lang]}`);
    if (skipped.length > SKIP_LINES) lines.push(t("cli.fill.more", lang, { count: skipped.length - SKIP_LINES }));
  }
  if (!opts.overwrite && plan.preview.overwriteCount > 0) lines.push(t("cli.fill.overwriteHint", lang, { count: plan.preview.overwriteCount }));
  if (plan.preview.formulasKept > 0) lines.push(t("fill.formulasKept", lang, { count: plan.preview.formulasKept }));
  lines.push(t("cli.fill.total", lang, { count: plan.preview.cells, rows: plan.preview.rows, path: out }));
  io.out(lines.join("\n") + "\n");
}

/**
 * renaksi fill IN.xlsx -o OUT.xlsx [--strategy auto|even|months[:N]|weights:a,b,c,d|copy]
 *   [--columns kinerja|pelaksanaan|both] [--overwrite] [--force] [--lang id|en]
 * Never modifies IN; refuses to replace OUT without --force; OUT holds IN with the
 * filled cells and nothing else (no undo record: IN is the way back). Exit 2 on unusable input.
 */
export async function runFill(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { io, lang } = ctx;
  const setup = { command: "fill", spec: SPEC, usage: "cli.fill.usage", input: { missing: "cli.fill.noInput" }, output: true } as const;
  const prepared = prepareCommand(argv, setup, ctx);
  if (!prepared.ok) return prepared.code;
  const { args, input, out } = prepared;
  const strategy = parseStrategy(flagString(args, "strategy") ?? "auto");
  if (!strategy.ok) return fail(io, strategy.problem[lang]);
  const columns = parseColumns(flagString(args, "columns") ?? "both");
  if (!columns.ok) return fail(io, columns.problem[lang]);

  const opened = await openWorkbookFile(input, lang);
  if (!opened.ok) return fail(io, `${input}: ${opened.reason[lang]}`);
  const options: FillOptions = { strategy: strategy.value, columns: columns.value, overwrite: args.flags.has("overwrite") };
  const plan = await previewFill(opened.workbook, options);
  if (plan.problem) return fail(io, `${input}: ${plan.problem[lang]}`);
  await opened.workbook.applyEdits(plan.edits);
  const code = await writeOutput(opened.workbook, out, { force: args.flags.has("force"), inputPath: input }, io, lang);
  if (code === 0) report(plan, options, out, io, lang);
  return code;
}
