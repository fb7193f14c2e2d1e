import { analyzeGrids } from "../core/analyze";
import { GridView, type Grid } from "../core/grid";
import { msg, type Text } from "../core/i18n";
import type { Finding } from "../core/finding";
import {
  checkEvaluations, DEFAULT_LOWER_FORMULA, type EvaluationCheck, DEFAULT_THRESHOLDS, MONITORING_KEY, monitorColumns, monitoringRecords, monitoringSheet, monitorRows,
  quarterReport, quartersEnded, readMonitoring, realisasiFindings, reportSheet, rowKey, withoutMonitoring, type MonitoringRecord, type QuarterReport,
} from "../core/monitoring";
import { typedValues } from "../core/monitoring/read";
import { FIRST_ROW } from "../core/monitoring/layout";
import type { Plan } from "../core/plan/types";
import type { Workbook } from "../core/port";

/**
 * Monitoring through the year, once for every surface: prepare the monitoring sheet of the plan
 * ("Siapkan Pemantauan"), read what was typed in it for a quarter (figures, checks), and add the
 * quarter's report sheet.
 */
export interface PrepareResult {
  /** The monitoring sheet (made now, or found from before). */
  sheet: string | null;
  /** True when it was made by this call. */
  created: boolean;
  /** True when the add-in's own sheet was given the plan's new indicators by this call (what was typed carried over). */
  updated?: boolean;
  message: Text;
}

/** The first plan with quarter columns and at least one indicator (the one monitoring mirrors). */
function monitoredPlan(plans: readonly Plan[]): Plan | null {
  return plans.find((p) => monitorRows(p).length > 0) ?? null;
}

function recordFor(records: readonly MonitoringRecord[], plan: Plan, sheets: readonly string[]): MonitoringRecord | null {
  const open = new Set(sheets.map((s) => s.toLowerCase()));
  return records.find((r) => r.plan.toLowerCase() === plan.sheet.toLowerCase() && open.has(r.sheet.toLowerCase())) ?? null;
}

/**
 * Add the monitoring sheet of the workbook's plan, once: a plan that has one (the state says so
 * and the sheet is still there) keeps it and everything typed in it.
 */
export async function prepareMonitoring(wb: Workbook): Promise<PrepareResult> {
  const { grids, state } = await wb.readGrids({ state: [MONITORING_KEY] });
  const plan = monitoredPlan(analyzeGrids(withoutMonitoring(grids, state[MONITORING_KEY] ?? null)).plans);
  if (!plan) return { sheet: null, created: false, message: msg("monitoring.noPlan") };
  const records = monitoringRecords(state[MONITORING_KEY] ?? null);
  const known = recordFor(records, plan, grids.map((g) => g.sheet));
  const rows = monitorRows(plan);
  const budget = plan.recognition.columns.anggaran !== undefined;
  const input = { planSheet: plan.sheet, year: plan.recognition.year, office: plan.recognition.office, rows, budget };
  const open = records.filter((r) => grids.some((g) => g.sheet.toLowerCase() === r.sheet.toLowerCase()));
  if (known) {
    // Made again only when the plan has indicators the sheet lacks, and none of its rows is gone from the plan
    // (their typed values would have nowhere to go): everything typed is carried over, settings too.
    const view = new GridView(grids.find((g) => g.sheet.toLowerCase() === known.sheet.toLowerCase())!);
    const cols = monitorColumns(budget);
    const { kept, keys } = typedValues(view, cols);
    const added = rows.filter((r) => !keys.has(rowKey(r))).length;
    const gone = keys.size - (rows.length - added);
    if (added === 0 || gone > 0) return { sheet: known.sheet, created: false, message: msg("monitoring.exists", { sheet: known.sheet }) };
    const read = readMonitoring(view, [], cols, { formula: DEFAULT_LOWER_FORMULA, thresholds: DEFAULT_THRESHOLDS });
    const settings = { formula: read.formulaTyped, thresholds: read.thresholds };
    // The add-in's own sheet gets its new content in one step, in its name and place (nothing typed is lost if it fails).
    const sheet = known.sheet;
    await wb.replaceSheet(sheet, monitoringSheet({ ...input, kept, settings }));
    await wb.saveState(MONITORING_KEY, JSON.stringify(open.map((r) => (r === known ? { sheet, plan: plan.sheet } : r))));
    return { sheet, created: false, updated: true, message: msg("monitoring.updated", { sheet, count: added }) };
  }
  const sheet = await wb.addSheet(monitoringSheet(input), { activate: true });
  await wb.saveState(MONITORING_KEY, JSON.stringify([...open, { sheet, plan: plan.sheet }]));
  return { sheet, created: true, message: msg("monitoring.created", { sheet, count: rows.length }) };
}

export interface QuarterResult {
  report: QuarterReport | null;
  findings: Finding[];
  /** The monitoring sheet read, null when the workbook has none yet. */
  sheet: string | null;
  problem?: Text;
}

/**
 * The figures and checks of quarter n (1..4) from the monitoring sheet; `today` says which
 * quarters have ended when n is not given (the plan's year against today's date).
 */
export async function readQuarter(wb: Workbook, quarter: number | null, today: Date = new Date()): Promise<QuarterResult> {
  const { grids, state } = await wb.readGrids({ state: [MONITORING_KEY] });
  const json = state[MONITORING_KEY] ?? null;
  const plan = monitoredPlan(analyzeGrids(withoutMonitoring(grids, json)).plans);
  if (!plan) return { report: null, findings: [], sheet: null, problem: msg("monitoring.noPlan") };
  const record = recordFor(monitoringRecords(json), plan, grids.map((g) => g.sheet));
  const grid = record && grids.find((g) => g.sheet.toLowerCase() === record.sheet.toLowerCase());
  const rows = monitorRows(plan);
  const cols = monitorColumns(plan.recognition.columns.anggaran !== undefined);
  const defaults = { formula: DEFAULT_LOWER_FORMULA, thresholds: DEFAULT_THRESHOLDS };
  const empty: Grid = { sheet: "", origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [] };
  const data = readMonitoring(new GridView(grid ?? empty), rows, cols, defaults);
  const ended = quartersEnded(plan.recognition.year, today);
  const n = quarter ?? Math.max(1, ended);
  const report = quarterReport(data, n, { year: plan.recognition.year, office: plan.recognition.office });
  const findings = grid ? realisasiFindings(data, grid.sheet, cols, n, ended) : [];
  return { report, findings, sheet: grid ? grid.sheet : null };
}

export interface UndoMonitoringResult {
  /** The sheet removed, or null. */
  removed: string | null;
  /** Set when the sheet holds values typed in it: nothing removed, the surface asks before `force`. */
  confirm?: number;
  message: Text;
}

/**
 * Undo "Siapkan Pemantauan": remove the monitoring sheet made last and its state record, exactly
 * what the prepare added. A sheet holding typed realisasi or factors is removed only with `force`
 * (the result says how many cells would go).
 */
export async function undoMonitoring(wb: Workbook, opts: { force?: boolean } = {}): Promise<UndoMonitoringResult> {
  const { grids, state } = await wb.readGrids({ state: [MONITORING_KEY] });
  const json = state[MONITORING_KEY] ?? null;
  const records = monitoringRecords(json);
  const open = new Map(grids.map((g) => [g.sheet.toLowerCase(), g]));
  const record = [...records].reverse().find((r) => open.has(r.sheet.toLowerCase()));
  if (!record) return { removed: null, message: msg("monitoring.undo.nothing") };
  if (!wb.removeSheet) return { removed: null, message: msg("monitoring.undo.unsupported") };
  const plan = analyzeGrids(withoutMonitoring(grids, json)).plans.find((p) => p.sheet.toLowerCase() === record.plan.toLowerCase());
  const typed = typedCells(open.get(record.sheet.toLowerCase())!, plan?.recognition.columns.anggaran !== undefined);
  if (typed > 0 && !opts.force) return { removed: null, confirm: typed, message: msg("monitoring.undo.confirm", { sheet: record.sheet, count: typed }) };
  await wb.removeSheet(record.sheet);
  const rest = records.filter((r) => r !== record);
  await wb.saveState(MONITORING_KEY, rest.length ? JSON.stringify(rest) : null);
  return { removed: record.sheet, message: msg("monitoring.undo.done", { sheet: record.sheet }) };
}

/** Cells of a monitoring sheet a person typed in: realisasi, factors, follow-up, budget realised. */
function typedCells(grid: Grid, budget: boolean): number {
  const cols = monitorColumns(budget);
  const view = new GridView(grid);
  const input = [...cols.realisasi, cols.pendorong, cols.penghambat, cols.tindakLanjut, ...(budget ? [cols.realisasiAnggaran] : [])];
  let n = 0;
  for (let r = FIRST_ROW; r < view.top + view.rows; r++) for (const c of input) if (!view.isEmpty(r, c)) n++;
  return n;
}

/** The office's own evaluation tables in the workbook, their capaian recomputed (core/monitoring/evaluation.ts). */
export async function checkEvaluationTables(wb: Workbook): Promise<EvaluationCheck[]> {
  const { grids } = await wb.readGrids();
  return checkEvaluations(grids);
}

/** Add the printable report sheet of a quarter ("Capaian TW n", never replacing a sheet); its name. */
export async function addQuarterReport(wb: Workbook, report: QuarterReport): Promise<string> {
  return wb.addSheet(reportSheet(report), { activate: true });
}
