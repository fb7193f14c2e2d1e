import { rangeToA1 } from "../core/grid";
import type { Finding } from "../core/finding";
import type { Lang } from "../core/i18n";
import { t } from "./messages";
import type { TableSummary } from "../core/analyze";
import { shownCounts } from "../core/plan/counts";
import { findingPlace, groupByRule, verdict } from "../app/findingView";
import { countSeverities, type FileResult } from "./check";
import { findingJson, groupLines, type JsonFinding } from "./findingLines";

export { findingJson, type JsonFinding } from "./findingLines";

/** The --json document of one file: {"tables": [...], "findings": [...]}. */
export function fileJson(r: FileResult & { ok: true }, lang: Lang): { tables: TableSummary[]; findings: JsonFinding[] } {
  return { tables: r.tables, findings: r.findings.map((f) => findingJson(f, lang)) };
}

const COLORS = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m", bold: "\x1b[1m", dim: "\x1b[2m", reset: "\x1b[0m" };

/**
 * Readable report of one file: tables, then findings by sheet, one entry per problem: a rule
 * saying the same thing on many cells of a sheet is printed once with its cells (findingLines.ts).
 */
export function fileText(r: FileResult, lang: Lang, color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string): string => (color ? COLORS[k] + s + COLORS.reset : s);
  const lines: string[] = [c("bold", r.file)];
  if (!r.ok) {
    lines.push(`  ${c("error", t("cli.severity.error", lang))}  ${r.reason[lang]}`);
    return lines.join("\n") + "\n";
  }
  const unknown = t("cli.unknownValue", lang);
  const bySheet = new Map<string, Finding[]>();
  for (const f of r.findings) {
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }
  const inCell = (f: Finding) => rangeToA1(f.range);
  for (const table of r.tables) {
    const counts = shownCounts(table.genre, table.counts).map((k) => t(`common.count.${k}`, lang, { n: table.counts[k] })).join(", ");
    const head = t("cli.table", lang, {
      range: table.range, genre: t(`common.genre.${table.genre}`, lang), counts,
      year: table.year === null ? unknown : String(table.year), office: table.office ?? unknown,
    });
    lines.push(`  ${c("bold", t("cli.sheet", lang, { sheet: table.sheet }))}: ${head}`);
    // A sheet's findings follow its first table (several tables on one sheet share them).
    const mine = bySheet.get(table.sheet);
    bySheet.delete(table.sheet);
    if (mine) groupLines(groupByRule(mine), inCell, lang, c, "    ", lines);
  }
  // Findings on sheets without a table name their sheet as a person reads it (Lampiran I, sel K12).
  const other = [...bySheet.values()].flat();
  const place = (f: Finding) => {
    const p = findingPlace(f);
    return t(p.single ? "cli.place" : "cli.placeRange", lang, { sheet: p.sheet, cell: p.cell });
  };
  if (other.length > 0) groupLines(groupByRule(other), place, lang, c, "  ", lines);
  const n = countSeverities(r.findings);
  // An empty plan (no indicator) has nothing to adopt: it is never said to be ready.
  const said = { notReady: "", empty: ` - ${t("cli.empty", lang)}`, ready: ` - ${t("cli.readyToAdopt", lang)}` };
  lines.push(`  ${t("cli.fileSummary", lang, n)}${said[verdict(r.findings, r.tables.map((x) => x.counts))]}`);
  return lines.join("\n") + "\n";
}

/** What the closing table keeps of a file (its findings are not kept: a batch of thousands stays small). */
export interface FileSummary {
  file: string;
  ok: boolean;
  tables: number;
  errors: number;
  warnings: number;
  /** Checked, no error, but no table holds an indicator: nothing to check yet. */
  empty: boolean;
}

export function summaryOf(r: FileResult): FileSummary {
  if (!r.ok) return { file: r.file, ok: false, tables: 0, errors: 0, warnings: 0, empty: false };
  const n = countSeverities(r.findings);
  const empty = verdict(r.findings, r.tables.map((x) => x.counts)) === "empty";
  return { file: r.file, ok: true, tables: r.tables.length, errors: n.errors, warnings: n.warnings, empty };
}

/** Closing table for several files: file, tables, errors, warnings (an empty plan says so under errors). */
export function summaryTable(results: readonly FileSummary[], lang: Lang): string {
  const rows = results.map((r) => {
    if (!r.ok) return [r.file, "-", t("cli.summaryUnusable", lang), "-"];
    return [r.file, String(r.tables), r.empty ? t("cli.summaryEmpty", lang) : String(r.errors), String(r.warnings)];
  });
  const header = t("cli.summaryHeader", lang).split("\t");
  const all = [header, ...rows];
  const widths = header.map((_, i) => all.reduce((w, row) => Math.max(w, row[i].length), 0));
  const fmt = (row: string[]): string => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  const empty = results.filter((r) => r.ok && r.empty).length;
  const clean = results.filter((r) => r.ok && !r.empty && r.errors === 0).length;
  const unusable = results.filter((r) => !r.ok).length;
  const withErrors = results.length - clean - empty - unusable;
  const totals = t("cli.totals", lang, { files: results.length, clean, empty, withErrors, unusable });
  return [fmt(header), fmt(widths.map((w) => "-".repeat(w))), ...rows.map(fmt), "", totals].join("\n") + "\n";
}
