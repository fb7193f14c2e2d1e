import type { CellValue, Grid, RangeRef } from "../core/grid";
import { parseAreas } from "./address";
import { OPERATION_OVERHEAD_BYTES, READ_BYTES_PER_CELL, jsonBytes, planRowBlocks } from "./budget";
import { fromExcelValue } from "./cellValue";
import { isPayloadTooLarge } from "./errors";
import { queueFormulaCells } from "./formulas";
import { joinMergePieces, planMergeTiles } from "./merges";
import { hiddenOf, type Probe } from "./probe";

export interface ReadOptions {
  /** Bytes one sync may carry (see budget.ts). */
  syncBudget: number;
  /** Starting estimate of response bytes per cell. */
  bytesPerCell?: number;
}

/** A sheet to read, with its probe. */
export interface SheetToRead {
  sheet: string;
  probe: Probe;
}

/**
 * A load made alongside the cell blocks (a state record's chunks): `bytes` is
 * its largest response; `queue` queues it (again, when a batch is retried).
 */
export interface SideLoad {
  bytes: number;
  queue: () => void;
}

/** A batch that came back too large is read again with a four times larger estimate, at most this often. */
const MAX_RETRIES = 4;
/** Margin over the bytes per cell measured in the batches already read. */
const MEASURED_MARGIN = 1.5;

interface Job {
  ws: Excel.Worksheet;
  region: RangeRef;
  cols: number;
  rows: number;
  next: number;
  blocks: Excel.Range[];
  tiles: Excel.RangeAreas[];
  /** The region's formula cells, once the first batch is read (see formulas.ts). */
  formulas: () => RangeRef[] | undefined;
}

/**
 * Read the used ranges of several sheets, and the side loads, in batches of
 * row blocks (values, text, numberFormat, valueTypes), one sync per batch,
 * each batch under the sync budget. The first batch also carries every
 * sheet's merged-area tiles: getMergedAreasOrNullObject fails above 512
 * areas, and a tile of at most 500 cells cannot hold more (see merges.ts);
 * and each sheet's formula cells (one address, see formulas.ts). Should a
 * host fail that lookup, the first batch is read again without it (the grids
 * then count every cell as a formula cell, so no fill writes over them).
 * So when everything fits the budget (desktop: 64 MB) this is ONE sync for
 * any number of sheets and rows; on Excel on the web (4 MB) one per ~4 MB.
 * The first batch is sized with the estimate, later ones with the bytes per
 * cell measured so far (times a margin). A batch Excel rejects as too large
 * is read again with a four times larger estimate, which then stays the
 * floor: reads change nothing, so repeating one is safe.
 */
export async function readSheets(
  context: Excel.RequestContext,
  sheets: readonly SheetToRead[],
  opts: ReadOptions,
  side: readonly SideLoad[] = [],
): Promise<Grid[]> {
  const budget = opts.syncBudget;
  const jobs = new Map<string, Job>();
  for (const s of sheets) {
    const region = s.probe.used;
    if (!region || jobs.has(s.sheet)) continue;
    const rows = region.bottom - region.top + 1;
    const cols = region.right - region.left + 1;
    jobs.set(s.sheet, { ws: context.workbook.worksheets.getItem(s.sheet), region, rows, cols, next: 0, blocks: [], tiles: [], formulas: () => undefined });
  }
  const list = [...jobs.values()];

  let bytesPerCell = opts.bytesPerCell ?? READ_BYTES_PER_CELL;
  let floor = 8;
  let retries = 0;
  let first = true;
  let withFormulas = true;
  let sideNext = 0;
  let measuredCells = 0;
  let measuredBytes = 0;
  while (list.some((j) => j.next < j.rows) || sideNext < side.length) {
    let used = first ? queueTiles(list, withFormulas) : 0;
    let s = sideNext;
    while (s < side.length && (s === sideNext || used + side[s].bytes <= budget)) {
      side[s].queue();
      used += side[s].bytes + OPERATION_OVERHEAD_BYTES;
      s++;
    }
    const batch: { job: Job; range: Excel.Range; end: number }[] = [];
    let progress = s > sideNext;
    for (const job of list) {
      let row = job.next;
      while (row < job.rows) {
        const room = Math.floor((budget - used) / (job.cols * bytesPerCell));
        const count = Math.min(planRowBlocks(job.rows - row, job.cols, { bytesPerCell })[0].count, job.rows - row, Math.max(room, progress ? 0 : 1));
        if (count <= 0) break;
        const range = job.ws.getRangeByIndexes(job.region.top + row, job.region.left, count, job.cols);
        range.load(["values", "text", "numberFormat", "valueTypes"]);
        row += count;
        batch.push({ job, range, end: row });
        used += count * job.cols * bytesPerCell + OPERATION_OVERHEAD_BYTES;
        progress = true;
      }
      if (row < job.rows) break; // the batch is full: later sheets wait for the next one
    }
    // One sync per batch by design: each batch is one request/response under Excel on the web's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    const error = await context.sync().then(
      () => undefined,
      (e: unknown) => e ?? new Error("sync failed"),
    );
    if (error !== undefined) {
      if (first && withFormulas && !isPayloadTooLarge(error)) {
        withFormulas = false;
        continue;
      }
      if (!isPayloadTooLarge(error) || ++retries > MAX_RETRIES) throw error;
      bytesPerCell *= 4;
      floor = bytesPerCell;
      continue;
    }
    first = false;
    sideNext = s;
    for (const { job, range, end } of batch) {
      job.blocks.push(range);
      job.next = end;
      measuredCells += range.values.length * job.cols;
      measuredBytes += blockBytes(range);
    }
    bytesPerCell = Math.max(floor, (measuredBytes / Math.max(measuredCells, 1)) * MEASURED_MARGIN);
  }
  return sheets.map((s) => {
    const job = jobs.get(s.sheet);
    return job ? assemble(s.sheet, job, s.probe) : { sheet: s.sheet, origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [], ...hiddenOf(s.probe) };
  });
}

/** Queue every sheet's merged-area tiles, and its formula cells; returns their request bytes. */
function queueTiles(jobs: readonly Job[], withFormulas: boolean): number {
  let n = 0;
  for (const job of jobs) {
    // Without the lookup nothing says which cells are free of formulas: the whole region counts
    // as holding them (as for an address Excel cut short), so a fill writes nothing over it.
    job.formulas = withFormulas ? queueFormulaCells(job.ws, job.region) : () => [{ ...job.region }];
    if (withFormulas) n++;
    job.tiles = planMergeTiles(job.region).map((t) => {
      const areas = job.ws.getRangeByIndexes(t.top, t.left, t.bottom - t.top + 1, t.right - t.left + 1).getMergedAreasOrNullObject();
      areas.load("address");
      return areas;
    });
    n += job.tiles.length;
  }
  return n * OPERATION_OVERHEAD_BYTES;
}

function blockBytes(r: Excel.Range): number {
  return jsonBytes(r.values) + jsonBytes(r.text) + jsonBytes(r.numberFormat) + jsonBytes(r.valueTypes);
}

function assemble(sheet: string, job: Job, probe: Probe): Grid {
  const { region, cols } = job;
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  for (const range of job.blocks) {
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
  const merges = joinMergePieces(job.tiles.flatMap((t) => (t.isNullObject ? [] : parseAreas(t.address) ?? [])));
  const formulaCells = job.formulas();
  return {
    sheet,
    origin: { row: region.top, col: region.left },
    values,
    text,
    formats,
    merges: merges.filter((m) => m.bottom >= region.top && m.top <= region.bottom && m.right >= region.left && m.left <= region.right),
    ...hiddenOf(probe),
    ...(formulaCells ? { formulaCells } : {}),
  };
}
