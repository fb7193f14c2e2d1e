import type { Workbook } from "../core/port";
import type { Grid } from "../core/grid";
import { analyzeGrids, type Analysis } from "../core/analyze";

export interface WorkbookAnalysis extends Analysis {
  grids: Grid[];
}

/** Read every visible sheet and recognize the plan tables in them. */
export async function analyzeWorkbook(wb: Workbook): Promise<WorkbookAnalysis> {
  const names = await wb.sheets();
  const grids: Grid[] = [];
  for (const name of names) grids.push(await wb.readGrid(name));
  return { ...analyzeGrids(grids), grids };
}
