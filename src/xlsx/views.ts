import type * as ExcelJS from "exceljs";
import { parseA1, toA1, type RangeRef } from "../core/grid";

/** A worksheet by exact name, else by name ignoring case (Excel's rule). */
export function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const all = wb.worksheets;
  const lower = name.toLowerCase();
  return all.find((ws) => ws.name === name) ?? all.find((ws) => ws.name.toLowerCase() === lower);
}

/** The active sheet (workbook view's activeTab), if it exists. */
export function activeSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets[wb.views?.[0]?.activeTab ?? 0];
}

type MutableView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

function firstView(ws: ExcelJS.Worksheet): MutableView {
  if (!ws.views?.length) ws.views = [{ state: "normal" } as ExcelJS.WorksheetView];
  return ws.views[0] as MutableView;
}

/** Make `ws` the active sheet and the only selected tab. */
export function activateSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const sheets = wb.worksheets;
  const index = sheets.indexOf(ws);
  if (index < 0) return;
  if (!wb.views?.length) {
    wb.views = [{ x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: index, visibility: "visible" }];
  }
  const view = wb.views[0];
  view.activeTab = index;
  if ((view.firstSheet ?? 0) > index) view.firstSheet = index;
  for (const other of sheets) {
    if (other === ws) firstView(other).tabSelected = true;
    else if (other.views?.length) (other.views[0] as MutableView).tabSelected = false;
  }
}

/**
 * Put the cursor on the top-left cell of `range`. ExcelJS writes a selection
 * as a single active cell (sqref = activeCell) and keeps no scroll position in
 * a normal view, so the whole range is not selected in the saved file and
 * Excel does not scroll to it on opening.
 */
export function setActiveCell(ws: ExcelJS.Worksheet, range: RangeRef): void {
  firstView(ws).activeCell = toA1({ row: range.top, col: range.left });
}

/** The cursor stored in the file: the active sheet's active cell, when there is one. */
export function savedCursor(wb: ExcelJS.Workbook): { sheet: ExcelJS.Worksheet; range: RangeRef } | null {
  const ws = activeSheet(wb);
  const a1 = (ws?.views?.[0] as MutableView | undefined)?.activeCell;
  const at = a1 ? parseA1(a1) : null;
  return ws && at ? { sheet: ws, range: { top: at.row, left: at.col, bottom: at.row, right: at.col } } : null;
}
