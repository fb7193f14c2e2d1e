import type { CellValue, Grid, RangeRef } from "../core/grid";
import { parseAreas } from "./address";
import { OPERATION_OVERHEAD_BYTES, READ_BYTES_PER_CELL, jsonBytes, planRowBlocks } from "./budget";
import { isPayloadTooLarge } from "./errors";
import { fromExcelValue } from "./cellValue";
import { joinMergePieces, planMergeTiles } from "./merges";

export interface ReadOptions {
  /** Bytes one sync may carry (see budget.ts). */
  syncBudget: number;
  /** Starting estimate of response bytes per cell. */
  bytesPerCell?: number;
}

interface Probe {
  used: RangeRef | null;
  hidden?: { rows: number[]; cols: number[] };
}

/**
 * Read a worksheet's used range (values only) as a Grid, in two syncs on
 * desktop whatever the size:
 * 1. probe: the used range's position and size, and the sheet's visible cells
 *    (one RangeAreas address, from which hidden rows and columns follow);
 * 2. data: the used range in row blocks (values, text, numberFormat,
 *    valueTypes) and its merged areas, read in tiles of at most 500 cells:
 *    getMergedAreasOrNullObject fails above 512 areas, and a tile cannot hold
 *    more areas than cells, so no call can fail (see merges.ts).
 * On Excel on the web the data is split into batches under the 5 MB limit:
 * one more sync per batch (see readData).
 */
export async function readSheetGrid(context: Excel.RequestContext, sheet: string, opts: ReadOptions): Promise<Grid> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const probe = await probeSheet(context, ws);
  if (!probe.used) return { sheet, origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [], ...hiddenOf(probe) };
  return readData(context, ws, sheet, probe, opts.syncBudget, opts.bytesPerCell ?? READ_BYTES_PER_CELL);
}

function hiddenOf(probe: Probe): Pick<Grid, "hiddenRows" | "hiddenCols"> {
  return probe.hidden ? { hiddenRows: probe.hidden.rows, hiddenCols: probe.hidden.cols } : {};
}

async function probeSheet(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<Probe> {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const visible = ws.getRange().getSpecialCellsOrNullObject("Visible");
  visible.load("address,areaCount");
  const failed = await context.sync().then(
    () => false,
    () => true,
  );
  if (failed) {
    // Visible cells could not be listed: hidden rows and columns stay unknown.
    const plain = ws.getUsedRangeOrNullObject(true);
    plain.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    return { used: usedRef(plain) };
  }
  const region = usedRef(used);
  const probe: Probe = { used: region };
  if (region && !visible.isNullObject) {
    // An address that is cut short (fewer areas than areaCount) tells nothing.
    const areas = parseAreas(visible.address);
    if (areas && areas.length === visible.areaCount) probe.hidden = hiddenWithin(region, areas);
  }
  return probe;
}

function usedRef(r: Excel.Range): RangeRef | null {
  if (r.isNullObject || r.rowCount === 0 || r.columnCount === 0) return null;
  return { top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 };
}

/** Rows (columns) of the region covered by no visible area are hidden. */
export function hiddenWithin(region: RangeRef, visible: readonly RangeRef[]): { rows: number[]; cols: number[] } {
  const span = (lo: number, hi: number, pick: (a: RangeRef) => [number, number]): number[] => {
    const seen = new Uint8Array(hi - lo + 1);
    for (const a of visible) {
      const [from, to] = pick(a);
      for (let i = Math.max(from, lo); i <= Math.min(to, hi); i++) seen[i - lo] = 1;
    }
    const hidden: number[] = [];
    seen.forEach((v, i) => {
      if (!v) hidden.push(lo + i);
    });
    return hidden;
  };
  return {
    rows: span(region.top, region.bottom, (a) => [a.top, a.bottom]),
    cols: span(region.left, region.right, (a) => [a.left, a.right]),
  };
}

/** A batch that came back too large is read again with a four times larger estimate, at most this often. */
const MAX_RETRIES = 4;
/** Margin over the bytes per cell measured in the batches already read. */
const MEASURED_MARGIN = 1.5;

/**
 * Read the region in batches of row blocks, one sync each. The first batch is
 * sized with the estimate; each later one with the bytes per cell measured so
 * far (times a margin). A batch that Excel rejects as too large is read again
 * with a four times larger estimate, which then stays the floor for the rest:
 * reads change nothing, so repeating one is safe.
 */
async function readData(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheet: string,
  probe: Probe,
  budget: number,
  estimate: number,
): Promise<Grid> {
  const region = probe.used as RangeRef;
  const rows = region.bottom - region.top + 1;
  const cols = region.right - region.left + 1;

  let tiles: Excel.RangeAreas[] = [];
  const queueTiles = (): number => {
    tiles = planMergeTiles(region).map((t) => {
      const areas = ws.getRangeByIndexes(t.top, t.left, t.bottom - t.top + 1, t.right - t.left + 1).getMergedAreasOrNullObject();
      areas.load("address");
      return areas;
    });
    return tiles.length * OPERATION_OVERHEAD_BYTES;
  };

  const blocks: Excel.Range[] = [];
  let bytesPerCell = estimate;
  let floor = 8;
  let retries = 0;
  let next = 0;
  let first = true;
  let measuredCells = 0;
  let measuredBytes = 0;
  while (next < rows) {
    let used = first ? queueTiles() : 0;
    const batch: Excel.Range[] = [];
    let row = next;
    while (row < rows) {
      const room = Math.floor((budget - used) / (cols * bytesPerCell));
      const count = Math.min(planRowBlocks(rows - row, cols, { bytesPerCell })[0].count, rows - row, Math.max(room, batch.length ? 0 : 1));
      if (count <= 0) break;
      const range = ws.getRangeByIndexes(region.top + row, region.left, count, cols);
      range.load(["values", "text", "numberFormat", "valueTypes"]);
      batch.push(range);
      used += count * cols * bytesPerCell + OPERATION_OVERHEAD_BYTES;
      row += count;
    }
    // One sync per batch by design: each batch is one request/response under Excel on the web's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    const error = await context.sync().then(
      () => undefined,
      (e: unknown) => e ?? new Error("sync failed"),
    );
    if (error !== undefined) {
      if (!isPayloadTooLarge(error) || ++retries > MAX_RETRIES) throw error;
      bytesPerCell *= 4;
      floor = bytesPerCell;
      continue;
    }
    first = false;
    blocks.push(...batch);
    next = row;
    for (const range of batch) {
      measuredCells += range.values.length * cols;
      measuredBytes += blockBytes(range);
    }
    bytesPerCell = Math.max(floor, (measuredBytes / Math.max(measuredCells, 1)) * MEASURED_MARGIN);
  }
  return assemble(sheet, region, blocks, probe, tiles);
}

function blockBytes(r: Excel.Range): number {
  return jsonBytes(r.values) + jsonBytes(r.text) + jsonBytes(r.numberFormat) + jsonBytes(r.valueTypes);
}

function assemble(sheet: string, region: RangeRef, blocks: Excel.Range[], probe: Probe, tiles: Excel.RangeAreas[]): Grid {
  const cols = region.right - region.left + 1;
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  for (const range of blocks) {
    const v = range.values;
    const tx = range.text;
    const nf = range.numberFormat;
    const vt = range.valueTypes;
    for (let r = 0; r < v.length; r++) {
      const vr: CellValue[] = new Array(cols);
      const tr: string[] = new Array(cols);
      const fr: string[] = new Array(cols);
      for (let c = 0; c < cols; c++) {
        const t = tx[r]?.[c];
        tr[c] = t === undefined || t === null ? "" : String(t);
        vr[c] = fromExcelValue(v[r][c], String(vt[r]?.[c] ?? ""), tr[c]);
        const f = nf[r]?.[c];
        fr[c] = typeof f === "string" && f !== "" ? f : "General";
      }
      values.push(vr);
      text.push(tr);
      formats.push(fr);
    }
  }
  const merges = joinMergePieces(tiles.flatMap((t) => (t.isNullObject ? [] : parseAreas(t.address) ?? [])));
  return {
    sheet,
    origin: { row: region.top, col: region.left },
    values,
    text,
    formats,
    merges: merges.filter((m) => m.bottom >= region.top && m.top <= region.bottom && m.right >= region.left && m.left <= region.right),
    ...hiddenOf(probe),
  };
}
