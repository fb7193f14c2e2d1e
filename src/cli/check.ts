import * as fs from "fs";
import type { Finding } from "../core/finding";
import type { Lang, Text } from "../core/i18n";
import { msg } from "./messages";
import { noPlanReason, summarizeTable, type TableSummary } from "../core/analyze";
import { validateWorkbook } from "../app/validate";
import { countBySeverity, verdict } from "../app/findingView";
import { openWorkbookFile } from "./open";
import { errorText } from "./errorText";

export type FileResult =
  | { file: string; ok: true; tables: TableSummary[]; findings: Finding[] }
  | { file: string; ok: false; reason: Text };

/**
 * The largest file checked, in bytes: a Rencana Aksi workbook is a few megabytes; a file over
 * this is told "cannot be used" before it is read (the package's own limits bound what it inflates).
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Check one workbook file: read, recognize, validate, for a report in `lang` (see openWorkbookFile). Never throws. */
export async function checkFile(file: string, { lang = "en", maxBytes = MAX_FILE_BYTES }: { lang?: Lang; maxBytes?: number } = {}): Promise<FileResult> {
  try {
    const size = fileSize(file);
    if (size !== null && size > maxBytes) {
      return { file, ok: false, reason: msg("cli.fileTooLarge", { mb: megabytes(size), max: megabytes(maxBytes) }) };
    }
    const opened = await openWorkbookFile(file, lang);
    if (!opened.ok) return { file, ok: false, reason: opened.reason };
    const { analysis, findings } = await validateWorkbook(opened.workbook);
    const noPlan = noPlanReason(analysis);
    if (noPlan) return { file, ok: false, reason: noPlan };
    return { file, ok: true, tables: analysis.plans.map(summarizeTable), findings };
  } catch (e) {
    // A sheet part read only now (damaged, over the limits) is the adapter's own message, as fill and decree give it.
    return { file, ok: false, reason: errorText(e) };
  }
}

/** The size of a regular file; null when it is not one or cannot be read (the read tells why). */
function fileSize(file: string): number | null {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? st.size : null;
  } catch {
    return null;
  }
}

function megabytes(bytes: number): string {
  return String(Math.ceil(bytes / 1024 / 1024));
}

/** The counts the CLI's messages name (errors, warnings, infos). */
export function countSeverities(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  const n = countBySeverity(findings);
  return { errors: n.error, warnings: n.warning, infos: n.info };
}

/**
 * The exit codes of `renaksi validate` (README "The command line"): 0 no error, 1 errors found,
 * 2 a file cannot be used, 3 nothing to check (every table is empty: no indicator yet).
 */
export const EXIT = { ready: 0, errors: 1, unusable: 2, empty: 3 } as const;

/** The exit code of one checked file. */
export function exitCodeOf(r: FileResult): number {
  if (!r.ok) return EXIT.unusable;
  const said = verdict(r.findings, r.tables.map((t) => t.counts));
  return said === "notReady" ? EXIT.errors : said === "empty" ? EXIT.empty : EXIT.ready;
}

/** From best to worst: a batch exits with its worst file's code (an empty plan is better than errors, not ready). */
const EXIT_RANK: readonly number[] = [EXIT.ready, EXIT.empty, EXIT.errors, EXIT.unusable];

/** The worse of two exit codes. */
export function worseExit(a: number, b: number): number {
  return EXIT_RANK.indexOf(b) > EXIT_RANK.indexOf(a) ? b : a;
}

/** Check files one after another in this thread, each result given as soon as it is known (see pool.ts checkFiles). */
export async function checkEach(files: readonly string[], onResult: (result: FileResult, index: number) => void, lang: Lang = "en"): Promise<void> {
  for (let i = 0; i < files.length; i++) onResult(await checkFile(files[i], { lang }), i);
}

/** Check files one after another in this thread; every result at the end (small batches, scripts). */
export async function checkSequential(files: readonly string[], onDone: (done: number) => void): Promise<FileResult[]> {
  const out: FileResult[] = [];
  await checkEach(files, (r) => {
    out.push(r);
    onDone(out.length);
  });
  return out;
}
