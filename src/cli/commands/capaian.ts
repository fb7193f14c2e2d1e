import type { Lang } from "../../core/i18n";
import { BAND_KEYS, FORMULA_NAMES, type LowerFormula, type QuarterReport, type Tally } from "../../core/monitoring";
import { rangeToA1 } from "../../core/grid";
import type { Finding } from "../../core/finding";
import { groupByRule } from "../../app/findingView";
import { addQuarterReport, checkEvaluationTables, prepareMonitoring, readQuarter } from "../../app/monitoring";
import type { EvaluationCheck } from "../../core/monitoring";
import { t } from "../messages";
import { flagString } from "../args";
import { fail, prepareCommand } from "../command";
import { findingJson, groupLines } from "../findingLines";
import { openWorkbookFile } from "../open";
import { writeOutput } from "../output";
import type { CommandContext } from "./types";

const SPEC = { values: ["output", "quarter", "lang"], booleans: ["json", "force", "help"], aliases: { o: "output", h: "help", q: "quarter" } };
const noPaint = (_k: string, s: string): string => s;

function tallyLine(tl: Tally, name: string, lang: Lang): string {
  return t("cli.capaian.tally", lang, { name, count: tl.indicators, achieved: tl.achieved, partly: tl.partly, not: tl.not, none: tl.noData });
}

function textReport(report: QuarterReport, findings: readonly Finding[], lang: Lang): string {
  const lines = [t("cli.capaian.heading", lang, { quarter: report.quarter, count: report.indicators.length })];
  for (const s of report.sasaran) lines.push(tallyLine(s, s.name ?? t("monitoring.report.noSasaran", lang), lang));
  lines.push(tallyLine(report.office_, t("monitoring.report.office", lang), lang));
  if (findings.length) {
    lines.push(t("cli.capaian.findings", lang, { count: findings.length }));
    groupLines(groupByRule(findings), (f) => rangeToA1(f.range), lang, noPaint, "  ", lines);
  }
  return lines.join("\n") + "\n";
}

function evaluationText(checks: readonly EvaluationCheck[], lang: Lang): string {
  const lines: string[] = [];
  for (const c of checks) {
    lines.push(t("cli.capaian.evaluation", lang, { sheet: c.sheet, rows: c.rows, wrong: c.findings.length }));
    groupLines(groupByRule(c.findings), (f) => rangeToA1(f.range), lang, noPaint, "  ", lines);
  }
  return lines.join("\n") + "\n";
}

function evaluationJson(checks: readonly EvaluationCheck[], lang: Lang): string {
  return JSON.stringify({ evaluations: checks.map((c) => ({ sheet: c.sheet, rows: c.rows, findings: c.findings.map((f) => findingJson(f, lang)) })) }, null, 2) + "\n";
}

const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e6) / 1e6);

function jsonReport(report: QuarterReport, findings: readonly Finding[], sheet: string | null, lang: Lang): string {
  const doc = {
    quarter: report.quarter,
    year: report.year,
    office: report.office,
    monitoringSheet: sheet,
    indicators: report.indicators.map((i) => ({
      sasaran: i.sasaran,
      indicator: i.indicator,
      annualTarget: i.targetText,
      target: i.figures.target,
      realisasi: i.figures.realisasi,
      capaian: round(i.figures.capaian),
      capaianToDate: round(i.figures.capaianToDate),
      band: i.figures.band,
      bandName: t(BAND_KEYS[i.figures.band ?? "none"], lang),
      direction: i.direction,
      counting: i.counting,
      formula: i.direction === null ? null : i.formula === null ? "R/T" : FORMULA_NAMES[i.formula as LowerFormula] ?? null,
    })),
    summary: { sasaran: report.sasaran, office: report.office_ },
    findings: findings.map((f) => findingJson(f, lang)),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

/**
 * renaksi capaian PLAN.xlsx [--quarter N] [--json] [-o OUT.xlsx] [--force] [--lang id|en]
 * Reads the monitoring sheet of the plan (with -o made when the workbook has none: OUT then holds it,
 * for the realisasi to be typed; without -o nothing is made, a plan without one has no realisasi yet), reports quarter N (default: the last quarter ended) per indicator and
 * per Sasaran, and with -o writes PLAN + the monitoring sheet + the report sheet "Capaian TW N".
 * Never modifies PLAN. Exit 0 done; 1 a realisasi cannot be read; 2 unusable input.
 */
export async function runCapaian(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { io, lang } = ctx;
  const setup = { command: "capaian", spec: SPEC, usage: "cli.capaian.usage", input: { missing: "cli.capaian.noInput" }, output: false } as const;
  const prepared = prepareCommand(argv, setup, ctx);
  if (!prepared.ok) return prepared.code;
  const { args, input, out } = prepared;
  if (out === "-") return fail(io, t("cli.outputDash", lang));
  const q = flagString(args, "quarter");
  const quarter = q === undefined ? null : Number(q);
  if (quarter !== null && !(Number.isInteger(quarter) && quarter >= 1 && quarter <= 4)) return fail(io, t("cli.capaian.badQuarter", lang, { value: q ?? "" }));

  const opened = await openWorkbookFile(input, lang);
  if (!opened.ok) return fail(io, `${input}: ${opened.reason[lang]}`);
  const wb = opened.workbook;
  // Only a file written (-o) gets the monitoring sheet; without -o the report reads the sheet the
  // workbook has, or none (no realisasi yet), and changes nothing: a protected structure is no matter.
  const prepare = out ? await prepareMonitoring(wb) : null;
  const result = await readQuarter(wb, quarter);
  if (!result.report) {
    // No plan to monitor: an evaluation table of the office's own is monitoring data, its capaian recomputed.
    const evaluations = await checkEvaluationTables(wb);
    if (!evaluations.length) return fail(io, `${input}: ${result.problem?.[lang] ?? ""}`);
    io.out(args.flags.has("json") ? evaluationJson(evaluations, lang) : evaluationText(evaluations, lang));
    return 0;
  }
  let reportSheet: string | null = null;
  if (out) {
    reportSheet = await addQuarterReport(wb, result.report);
    const code = await writeOutput(wb, out, { force: args.flags.has("force"), inputPath: input }, io, lang);
    if (code !== 0) return code;
  }
  if (args.flags.has("json")) io.out(jsonReport(result.report, result.findings, result.sheet, lang));
  else {
    if (prepare?.created || prepare?.updated) io.out(prepare.message[lang] + "\n");
    else if (result.sheet === null) io.out(t("cli.capaian.noSheet", lang) + "\n");
    io.out(textReport(result.report, result.findings, lang));
    if (reportSheet) io.out(t("cli.capaian.written", lang, { path: out, sheet: reportSheet, monitoring: result.sheet ?? "" }) + "\n");
  }
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}
