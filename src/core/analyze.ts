import { GridView, colToLetters, rangeToA1, type Grid } from "./grid";
import type { Finding } from "./finding";
import { msg } from "./i18n";
import { recognize } from "./layout/recognize";
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

/** Recognize and parse every sheet; sheets without a table are skipped. */
export function analyzeGrids(grids: readonly Grid[]): Analysis {
  const plans: Plan[] = [];
  for (const grid of grids) {
    const view = new GridView(grid);
    const r = recognize(grid, view);
    if (r.ok) plans.push(parsePlan(grid, r.recognition, view));
  }
  const findings: Finding[] = [];
  if (plans.length === 0) {
    const first = grids[0];
    findings.push({
      rule: "layout.notFound",
      severity: "error",
      sheet: first?.sheet ?? "",
      range: { top: 0, left: 0, bottom: 0, right: 0 },
      message: msg("layout.noTableInWorkbook"),
    });
  }
  return { plans, findings };
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
