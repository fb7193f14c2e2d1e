import { OPERATION_OVERHEAD_BYTES, jsonBytes, type SyncBatcher } from "./budget";
import { errorCode } from "./errors";
import type { SideLoad } from "./readBlocks";

/**
 * Named state kept inside the workbook, on a very hidden worksheet.
 *
 * Why a sheet and not Office.context.document.settings: undo records of a
 * large fill run to megabytes (settings are meant for small values and their
 * size limit is undocumented); settings live in the add-in's web-extension part,
 * which ExcelJS (the CLI and preview adapter) does not keep, while a sheet
 * survives every tool and is read the same way by both adapters; and a sheet
 * is saved with the workbook like any cell, with no separate saveAsync.
 * "VeryHidden" sheets are not listed in Excel's Unhide dialog, and sheets()
 * lists visible sheets only.
 *
 * Layout (shared with the xlsx adapter): sheet "_renaksi", state very hidden,
 * cells formatted as text ("@"). One row per key: A = key, B = number of
 * chunks, C... = the value in chunks of at most 30,000 characters, each
 * prefixed with "~" (so no chunk starts with "=", "'" or a digit). A deleted
 * key leaves an empty row that a later key reuses.
 */
export const STATE_SHEET = "_renaksi";
export const STATE_CHUNK_CHARS = 30_000;
const CHUNK_MARK = "~";
/** Chunks written or read per operation (at most about 2 MB of JSON). */
const CHUNKS_PER_OP = 50;
/** JSON escaping (quotes of a JSON value) makes a chunk up to this much larger in transit. */
const ESCAPE_FACTOR = 1.5;

export interface StateIndex {
  /** key -> row (0-based) and chunk count. */
  rows: Map<string, { row: number; chunks: number }>;
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
  const keys = ws.getRange("A:B").getIntersection(ws.getUsedRange(true));
  keys.load("values,rowIndex");
  return () => indexOf(keys);
}

/** The index from the key column, once synced. */
function indexOf(keys: Excel.Range): StateIndex {
  const index: StateIndex = { rows: new Map(), free: [], nextRow: 0 };
  const values = keys.values;
  for (let i = 0; i < values.length; i++) {
    const row = keys.rowIndex + i;
    const key = String(values[i][0] ?? "");
    const chunks = Number(values[i][1] ?? 0);
    if (key === "") index.free.push(row);
    else index.rows.set(key, { row, chunks: Number.isFinite(chunks) ? chunks : 0 });
  }
  index.free.push(...range(0, keys.rowIndex)); // rows above the used range are empty too
  index.free.sort((a, b) => a - b);
  index.nextRow = keys.rowIndex + values.length;
  return index;
}

/**
 * The loads of one key's chunks, at most CHUNKS_PER_OP chunks (about 2 MB) each,
 * to be queued in any sync(s); `value` gives the key's value once they are all synced.
 */
export function stateLoads(context: Excel.RequestContext, index: StateIndex | null, key: string): { loads: SideLoad[]; value: () => string | null } {
  const entry = index?.rows.get(key);
  if (!entry) return { loads: [], value: () => null };
  const ws = context.workbook.worksheets.getItem(STATE_SHEET);
  const parts: Excel.Range[] = [];
  const loads: SideLoad[] = [];
  for (let first = 0, i = 0; first < entry.chunks; first += CHUNKS_PER_OP, i++) {
    const n = Math.min(CHUNKS_PER_OP, entry.chunks - first);
    loads.push({
      bytes: n * STATE_CHUNK_CHARS * ESCAPE_FACTOR + OPERATION_OVERHEAD_BYTES,
      queue: () => {
        parts[i] = ws.getRangeByIndexes(entry.row, 2 + first, 1, n);
        parts[i].load("values");
      },
    });
  }
  return { loads, value: () => parts.flatMap((p) => p.values[0].map((v) => String(v ?? "").replace(/^~/, ""))).join("") };
}

/** Queue the loads of one key's chunks through a batcher; the returned function gives the value after its flush. */
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
    ws.getRangeByIndexes(old.row, 0, 1, 2 + Math.max(old.chunks, 1)).clear("Contents");
  }
  if (value === null) {
    idx.rows.delete(key);
    if (old) idx.free.push(old.row);
    idx.free.sort((a, b) => a - b);
    return idx;
  }
  const row = old?.row ?? idx.free.shift() ?? idx.nextRow++;
  const chunks: string[] = [];
  for (let i = 0; i < value.length; i += STATE_CHUNK_CHARS) chunks.push(CHUNK_MARK + value.slice(i, i + STATE_CHUNK_CHARS));
  await batcher.reserve(OPERATION_OVERHEAD_BYTES + key.length * 2);
  const head = ws.getRangeByIndexes(row, 0, 1, 2);
  head.numberFormat = [["@", "@"]];
  head.values = [[key, String(chunks.length)]];
  for (let first = 0; first < chunks.length; first += CHUNKS_PER_OP) {
    const part = chunks.slice(first, first + CHUNKS_PER_OP);
    await batcher.reserve(jsonBytes(part) + OPERATION_OVERHEAD_BYTES);
    const cells = ws.getRangeByIndexes(row, 2 + first, 1, part.length);
    cells.numberFormat = [part.map(() => "@")];
    cells.values = [part];
  }
  idx.rows.set(key, { row, chunks: chunks.length });
  return idx;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
