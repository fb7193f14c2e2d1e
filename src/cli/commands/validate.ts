import type { Lang } from "../../core/i18n";
import { t } from "../messages";
import { flagString } from "../args";
import { prepareCommand } from "../command";
import { EXIT, exitCodeOf, worseExit, type FileResult } from "../check";
import { expandPaths } from "../files";
import type { CliIO } from "../io";
import { useColor } from "../io";
import { fileJson, fileText, summaryOf, summaryTable, type FileSummary } from "../report";
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
  const { checkFiles, resolveJobs } = await import("../pool");
  const { workers, lowered, cores } = resolveJobs(Number.isFinite(jobs) ? jobs : 0, files.length);
  if (lowered !== null) io.err(t("cli.jobsLowered", lang, { asked: lowered, cores }) + "\n");
  const json = args.flags.has("json");
  const color = useColor(io, "out") && !args.flags.has("no-color");
  // Each file is written as soon as it and the ones before it are checked; only its summary row
  // stays (the closing table), and with --json nothing: memory does not grow with the files.
  const summaries: FileSummary[] = [];
  let worst: number = EXIT.ready;
  await checkFiles(files, {
    workers,
    lang,
    onResult: (r, i) => {
      worst = worseExit(worst, exitCodeOf(r));
      if (json) io.out(jsonPiece(r, i, files.length, lang));
      else {
        io.out(fileText(r, lang, color));
        if (files.length > 1) summaries.push(summaryOf(r));
      }
      if (!r.ok && (json || files.length === 1)) io.err(`${r.file}: ${r.reason[lang]}\n`);
      progress(io, lang, i + 1, files.length);
    },
  });
  if (summaries.length > 1) io.out("\n" + summaryTable(summaries, lang));
  return worst;
}

/**
 * The --json document written file by file: one file that could be checked is its document
 * ({"tables", "findings"}); otherwise {"files": [{"file", ...document or "error"}, ...]}, the
 * opening with the first file and the closing with the last.
 */
function jsonPiece(r: FileResult, index: number, total: number, lang: Lang): string {
  if (total === 1 && r.ok) return JSON.stringify(fileJson(r, lang)) + "\n";
  const doc = r.ok ? { file: r.file, ...fileJson(r, lang) } : { file: r.file, error: r.reason[lang] };
  return (index === 0 ? '{"files":[' : ",") + JSON.stringify(doc) + (index === total - 1 ? "]}\n" : "");
}
