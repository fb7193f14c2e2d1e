import type { Grid } from "../core/grid";
import { queueProbe, type Probe } from "./probe";
import { readSheets, type ReadOptions } from "./readBlocks";

/**
 * Read one worksheet's used range (values only) as a Grid, in two syncs on
 * desktop whatever the size:
 * 1. probe: the used range's position and size, and the sheet's visible cells
 *    (see probe.ts);
 * 2. data: the used range in row blocks and its merged areas in tiles (see
 *    readBlocks.ts); on Excel on the web one more sync per ~4 MB of cells.
 */
export async function readSheetGrid(context: Excel.RequestContext, sheet: string, opts: ReadOptions): Promise<Grid> {
  const probe = await probeSheet(context, context.workbook.worksheets.getItem(sheet));
  const [grid] = await readSheets(context, [{ sheet, probe }], opts);
  return grid;
}

async function probeSheet(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<Probe> {
  const probe = queueProbe(ws, true);
  const failed = await context.sync().then(
    () => false,
    () => true,
  );
  if (!failed) return probe();
  // Visible cells could not be listed: hidden rows and columns stay unknown.
  const plain = queueProbe(ws, false);
  await context.sync();
  return plain();
}
