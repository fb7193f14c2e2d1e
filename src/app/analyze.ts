import type { Workbook } from "../core/port";
import type { Grid } from "../core/grid";
import { analyzeGrids, type Analysis } from "../core/analyze";

export interface WorkbookAnalysis extends Analysis {
  grids: Grid[];
}

/** Read every visible sheet (one batched read) and recognize the plan tables in them. */
export async function analyzeWorkbook(wb: Workbook): Promise<WorkbookAnalysis> {
  const { grids } = await wb.readGrids();
  return { ...analyzeGrids(grids), grids };
}
