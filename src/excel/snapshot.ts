import type { WorkbookRead, WorkbookSnapshot } from "../core/port";
import { queueProbe, type Probe } from "./probe";
import { OPERATION_OVERHEAD_BYTES } from "./budget";
import { readSheets, type ReadOptions } from "./readBlocks";
import { STATE_SHEET, queueStateIndex, stateLoads, type StateIndex } from "./state";

/**
 * What an ExcelWorkbook remembers of the workbook between calls so that the
 * next read can probe the sheets in its first sync. Only a guess: every read
 * checks it against the sheet list loaded in that same sync.
 */
export interface SheetMemory {
  /** Visible sheet names in workbook order. */
  visible: string[];
  /** Whether the state sheet exists. */
  state: boolean;
  /** Every sheet name, hidden ones too (addSheet picks a free name from them). */
  all?: string[];
  /** The sheets protected (Review > Protect Sheet) when the list was read: replaceSheet makes none of them again. */
  protectedSheets?: string[];
  /** Where each state key's row is and how many cells from A it uses, when the state index was read. */
  stateRows?: Record<string, { row: number; width: number }>;
}

/** The state rows of an index, as SheetMemory keeps them. */
export function stateRowsOf(index: StateIndex | null | undefined): SheetMemory["stateRows"] {
  if (index === undefined) return undefined;
  const out: Record<string, { row: number; width: number }> = {};
  index?.rows.forEach((e, k) => (out[k] = { row: e.row, width: e.width }));
  return out;
}

export interface SnapshotRead extends WorkbookSnapshot {
  /** The state sheet's index when read; null when there is no state sheet; undefined when not read. */
  index: StateIndex | null | undefined;
  memory: SheetMemory;
}

export interface SnapshotOptions extends ReadOptions {
  memory: SheetMemory | null;
}

/** What the add-in reads of the sheet list, in the sync that lists the sheets anyway. */
export const SHEET_LIST = "items/name,items/visibility,items/protection/protected";

/** The sheets a list (loaded with SHEET_LIST) shows protected. */
export function protectedIn(items: readonly { name: string; protection: { protected: boolean } }[]): string[] {
  return items.filter((w) => w.protection.protected).map((w) => w.name);
}

interface Round {
  names: { name: string; visibility: string; protection: { protected: boolean } }[];
  /** Lower-case name -> probe. */
  probes: Map<string, Probe>;
  index?: StateIndex;
}

const lower = (s: string): string => s.toLowerCase();

/**
 * Read the grids and state keys a request asks for: one Excel.run, syncs
 * (everything under the budget; on the web more data syncs, see readBlocks.ts):
 * 1. the sheet list, the probe of every sheet guessed to be read (the sheets
 *    named, else those remembered, else the first and last visible ones) and
 *    the state sheet's key column when it is remembered to exist;
 * 2. only when the guess fell short (a sheet not probed, a state sheet not
 *    known of): the missing probes and key column;
 * 3. every sheet's cells and merged areas, and the state values' chunks.
 * A guess that fails (a remembered sheet renamed or deleted) costs one sync
 * and the read starts again from the sheet list.
 */
export async function readSnapshot(context: Excel.RequestContext, request: WorkbookRead, opts: SnapshotOptions): Promise<SnapshotRead> {
  const keys = request.state ?? [];
  const sheets = context.workbook.worksheets;
  const guesses = request.sheets ?? opts.memory?.visible;
  const guessed = guesses ? guesses.map((n) => sheets.getItem(n)) : [sheets.getFirst(true), sheets.getLast(true)];
  let first = await round(context, { names: true, sheets: guessed, visible: true, index: keys.length > 0 && opts.memory?.state === true });
  if (!isRound(first)) first = must(await round(context, { names: true, sheets: [], visible: true, index: false }));

  const visible = first.names.filter((n) => n.visibility === "Visible").map((n) => n.name);
  const memory: SheetMemory = {
    visible, state: first.names.some((n) => lower(n.name) === STATE_SHEET), all: first.names.map((n) => n.name), protectedSheets: protectedIn(first.names),
  };
  const wanted = request.sheets && new Set(request.sheets.map(lower));
  const targets = wanted ? visible.filter((n) => wanted.has(lower(n))) : visible;
  const probes = first.probes;
  let index = first.index;
  const missing = targets.filter((n) => !probes.has(lower(n)));
  const needIndex = keys.length > 0 && memory.state && !index;
  if (missing.length > 0 || needIndex) {
    const again = (visibleCells: boolean) => round(context, { names: false, sheets: missing.map((n) => sheets.getItem(n)), visible: visibleCells, index: needIndex });
    let second = await again(true);
    if (!isRound(second)) second = must(await again(false)); // visible cells could not be listed: hidden rows stay unknown
    second.probes.forEach((p, n) => probes.set(n, p));
    index ??= second.index;
  }

  const stateIndex = memory.state ? (index ?? null) : null;
  const reads = keys.map((k) => stateLoads(context, stateIndex, k));
  const toRead = targets.map((sheet) => ({ sheet, probe: probes.get(lower(sheet)) as Probe }));
  // The key column rides along with the cells when not read yet: the next mark finds its record by it.
  let late: (() => StateIndex) | undefined;
  const side = reads.flatMap((r) => r.loads);
  if (memory.state && !index) side.push({ bytes: OPERATION_OVERHEAD_BYTES * 2, queue: () => void (late = queueStateIndex(context)) });
  const grids = await readSheets(context, toRead, opts, side);
  index ??= late?.();
  const state: Record<string, string | null> = {};
  keys.forEach((k, i) => (state[k] = reads[i].value()));
  memory.stateRows = memory.state ? stateRowsOf(index) : {};
  const hidden = first.names.filter((n) => n.visibility === "Hidden").map((n) => n.name);
  return { grids, state, hidden, index: memory.state ? index : null, memory };
}

/** Queue one round (sheet list, probes, the state key column) and sync; a failed sync gives its error. */
async function round(
  context: Excel.RequestContext,
  spec: { names: boolean; sheets: Excel.Worksheet[]; visible: boolean; index: boolean },
): Promise<Round | { error: unknown }> {
  const all = context.workbook.worksheets;
  if (spec.names) all.load(SHEET_LIST);
  const probes = spec.sheets.map((ws) => {
    ws.load("name");
    return { ws, probe: queueProbe(ws, spec.visible) };
  });
  const index = spec.index ? queueStateIndex(context) : undefined;
  try {
    await context.sync();
  } catch (error) {
    return { error };
  }
  return {
    names: spec.names ? all.items.map((w) => ({ name: w.name, visibility: String(w.visibility), protection: { protected: w.protection.protected } })) : [],
    probes: new Map(probes.map((p) => [lower(p.ws.name), p.probe()])),
    index: index?.(),
  };
}

function isRound(r: Round | { error: unknown }): r is Round {
  return !("error" in r);
}

function must(r: Round | { error: unknown }): Round {
  if (!isRound(r)) throw r.error;
  return r;
}
