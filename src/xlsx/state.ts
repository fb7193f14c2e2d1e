import type * as ExcelJS from "exceljs";
import { STATE_SHEET, decodeStateValue, encodeStateRow, readStateRow } from "../core/state/format";
import { activeSheet } from "./views";

/**
 * The add-in's own state (undo records, marks) kept inside the workbook, in
 * the very hidden sheet whose cells src/core/state/format.ts lays out (the
 * same for every adapter; rows in earlier layouts are read too). This file
 * only moves those cells through ExcelJS: it reads every row and, on a save,
 * writes the sheet anew.
 */
export { STATE_SHEET };

export function stateSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === STATE_SHEET);
}

/** Every key/value stored in the workbook (empty when there is no state sheet); unreadable rows are left out. */
export function readAllState(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  const ws = stateSheet(wb);
  if (!ws) return out;
  ws.eachRow((row) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plain(row.getCell(c).value));
    const head = readStateRow(cells[0], cells[1]);
    if (!head) return;
    const value = decodeStateValue(head, cells.slice(head.first));
    if (value !== null) out.set(head.key, value);
  });
  return out;
}

/** Replace the stored state with `entries`; removes the sheet when there is nothing to keep. */
export function writeAllState(wb: ExcelJS.Workbook, entries: ReadonlyMap<string, string>): void {
  const old = stateSheet(wb);
  if (old) {
    // Removing a sheet shifts the tabs after it: keep the same sheet active.
    const active = activeSheet(wb);
    wb.removeWorksheet(old.id);
    const view = wb.views?.[0];
    if (view && active && active !== old) view.activeTab = Math.max(0, wb.worksheets.indexOf(active));
  }
  if (entries.size === 0) return;
  const ws = wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
  let r = 1;
  for (const [key, value] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    ws.getRow(r++).values = encodeStateRow(key, value);
  }
}

/** A cell's value as text or number (rich text joined; anything else, as Excel shows it, is no state). */
function plain(v: ExcelJS.CellValue): unknown {
  if (typeof v === "string" || typeof v === "number") return v;
  if (v && typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  return null;
}
