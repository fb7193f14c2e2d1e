import type * as ExcelJS from "exceljs";
import { STATE_SHEET, decodeStateValue, encodeStateRow, readStateRow, type StateRow } from "../core/state/format";
import { activeSheet } from "./views";

/**
 * The add-in's own state (undo records, marks) kept inside the workbook, in
 * the very hidden sheet whose cells src/core/state/format.ts lays out (the
 * same for every adapter; rows in earlier layouts are read too). This file
 * only moves those cells through ExcelJS. A save touches the saved key's row
 * and nothing else, as the Excel adapter does: a row this version cannot
 * read (damaged, or written by a later version) stays exactly as it is, and
 * a row in an earlier layout is rewritten only when its own key is saved.
 */
export { STATE_SHEET };

export function stateSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === STATE_SHEET);
}

/** One key's row: where (1-based, as ExcelJS counts), what its first cells say, and its value (null: the row is there but cannot be read). */
export interface StateEntry {
  row: number;
  head: StateRow;
  value: string | null;
}

/** Every key's row (a key on two rows: the lower one, as in the Excel adapter); empty when there is no state sheet. */
export function readStateRows(wb: ExcelJS.Workbook): Map<string, StateEntry> {
  const out = new Map<string, StateEntry>();
  const ws = stateSheet(wb);
  if (!ws) return out;
  ws.eachRow((row, r) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plain(row.getCell(c).value));
    const head = readStateRow(cells[0], cells[1]);
    if (head) out.set(head.key, { row: r, head, value: decodeStateValue(head, cells.slice(head.first)) });
  });
  return out;
}

/**
 * Write `value` under `key` (null removes the key): the key's row is
 * rewritten in place, or a new key takes the first empty row. No other row is
 * touched. The sheet is created very hidden when needed, and removed when
 * the last row of it is removed.
 */
export function writeState(wb: ExcelJS.Workbook, key: string, value: string | null): void {
  const existing = stateSheet(wb);
  const at = existing ? readStateRows(wb).get(key)?.row : undefined;
  if (value === null) {
    if (!existing || at === undefined) return;
    existing.getRow(at).values = [];
    if (existing.actualRowCount === 0) removeSheet(wb, existing);
    return;
  }
  const ws = existing ?? wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
  ws.getRow(at ?? firstEmptyRow(ws)).values = encodeStateRow(key, value);
}

/** The first row with no value in any cell. */
function firstEmptyRow(ws: ExcelJS.Worksheet): number {
  let r = 1;
  while (ws.findRow(r)?.hasValues) r++;
  return r;
}

/** Remove the state sheet; removing a sheet shifts the tabs after it, so the same sheet stays active. */
function removeSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const active = activeSheet(wb);
  wb.removeWorksheet(ws.id);
  const view = wb.views?.[0];
  if (view && active && active !== ws) view.activeTab = Math.max(0, wb.worksheets.indexOf(active));
}

/** A cell's value as text or number (rich text joined; anything else, as Excel shows it, is no state). */
function plain(v: ExcelJS.CellValue): unknown {
  if (typeof v === "string" || typeof v === "number") return v;
  if (v && typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  return null;
}
