import type * as ExcelJS from "exceljs";
import type { Severity } from "../core/finding";
import type { CellAt, SheetExtent } from "../core/state/markPlan";
import { cellId } from "../core/state/markPlan";
import { MARK_COLORS as MARK_HEX, type CellFill, type MarkedCell } from "../core/state/marks";
import { cellFillOf, excelFillOf } from "./fills";
import { colorResolver } from "./palette";
import { setCellStyle } from "./styles";
import { findSheet } from "./views";

/**
 * The cells mark() and clearMarks() read and write through ExcelJS. What to
 * paint, restore and record is src/core/state/markPlan.ts, the same for every
 * adapter; the record is src/core/state/marks.ts.
 */

/** Mark colours per severity as RGB hex without "#": the core's colours, as ExcelJS's ARGB wants them after "FF". */
export const MARK_COLORS = Object.fromEntries(
  Object.entries(MARK_HEX).map(([severity, hex]) => [severity, hex.replace(/^#/, "")]),
) as Record<Severity, string>;

/** The key this adapter kept its marks under before (another record shape); read once, then removed. */
export const LEGACY_MARKS_KEY = "marks";

/** Rows and columns of each sheet: finding ranges are clipped to them; unknown sheets are left out. */
export function sheetExtent(wb: ExcelJS.Workbook): SheetExtent {
  return (sheet) => {
    const ws = findSheet(wb, sheet);
    return ws ? { rows: ws.rowCount, cols: ws.columnCount } : undefined;
  };
}

/** Whether the workbook has a sheet of that name. */
export function sheetExists(wb: ExcelJS.Workbook): (sheet: string) => boolean {
  return (sheet) => findSheet(wb, sheet) !== undefined;
}

/**
 * The current fills of the cells, by cellId (cells on unknown sheets are left
 * out). Only looks: a cell the sheet has no record of (a recorded mark on rows
 * deleted since) reads as no fill and is not created.
 */
export function readFills(wb: ExcelJS.Workbook, cells: readonly CellAt[]): Map<string, CellFill> {
  const resolve = colorResolver(wb);
  const out = new Map<string, CellFill>();
  for (const { s, r, c } of cells) {
    const ws = findSheet(wb, s);
    if (ws) out.set(cellId(s, r, c), cellFillOf(ws.findCell(r + 1, c + 1)?.style?.fill, resolve));
  }
  return out;
}

/** Give the cells their fills; a cell's style is copied, never changed in place (see setCellStyle). */
export function writeFills(wb: ExcelJS.Workbook, writes: readonly (CellAt & { fill: CellFill })[]): void {
  for (const { s, r, c, fill } of writes) {
    const ws = findSheet(wb, s);
    if (ws) setCellStyle(ws.getCell(r + 1, c + 1), { fill: excelFillOf(fill) });
  }
}

/**
 * The cells of the record this adapter wrote before ({version: 1, cells:
 * [{sheet, row, col, severity, previousFill}]}); null when it cannot be read
 * (a damaged record, refused like the current one: see markPlan.ts).
 */
export function legacyMarks(wb: ExcelJS.Workbook, raw: string): MarkedCell[] | null {
  if (raw === "") return [];
  const resolve = colorResolver(wb);
  try {
    const rec = JSON.parse(raw) as { cells?: { sheet: string; row: number; col: number; severity: Severity; previousFill: ExcelJS.Fill | null }[] };
    if (!rec || !Array.isArray(rec.cells)) return null;
    return rec.cells
      .filter((m) => m && typeof m.sheet === "string" && Number.isInteger(m.row) && Number.isInteger(m.col) && MARK_HEX[m.severity])
      .map((m) => ({ s: m.sheet, r: m.row, c: m.col, f: cellFillOf(m.previousFill ?? undefined, resolve), m: MARK_HEX[m.severity] }));
  } catch {
    return null;
  }
}
