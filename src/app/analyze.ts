import type { Workbook } from "../core/port";
import type { Grid } from "../core/grid";
import { analyzeGrids, type Analysis } from "../core/analyze";
import { MONITORING_KEY, withoutMonitoring } from "../core/monitoring/record";

export interface WorkbookAnalysis extends Analysis {
  grids: Grid[];
}

/**
 * Read every visible sheet (one batched read) and recognize the plan tables in them; the add-in's
 * monitoring sheets (the state names them) mirror a plan and are left out of the analysis. Hidden
 * sheets are not read: with no table on a visible one, the finding names them (analyzeGrids).
 */
export async function analyzeWorkbook(wb: Workbook): Promise<WorkbookAnalysis> {
  const { grids, state, hidden } = await wb.readGrids({ state: [MONITORING_KEY] });
  return { ...analyzeGrids(withoutMonitoring(grids, state[MONITORING_KEY] ?? null), hidden), grids };
}
