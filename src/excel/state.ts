import { STATE_SHEET, STATE_TEXT_FORMAT, decodeStateValue, encodeStateRow, readStateRow, type StateRow } from "../core/state/format";
import { OPERATION_OVERHEAD_BYTES, jsonBytes, type SyncBatcher } from "./budget";
import { errorCode } from "./errors";
import type { SideLoad } from "./readBlocks";

/**
 * Named state kept inside the workbook, on a very hidden worksheet; the layout
 * of its cells is src/core/state/format.ts, the same for every adapter. This
 * file only moves those cells through Office.js.
 *
 * Why a sheet and not Office.context.document.settings: undo records of a
 * large fill run to megabytes (settings are meant for small values and their
 * size limit is undocumented); settings live in the add-in's web-extension part,
 * which ExcelJS (the CLI and preview adapter) does not keep, while a sheet
 * survives every tool and is read the same way by both adapters; and a sheet
 * is saved with the workbook like any cell, with no separate saveAsync.
 */
export { STATE_SHEET };
/** Cells written or read per operation (at most about 2 MB of JSON). */
const CELLS_PER_OP = 50;
/** Characters of one value cell at most: a piece and its "~" (an older layout's pieces: 32,000). */
const CELL_CHARS = 32_001;
/** JSON escaping (quotes of a JSON value) makes a cell up to this much larger in transit. */
const ESCAPE_FACTOR = 1.5;

export interface StateIndex {
  /** key -> row (0-based), what its first cells say, and how many cells it may use from A. */
  rows: Map<string, { row: number; head: StateRow; width: number }>;
  /** Rows free for new keys, in order, then everything from nextRow down. */
  free: number[];
  nextRow: number;
}

/** One sync: the key column of the state sheet, or null when the sheet does not exist. */
export async function readStateIndex(context: Excel.RequestContext): Promise<StateIndex | null> {
  const index = queueStateIndex(context);
  const error = await context.sync().then(
    () => undefined,
    (e: unknown) => e ?? new Error("sync failed"),
  );
  if (error !== undefined) {
    if (errorCode(error) === "ItemNotFound") return null;
    throw error;
  }
  return index();
}

/** Queue the read of the key column of the state sheet (which must exist); the index is ready after the sync. */
export function queueStateIndex(context: Excel.RequestContext): () => StateIndex {
  const ws = context.workbook.worksheets.getItem(STATE_SHEET);
  const used = ws.getUsedRange(true);
  used.load("columnIndex,columnCount");
  const keys = ws.getRange("A:B").getIntersection(used);
  keys.load("values,rowIndex");
  return () => indexOf(keys, used);
}

/** The index from the key column and the used range, once synced. */
function indexOf(keys: Excel.Range, used: Excel.Range): StateIndex {
  const index: StateIndex = { rows: new Map(), free: [], nextRow: 0 };
  const usedWidth = used.columnIndex + used.columnCount; // columns from A to the used range's right edge
  const values = keys.values;
  for (let i = 0; i < values.length; i++) {
    const row = keys.rowIndex + i;
    const head = readStateRow(values[i][0], values[i][1]);
    if (!head) index.free.push(row);
    else index.rows.set(head.key, { row, head, width: Math.max(2, head.count === undefined ? usedWidth : head.first + head.count) });
  }
  index.free.push(...range(0, keys.rowIndex)); // rows above the used range are empty too
  index.free.sort((a, b) => a - b);
  index.nextRow = keys.rowIndex + values.length;
  return index;
}

/**
 * The loads of one key's value cells, at most CELLS_PER_OP cells (about 2 MB)
 * each, to be queued in any sync(s); `value` gives the key's value once they
 * are all synced (null when absent or unreadable).
 */
export function stateLoads(context: Excel.RequestContext, index: StateIndex | null, key: string): { loads: SideLoad[]; value: () => string | null } {
  const entry = index?.rows.get(key);
  if (!entry) return { loads: [], value: () => null };
  const ws = context.workbook.worksheets.getItem(STATE_SHEET);
  const { head } = entry;
  const cells = entry.width - head.first;
  const parts: Excel.Range[] = [];
  const loads: SideLoad[] = [];
  for (let first = 0, i = 0; first < cells; first += CELLS_PER_OP, i++) {
    const n = Math.min(CELLS_PER_OP, cells - first);
    loads.push({
      bytes: n * CELL_CHARS * ESCAPE_FACTOR + OPERATION_OVERHEAD_BYTES,
      queue: () => {
        parts[i] = ws.getRangeByIndexes(entry.row, head.first + first, 1, n);
        parts[i].load("values");
      },
    });
  }
  return { loads, value: () => decodeStateValue(head, parts.flatMap((p) => p.values[0])) };
}

/** Queue the loads of one key's value cells through a batcher; the returned function gives the value after its flush. */
export async function queueStateLoad(
  context: Excel.RequestContext,
  index: StateIndex | null,
  key: string,
  batcher: SyncBatcher,
): Promise<() => string | null> {
  const { loads, value } = stateLoads(context, index, key);
  for (const load of loads) {
    await batcher.reserve(load.bytes);
    load.queue();
  }
  return value;
}

/**
 * Queue the write (or, for null, the removal) of one key. Creates the very
 * hidden sheet when `index` is null. Returns the index as it will be after
 * the flush (still null when nothing was written to a missing sheet), so
 * several keys can be queued before one flush.
 */
export async function queueStateSave(
  context: Excel.RequestContext,
  index: StateIndex | null,
  key: string,
  value: string | null,
  batcher: SyncBatcher,
): Promise<StateIndex | null> {
  const idx: StateIndex = index ?? { rows: new Map(), free: [], nextRow: 0 };
  const old = idx.rows.get(key);
  if (value === null && !old) return index;
  let ws: Excel.Worksheet;
  if (index === null) {
    await batcher.reserve(OPERATION_OVERHEAD_BYTES);
    ws = context.workbook.worksheets.add(STATE_SHEET);
    ws.visibility = "VeryHidden";
  } else ws = context.workbook.worksheets.getItem(STATE_SHEET);

  if (old) {
    await batcher.reserve(OPERATION_OVERHEAD_BYTES);
    ws.getRangeByIndexes(old.row, 0, 1, old.width).clear("Contents");
  }
  if (value === null) {
    idx.rows.delete(key);
    if (old) idx.free.push(old.row);
    idx.free.sort((a, b) => a - b);
    return idx;
  }
  const row = old?.row ?? idx.free.shift() ?? idx.nextRow++;
  const [, count, ...chunks] = encodeStateRow(key, value);
  await batcher.reserve(OPERATION_OVERHEAD_BYTES + key.length * 2);
  const head = ws.getRangeByIndexes(row, 0, 1, 2);
  head.numberFormat = [[STATE_TEXT_FORMAT, STATE_TEXT_FORMAT]];
  head.values = [[key, count]];
  for (let first = 0; first < chunks.length; first += CELLS_PER_OP) {
    const part = chunks.slice(first, first + CELLS_PER_OP);
    await batcher.reserve(jsonBytes(part) + OPERATION_OVERHEAD_BYTES);
    const cells = ws.getRangeByIndexes(row, 2 + first, 1, part.length);
    cells.numberFormat = [part.map(() => STATE_TEXT_FORMAT)];
    cells.values = [part];
  }
  const headRow = readStateRow(key, count);
  if (headRow) idx.rows.set(key, { row, head: headRow, width: 2 + chunks.length });
  return idx;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
