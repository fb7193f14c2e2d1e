import { GridView, colToLetters, rangeToA1, type Grid } from "./grid";
import type { Finding } from "./finding";
import { msg, type Text } from "./i18n";
import { recognize } from "./layout/recognize";
import { NOT_PLAN_ORDER } from "./layout/notPlan";
import { parsePlan } from "./plan/parse";
import { countPlan } from "./plan/counts";
import type { Plan, PlanCounts } from "./plan/types";
import type { Genre } from "./layout/types";

export interface TableSummary {
  sheet: string;
  range: string;
  headerRows: number;
  columns: Record<string, string>;
  /** nomenklatur, pk or campuran (layout/genre.ts). */
  genre: Genre;
  year: number | null;
  office: string | null;
  counts: PlanCounts;
}

export interface Analysis {
  plans: Plan[];
  /** Findings about the workbook as a whole (no table anywhere). */
  findings: Finding[];
}

/**
 * Recognize and parse every sheet; sheets without a table are skipped. With no plan anywhere, one
 * error says so: that a sheet holds a realisation table, a budget list or a PK instead, when one does;
 * else that no sheet read holds a table, naming the `hidden` sheets, which are never read (a hidden
 * sheet can be neither shown, marked nor selected, and what an office hides it has put away).
 */
export function analyzeGrids(grids: readonly Grid[], hidden: readonly string[] = []): Analysis {
  const plans: Plan[] = [];
  let lookAlike: Finding | null = null;
  let lookAlikeRank = NOT_PLAN_ORDER.length;
  for (const grid of grids) {
    const view = new GridView(grid);
    const r = recognize(grid, view);
    if (r.ok) plans.push(parsePlan(view, r.recognition));
    else if (r.notPlan && NOT_PLAN_ORDER.indexOf(r.notPlan) < lookAlikeRank) {
      lookAlike = r.finding;
      lookAlikeRank = NOT_PLAN_ORDER.indexOf(r.notPlan);
    }
  }
  const findings: Finding[] = [];
  if (plans.length === 0 && lookAlike) findings.push({ ...lookAlike, severity: "error" });
  else if (plans.length === 0) {
    const first = grids[0];
    findings.push({
      rule: "layout.notFound",
      severity: "error",
      sheet: first?.sheet ?? "",
      range: { top: 0, left: 0, bottom: 0, right: 0 },
      message: hidden.length === 0
        ? msg("layout.noTableInWorkbook")
        : msg("layout.noTableVisible", { count: hidden.length, sheets: hidden.map((s) => `"${s}"`).join(", ") }),
    });
  }
  return { plans, findings };
}

/**
 * Why the workbook gives nothing to work on: null when it holds a plan table, else the
 * message every surface shows (the one place "no plan table" is decided). With a sheet,
 * the question is about that sheet alone (a fill scoped to the selection); else the
 * workbook's own finding says it (a look-alike named when a sheet holds one).
 */
export function noPlanReason(analysis: { plans: readonly Plan[]; findings?: readonly Finding[] }, sheet?: string): Text | null {
  if (analysis.plans.length > 0) return null;
  if (sheet !== undefined) return msg("layout.notFound", { sheet });
  return analysis.findings?.[0]?.message ?? msg("layout.noTableInWorkbook");
}

/** The table as the CLI's JSON and the task pane show it. */
export function summarizeTable(plan: Plan): TableSummary {
  const rec = plan.recognition;
  const columns: Record<string, string> = {};
  for (const [role, col] of Object.entries(rec.columns)) if (col !== undefined) columns[role] = colToLetters(col);
  return {
    sheet: rec.sheet,
    range: rangeToA1(rec.range),
    headerRows: rec.headerRows,
    columns,
    genre: rec.genre,
    year: rec.year,
    office: rec.office,
    counts: countPlan(plan),
  };
}
