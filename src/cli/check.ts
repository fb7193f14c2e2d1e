import type { Finding } from "../core/finding";
import type { Text } from "../core/i18n";
import { msg } from "../core/i18n";
import { summarizeTable, type TableSummary } from "../core/analyze";
import { validateAnalysis } from "../core/rules";
import { analyzeWorkbook } from "../app/analyze";
import { openWorkbookFile } from "./open";

export type FileResult =
  | { file: string; ok: true; tables: TableSummary[]; findings: Finding[] }
  | { file: string; ok: false; reason: Text };

/** Check one workbook file: read, recognize, validate. Never throws. */
export async function checkFile(file: string): Promise<FileResult> {
  try {
    const opened = await openWorkbookFile(file);
    if (!opened.ok) return { file, ok: false, reason: opened.reason };
    const analysis = await analyzeWorkbook(opened.workbook);
    if (analysis.plans.length === 0) return { file, ok: false, reason: analysis.findings[0]?.message ?? msg("layout.noTableInWorkbook") };
    return { file, ok: true, tables: analysis.plans.map(summarizeTable), findings: validateAnalysis(analysis) };
  } catch (e) {
    return { file, ok: false, reason: msg("cli.unexpected", { detail: e instanceof Error ? e.message : String(e) }) };
  }
}

export function countSeverities(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** 0 no error, 1 errors, 2 unusable. */
export function exitCodeOf(r: FileResult): number {
  if (!r.ok) return 2;
  return countSeverities(r.findings).errors > 0 ? 1 : 0;
}
