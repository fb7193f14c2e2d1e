import type * as ExcelJS from "exceljs";
import type { RangeRef } from "../core/grid";

/**
 * Narrow, typed access to ExcelJS 4 internals that its public API only offers
 * at a cost: `ws.model` serialises the whole sheet, `row.eachCell` skips styled
 * empty cells. Everything else in src/xlsx uses the public API.
 */
interface RowInternals {
  _cells: (ExcelJS.Cell | undefined)[];
}
interface WorksheetInternals {
  _rows: (ExcelJS.Row | undefined)[];
  _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } } | undefined>;
}

/** Rows of a sheet, sparse, index = row number - 1. */
export function sheetRows(ws: ExcelJS.Worksheet): readonly (ExcelJS.Row | undefined)[] {
  return (ws as unknown as WorksheetInternals)._rows ?? [];
}

/** Cells of a row, sparse, index = column number - 1 (includes styled empty cells). */
export function rowCells(row: ExcelJS.Row): readonly (ExcelJS.Cell | undefined)[] {
  return (row as unknown as RowInternals)._cells ?? [];
}

/** Merged areas of a sheet, 0-based absolute. */
export function sheetMerges(ws: ExcelJS.Worksheet): RangeRef[] {
  const out: RangeRef[] = [];
  for (const m of Object.values((ws as unknown as WorksheetInternals)._merges ?? {})) {
    if (!m?.model) continue;
    const { top, left, bottom, right } = m.model;
    out.push({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
  }
  return out;
}
