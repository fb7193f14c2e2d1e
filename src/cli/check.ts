import type { Finding } from "../core/finding";
import type { Text } from "../core/i18n";
import { msg } from "./messages";
import { noPlanReason, summarizeTable, type TableSummary } from "../core/analyze";
import { validateWorkbook } from "../app/validate";
import { countBySeverity, readyToAdopt } from "../app/findingView";
import { openWorkbookFile } from "./open";

export type FileResult =
  | { file: string; ok: true; tables: TableSummary[]; findings: Finding[] }
  | { file: string; ok: false; reason: Text };

/** Check one workbook file: read, recognize, validate. Never throws. */
export async function checkFile(file: string): Promise<FileResult> {
  try {
    const opened = await openWorkbookFile(file);
    if (!opened.ok) return { file, ok: false, reason: opened.reason };
    const { analysis, findings } = await validateWorkbook(opened.workbook);
    const noPlan = noPlanReason(analysis);
    if (noPlan) return { file, ok: false, reason: noPlan };
    return { file, ok: true, tables: analysis.plans.map(summarizeTable), findings };
  } catch (e) {
    return { file, ok: false, reason: msg("cli.unexpected", { detail: e instanceof Error ? e.message : String(e) }) };
  }
}

/** The counts the CLI's messages name (errors, warnings, infos). */
export function countSeverities(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  const n = countBySeverity(findings);
  return { errors: n.error, warnings: n.warning, infos: n.info };
}

/** 0 no error, 1 errors, 2 unusable. */
export function exitCodeOf(r: FileResult): number {
  if (!r.ok) return 2;
  return readyToAdopt(r.findings) ? 0 : 1;
}

/** Check files one after another in this thread (one file, one job, or no compiled worker: see pool.ts checkFiles). */
export async function checkSequential(files: readonly string[], onDone: (done: number) => void): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const f of files) {
    out.push(await checkFile(f));
    onDone(out.length);
  }
  return out;
}
