import type { Lang } from "../../core/i18n";
import { t } from "../messages";
import { flagString } from "../args";
import { prepareCommand } from "../command";
import { exitCodeOf, type FileResult } from "../check";
import { expandPaths } from "../files";
import type { CliIO } from "../io";
import { useColor } from "../io";
import { fileJson, fileText, summaryTable } from "../report";
import type { CommandContext } from "./types";

const SPEC = { values: ["lang", "jobs"], booleans: ["json", "help", "no-color"], aliases: { h: "help", j: "jobs" } };

function progress(io: CliIO, lang: Lang, done: number, total: number): void {
  if (!io.errIsTTY || total < 2) return;
  const width = 24;
  const filled = Math.round((done / total) * width);
  const bar = "#".repeat(filled) + "-".repeat(width - filled);
  io.err(`\r[${bar}] ${t("cli.progress", lang, { done: String(done), total: String(total) })}${done === total ? "\n" : ""}`);
}

/** renaksi validate FILE.xlsx|FOLDER ... [--json] [--lang id|en] */
export async function runValidate(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { io, lang } = ctx;
  const prepared = prepareCommand(argv, { command: "validate", spec: SPEC, usage: "cli.validate.usage", input: "many", output: false }, ctx);
  if (!prepared.ok) return prepared.code;
  const { args } = prepared;
  const { files, emptyFolders } = expandPaths(args.positionals);
  for (const f of emptyFolders) io.err(t("cli.emptyFolder", lang, { path: f }) + "\n");
  if (files.length === 0) {
    if (emptyFolders.length === 0) io.err(t("cli.noFiles", lang) + "\n");
    return 2;
  }
  const jobs = Number(flagString(args, "jobs") ?? "0");
  // The pool (worker threads) loads with the first validation, never with the other commands.
  const { checkFiles } = await import("../pool");
  const results: FileResult[] = await checkFiles(files, Number.isFinite(jobs) ? jobs : 0, (done) =>
    progress(io, lang, done, files.length),
  );
  const json = args.flags.has("json");
  if (json) {
    const docs = results.map((r) => (r.ok ? fileJson(r, lang) : { file: r.file, error: r.reason[lang] }));
    io.out(JSON.stringify(results.length === 1 && results[0].ok ? docs[0] : { files: results.map((r, i) => ({ file: r.file, ...docs[i] })) }) + "\n");
  } else {
    const color = useColor(io, "out") && !args.flags.has("no-color");
    for (const r of results) io.out(fileText(r, lang, color));
    if (results.length > 1) io.out("\n" + summaryTable(results, lang));
  }
  for (const r of results) if (!r.ok && (json || results.length === 1)) io.err(`${r.file}: ${r.reason[lang]}\n`);
  return Math.max(...results.map(exitCodeOf));
}

