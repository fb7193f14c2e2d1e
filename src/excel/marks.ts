import type { Finding } from "../core/finding";
import { MARKS_KEY, decodeMarks, encodeMarks, type CellFill, type MarkedCell } from "../core/state/marks";
import { cellsToRead, missingSheet, planMarks, recordedMarks, wantedMarks, type CellAt } from "../core/state/markPlan";
import { decodeStateValue } from "../core/state/format";
import { OPERATION_OVERHEAD_BYTES, SyncBatcher } from "./budget";
import { WorkbookError } from "./errors";
import { queueFillReads, queueFillWrites, type CellPos } from "./fills";
import { STATE_SHEET, queueStateIndex, queueStateLoad, queueStateSave, readStateIndex, type StateIndex } from "./state";

export { MARK_COLORS, MARKS_KEY } from "../core/state/marks";

/** What an ExcelWorkbook knows of the state sheet before a mark: a guess, checked in the first sync. */
export interface MarksGuess {
  /** Whether the state sheet exists (undefined: not known). */
  state?: boolean;
  /** Where the marks record was (row and cells from A), as the state index last said. */
  record?: { row: number; width: number };
}

/** What a mark learned: the state index after it (null: no state sheet). */
export interface MarksOutcome {
  index: StateIndex | null;
}

type Fills = Map<string, Map<string, CellFill>>;

/**
 * mark(findings) over Office.js: what to paint, restore and record is
 * src/core/state/markPlan.ts (the same for every adapter, refusals too:
 * a damaged record or a finding on a sheet that is gone writes nothing); this
 * moves the fills and the record. An empty list clears every mark.
 *
 * Syncs, whatever the number of cells (more only past the payload budget):
 * 1. the sheet names, the state sheet's key column, the marks record where
 *    the guess puts it, and the current fills of every cell to paint;
 * 2. the current fills of the recorded cells not painted again (only when a
 *    record exists), with the record itself when the guess missed it (one
 *    sync more: a new ExcelWorkbook that has not read the state index);
 * 3. the writes: fills and the new record.
 * So a first mark is 2 syncs, a mark or clearMarks over earlier marks 3.
 * Without a guess (an ExcelWorkbook that has read nothing yet), or when the
 * first sync fails (a finding on a sheet that is gone, a state sheet guessed
 * wrong), the mark goes step by step in four syncs (fourStepMarks).
 */
export async function applyMarks(context: Excel.RequestContext, findings: readonly Finding[], budget: number, guess: MarksGuess = {}): Promise<MarksOutcome> {
  if (guess.state === undefined) return { index: await fourStepMarks(context, findings, budget) };
  const wanted = wantedMarks(findings);
  const sheets = context.workbook.worksheets;
  const first = new SyncBatcher(context, budget);
  await first.reserve(OPERATION_OVERHEAD_BYTES * 2);
  sheets.load("items/name");
  const readIndex = guess.state ? queueStateIndex(context) : undefined;
  const guessed = readIndex && guess.record ? queueRow(sheets.getItem(STATE_SHEET), guess.record) : undefined;
  const wantedCells = [...wanted.values()].map(({ s, r, c }) => ({ s, r, c }));
  const early = await queueFills(sheets, wantedCells, first);
  try {
    await first.flush();
  } catch {
    return { index: await fourStepMarks(context, findings, budget) };
  }

  const names = sheets.items.map((w) => w.name);
  const existing = new Set(names);
  const stateExists = names.some((n) => n.toLowerCase() === STATE_SHEET);
  // The state sheet exists but was guessed absent: its key column now (one sync more).
  const index = readIndex ? readIndex() : stateExists ? await readStateIndex(context) : null;
  const entry = index?.rows.get(MARKS_KEY);

  const batcher = new SyncBatcher(context, budget);
  let raw: () => string | null = () => null;
  if (entry && guessed && guess.record?.row === entry.row && entry.width <= guess.record.width) {
    const cells = guessed();
    raw = () => decodeStateValue(entry.head, cells.slice(entry.head.first, entry.width));
  } else if (entry) {
    raw = await queueStateLoad(context, index, MARKS_KEY, batcher);
    await batcher.flush();
  }
  const fills = early();
  const cells = recordOf(raw(), index);
  const missing = missingSheet(findings, (s) => existing.has(s));
  if (missing !== undefined) throw new WorkbookError("workbook.markSheetMissing", { sheet: missing }, "ItemNotFound");
  const recorded = recordedMarks(cells, (s) => existing.has(s));

  const rest = cellsToRead(recorded, wanted).filter(({ s, r, c }) => !fills.get(s)?.has(`${r}:${c}`));
  if (rest.length > 0) {
    const late = await queueFills(sheets, rest, batcher);
    await batcher.flush();
    for (const [s, m] of late()) {
      const into = fills.get(s) ?? new Map<string, CellFill>();
      m.forEach((f, k) => into.set(k, f));
      fills.set(s, into);
    }
  }
  return { index: await writeMarks(context, recorded, wanted, fills, index, batcher) };
}

/** Queue the load of one row's first cells; the function gives them after the sync. */
function queueRow(ws: Excel.Worksheet, at: { row: number; width: number }): () => unknown[] {
  const range = ws.getRangeByIndexes(at.row, 0, 1, at.width);
  range.load("values");
  return () => firstRow(range);
}

/** The first row of a range's values, once synced. */
function firstRow(range: Excel.Range): unknown[] {
  return range.values[0];
}

/** Queue the fill reads of cells on several sheets; the function gives them by sheet after the flush. */
async function queueFills(sheets: Excel.WorksheetCollection, cells: readonly CellAt[], batcher: SyncBatcher): Promise<() => Fills> {
  const reads = new Map<string, () => Map<string, CellFill>>();
  for (const [s, list] of group(cells.map(({ s, r, c }) => ({ s, row: r, col: c })))) reads.set(s, await queueFillReads(sheets.getItem(s), list, batcher));
  return () => {
    const out: Fills = new Map();
    for (const [s, read] of reads) out.set(s, read());
    return out;
  };
}

/** The recorded cells; a row under the key whose cells do not decode is a damaged record too, not "no marks". */
function recordOf(raw: string | null, index: StateIndex | null): MarkedCell[] {
  const cells = raw !== null ? decodeMarks(raw) : index?.rows.has(MARKS_KEY) ? null : [];
  if (cells === null) throw new WorkbookError("workbook.marksUnreadable");
  return cells;
}

/** The writes: restored and painted fills, then the new record. Returns the state index after them. */
async function writeMarks(
  context: Excel.RequestContext,
  recorded: ReturnType<typeof recordedMarks>,
  wanted: ReturnType<typeof wantedMarks>,
  fills: Fills,
  index: StateIndex | null,
  batcher: SyncBatcher,
): Promise<StateIndex | null> {
  const sheets = context.workbook.worksheets;
  const plan = planMarks(recorded, wanted, (s, r, c) => fills.get(s)?.get(`${r}:${c}`));
  const writes = group(plan.writes.map(({ s, r, c, fill }) => ({ s, row: r, col: c, fill })));
  for (const [s, list] of writes) await queueFillWrites(sheets.getItem(s), list, batcher);
  const after = await queueStateSave(context, index, MARKS_KEY, encodeMarks(plan.next), batcher);
  await batcher.flush();
  return after;
}

/**
 * The mark step by step, four syncs: state index; marks record and sheet
 * names; current fills; writes. What applyMarks falls back on when its first
 * sync fails, so a refusal is reported as before.
 */
async function fourStepMarks(context: Excel.RequestContext, findings: readonly Finding[], budget: number): Promise<StateIndex | null> {
  const index = await readStateIndex(context);

  const batcher = new SyncBatcher(context, budget);
  const record = await queueStateLoad(context, index, MARKS_KEY, batcher);
  await batcher.reserve(OPERATION_OVERHEAD_BYTES);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await batcher.flush();

  const existing = new Set(sheets.items.map((w) => w.name));
  const cells = recordOf(record(), index);
  const missing = missingSheet(findings, (s) => existing.has(s));
  if (missing !== undefined) throw new WorkbookError("workbook.markSheetMissing", { sheet: missing }, "ItemNotFound");
  const recorded = recordedMarks(cells, (s) => existing.has(s));
  const wanted = wantedMarks(findings);

  // Current fills of every cell we may restore or paint.
  const read = await queueFills(sheets, cellsToRead(recorded, wanted), batcher);
  await batcher.flush();
  return writeMarks(context, recorded, wanted, read(), index, batcher);
}

/** Cells by sheet, in order. */
function group<T extends CellPos & { s: string }>(cells: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const cell of cells) {
    const list = out.get(cell.s) ?? [];
    list.push(cell);
    out.set(cell.s, list);
  }
  return out;
}
