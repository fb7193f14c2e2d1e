import type { Finding } from "../core/finding";
import { MARKS_KEY, decodeMarks, encodeMarks, type CellFill } from "../core/state/marks";
import { cellsToRead, missingSheet, planMarks, recordedMarks, wantedMarks } from "../core/state/markPlan";
import { OPERATION_OVERHEAD_BYTES, SyncBatcher } from "./budget";
import { WorkbookError } from "./errors";
import { queueFillReads, queueFillWrites, type CellPos } from "./fills";
import { queueStateLoad, queueStateSave, readStateIndex } from "./state";

export { MARK_COLORS, MARKS_KEY } from "../core/state/marks";

/**
 * mark(findings) over Office.js: what to paint, restore and record is
 * src/core/state/markPlan.ts (the same for every adapter, refusals too:
 * a damaged record or a finding on a sheet that is gone writes nothing); this
 * moves the fills and the record. An empty list clears every mark. Four syncs whatever
 * the count: state index; marks record and sheet names; current fills;
 * writes (more only past the payload budget).
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
  const raw = record();
  // A row under the key whose cells do not decode is a damaged record too, not "no marks".
  const cells = raw !== null ? decodeMarks(raw) : index?.rows.has(MARKS_KEY) ? null : [];
  if (cells === null) throw new WorkbookError("workbook.marksUnreadable");
  const missing = missingSheet(findings, (s) => existing.has(s));
  if (missing !== undefined) throw new WorkbookError("workbook.markSheetMissing", { sheet: missing }, "ItemNotFound");
  const recorded = recordedMarks(cells, (s) => existing.has(s));
  const wanted = wantedMarks(findings);

  // Current fills of every cell we may restore or paint.
  const bySheet = group(cellsToRead(recorded, wanted).map(({ s, r, c }) => ({ s, row: r, col: c })));
  const reads = new Map<string, () => Map<string, CellFill>>();
  for (const [s, list] of bySheet) reads.set(s, await queueFillReads(sheets.getItem(s), list, batcher));
  await batcher.flush();
  const fills = new Map<string, Map<string, CellFill>>();
  for (const [s, read] of reads) fills.set(s, read());

  const plan = planMarks(recorded, wanted, (s, r, c) => fills.get(s)?.get(`${r}:${c}`));
  const writes = group(plan.writes.map(({ s, r, c, fill }) => ({ s, row: r, col: c, fill })));
  for (const [s, list] of writes) await queueFillWrites(sheets.getItem(s), list, batcher);
  await queueStateSave(context, index, MARKS_KEY, encodeMarks(plan.next), batcher);
  await batcher.flush();
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
