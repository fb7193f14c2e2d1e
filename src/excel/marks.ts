import type { Finding, Severity } from "../core/finding";
import { SEVERITY_ORDER } from "../core/finding";
import { OPERATION_OVERHEAD_BYTES, SyncBatcher } from "./budget";
import { WorkbookError } from "./errors";
import { isPainted, queueFillReads, queueFillWrites, type CellPos, type SavedFill } from "./fills";
import { queueStateLoad, queueStateSave, readStateIndex } from "./state";

/** Fill colour per severity (Excel's own "bad" / "neutral" / light blue styles). */
export const MARK_COLORS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
/** State key of the marks record. */
export const MARKS_KEY = "renaksi.marks";

/** One marked cell: its fill before we painted it (f) and the colour we painted (m). */
export interface MarkedCell {
  s: string;
  r: number;
  c: number;
  f: SavedFill;
  m: string;
}

/**
 * Stored form, compact for tens of thousands of cells: distinct fills and
 * colours once, then per sheet [row, col, fill index, colour index].
 */
interface MarksRecord {
  v: 2;
  fills: SavedFill[];
  colors: string[];
  sheets: Record<string, [number, number, number, number][]>;
}

export function encodeMarks(cells: readonly MarkedCell[]): string {
  const fills: string[] = [];
  const colors: string[] = [];
  const index = (list: string[], v: string): number => {
    let i = list.indexOf(v);
    if (i < 0) i = list.push(v) - 1;
    return i;
  };
  const sheets: MarksRecord["sheets"] = {};
  for (const c of cells) (sheets[c.s] ??= []).push([c.r, c.c, index(fills, JSON.stringify(c.f)), index(colors, c.m)]);
  const rec: MarksRecord = { v: 2, fills: fills.map((f) => JSON.parse(f) as SavedFill), colors, sheets };
  return JSON.stringify(rec);
}

export function decodeMarks(raw: string | null): MarkedCell[] {
  if (raw === null || raw === "") return [];
  try {
    const rec = JSON.parse(raw) as MarksRecord;
    if (rec && rec.v === 2 && Array.isArray(rec.fills) && Array.isArray(rec.colors) && typeof rec.sheets === "object") {
      return Object.entries(rec.sheets).flatMap(([s, rows]) =>
        rows.map(([r, c, f, m]) => ({ s, r, c, f: rec.fills[f] ?? { pattern: "None" }, m: rec.colors[m] ?? "" })),
      );
    }
  } catch {
    // fall through
  }
  throw new WorkbookError("ui.excel.stateUnreadable", { detail: MARKS_KEY });
}

const keyOf = (s: string, r: number, c: number): string => `${s}\u0000${r}:${c}`;

/**
 * Paint the cells of `findings` (an empty list clears every mark) and keep, in
 * the workbook's state, each painted cell's previous fill. Cells marked before
 * and not in `findings` are restored. A cell is only restored while it still
 * shows the colour we painted: a fill the user set since is left alone. Values
 * are never touched. Four syncs whatever the count: state index; marks record
 * and sheet names; current fills; writes (more only past the payload budget).
 */
export async function applyMarks(context: Excel.RequestContext, findings: readonly Finding[], budget: number): Promise<void> {
  const index = await readStateIndex(context);

  const batcher = new SyncBatcher(context, budget);
  const record = await queueStateLoad(context, index, MARKS_KEY, batcher);
  await batcher.reserve(OPERATION_OVERHEAD_BYTES);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await batcher.flush();

  const existing = new Set(sheets.items.map((w) => w.name));
  const recorded = new Map<string, MarkedCell>();
  for (const cell of decodeMarks(record())) if (existing.has(cell.s)) recorded.set(keyOf(cell.s, cell.r, cell.c), cell);

  const wanted = wantedColors(findings);
  for (const k of wanted.keys()) {
    const sheet = k.slice(0, k.indexOf("\u0000"));
    if (!existing.has(sheet)) throw new WorkbookError("ui.excel.sheetNotFound", { sheet }, "ItemNotFound");
  }

  // Current fills of every cell we may restore or paint.
  const bySheet = new Map<string, CellPos[]>();
  const touch = (s: string, r: number, c: number): void => {
    const list = bySheet.get(s) ?? [];
    list.push({ row: r, col: c });
    bySheet.set(s, list);
  };
  for (const cell of recorded.values()) touch(cell.s, cell.r, cell.c);
  for (const [k, w] of wanted) if (!recorded.has(k)) touch(w.s, w.r, w.c);
  const reads = new Map<string, () => Map<string, SavedFill>>();
  for (const [s, cells] of bySheet) reads.set(s, await queueFillReads(sheets.getItem(s), cells, batcher));
  await batcher.flush();
  const fills = new Map<string, Map<string, SavedFill>>();
  for (const [s, read] of reads) fills.set(s, read());
  const current = (s: string, r: number, c: number): SavedFill | undefined => fills.get(s)?.get(`${r}:${c}`);

  // Decide: restore, repaint, paint.
  const writes = new Map<string, (CellPos & { fill: SavedFill })[]>();
  const write = (s: string, row: number, col: number, fill: SavedFill): void => {
    const list = writes.get(s) ?? [];
    list.push({ row, col, fill });
    writes.set(s, list);
  };
  const next: MarkedCell[] = [];
  for (const [k, cell] of recorded) {
    const now = current(cell.s, cell.r, cell.c);
    const still = isPainted(now, cell.m);
    const w = wanted.get(k);
    if (!w) {
      if (still) write(cell.s, cell.r, cell.c, cell.f);
      continue;
    }
    const previous = still ? cell.f : (now ?? cell.f);
    if (!still || w.m.toUpperCase() !== cell.m.toUpperCase()) write(w.s, w.r, w.c, solid(w.m));
    next.push({ ...cell, f: previous, m: w.m });
  }
  for (const [k, w] of wanted) {
    if (recorded.has(k)) continue;
    write(w.s, w.r, w.c, solid(w.m));
    next.push({ s: w.s, r: w.r, c: w.c, f: current(w.s, w.r, w.c) ?? { pattern: "None" }, m: w.m });
  }
  for (const [s, cells] of writes) await queueFillWrites(sheets.getItem(s), cells, batcher);
  const value = next.length > 0 ? encodeMarks(next) : null;
  await queueStateSave(context, index, MARKS_KEY, value, batcher);
  await batcher.flush();
}

function solid(color: string): SavedFill {
  return { pattern: "Solid", color };
}

/** Cell -> colour of its most severe finding. */
function wantedColors(findings: readonly Finding[]): Map<string, { s: string; r: number; c: number; m: string; rank: number }> {
  const out = new Map<string, { s: string; r: number; c: number; m: string; rank: number }>();
  for (const f of findings) {
    const rank = SEVERITY_ORDER[f.severity];
    const { top, left, bottom, right } = f.range;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const k = keyOf(f.sheet, r, c);
        const had = out.get(k);
        if (!had || rank < had.rank) out.set(k, { s: f.sheet, r, c, m: MARK_COLORS[f.severity], rank });
      }
    }
  }
  return out;
}
