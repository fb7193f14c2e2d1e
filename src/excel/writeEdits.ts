import type { CellEdit } from "../core/edits";
import { BLOCK_BUDGET, OPERATION_OVERHEAD_BYTES, SyncBatcher, jsonBytes } from "./budget";
import { toExcelValue } from "./cellValue";
import { groupRects, sliceRect, type Rect } from "./rects";

interface EditCell {
  value: string | number | boolean;
  /** Number format to set, or undefined to keep the cell's. */
  format?: string;
}

/**
 * Edits of one sheet as rectangles: cells that set a number format and cells that keep theirs never share one.
 * An edit with a formula (an undo giving one back) puts the formula itself in `values`, which Excel enters as typed.
 */
export function editRects(edits: readonly CellEdit[]): Map<string, Rect<EditCell>[]> {
  const bySheet = new Map<string, { row: number; col: number; data: EditCell }[]>();
  for (const e of edits) {
    const effective = e.format ?? e.previous.format;
    const value = e.formula !== undefined ? e.formula : toExcelValue(e.value, effective);
    const cell = { row: e.row, col: e.col, data: { value, format: e.format } };
    const list = bySheet.get(e.sheet);
    if (list) list.push(cell);
    else bySheet.set(e.sheet, [cell]);
  }
  const out = new Map<string, Rect<EditCell>[]>();
  for (const [sheet, cells] of bySheet) out.set(sheet, groupRects(cells, (d) => (d.format === undefined ? "keep" : "set")));
  return out;
}

/**
 * Write the edits as 2-D writes in batches under the budget: one sync for any
 * realistic fill; calculation is suspended until then, and a recalculation
 * queued after the writes.
 */
export async function writeEdits(context: Excel.RequestContext, edits: readonly CellEdit[], budget: number): Promise<void> {
  if (edits.length === 0) return;
  const batcher = new SyncBatcher(context, budget, () => context.workbook.application.suspendApiCalculationUntilNextSync());
  await queueEdits(context, edits, batcher);
  await queueRecalculation(context, batcher);
  await batcher.flush();
}

/**
 * After writes made under suspendApiCalculationUntilNextSync, recalculating is
 * the add-in's job (Office.js says so): without it a formula over a written
 * quarter cell keeps its old result. application.calculate (ExcelApi 1.1),
 * "Recalculate" (the dirty cells only), queued last in the batch: no sync more.
 */
export async function queueRecalculation(context: Excel.RequestContext, batcher: SyncBatcher): Promise<void> {
  await batcher.reserve(OPERATION_OVERHEAD_BYTES);
  context.workbook.application.calculate("Recalculate");
}

/**
 * Queue the edits as 2-D writes (number formats before values, so a value is
 * read under its new format) through the batcher, which syncs whenever the
 * next write would pass its budget. The caller flushes.
 */
export async function queueEdits(context: Excel.RequestContext, edits: readonly CellEdit[], batcher: SyncBatcher): Promise<void> {
  for (const [sheet, rects] of editRects(edits)) {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const rect of rects.flatMap((r) => sliceRect(r, BLOCK_BUDGET))) {
      const values = rect.data.map((row) => row.map((c) => c.value));
      const formats = rect.key === "set" ? rect.data.map((row) => row.map((c) => c.format as string)) : undefined;
      const bytes = jsonBytes(values) + (formats ? jsonBytes(formats) : 0) + OPERATION_OVERHEAD_BYTES;
      await batcher.reserve(bytes);
      const r = rect.range;
      const range = ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
      if (formats) range.numberFormat = formats;
      range.values = values;
    }
  }
}
