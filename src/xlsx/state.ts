import type * as ExcelJS from "exceljs";
import { activeSheet } from "./views";

/**
 * The add-in's own state (undo records, marks) kept inside the workbook, in a
 * "veryHidden" sheet (users cannot unhide it from Excel's menu). One key per
 * row: column A holds the key, columns B, C, ... hold the value, JSON-encoded
 * (so control characters stay valid XML) and cut into chunks below Excel's
 * 32,767-character cell limit.
 */
export const STATE_SHEET = "_renaksi";
/** Characters per cell; below Excel's limit of 32,767. */
export const STATE_CHUNK = 32_000;

export function stateSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === STATE_SHEET);
}

/** Cut a string into chunks of at most `size` UTF-16 units, never inside a surrogate pair. */
export function chunkString(s: string, size: number = STATE_CHUNK): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let end = Math.min(i + size, s.length);
    const last = s.charCodeAt(end - 1);
    // A chunk of one unit cannot hold a pair: then it takes the whole pair.
    if (end < s.length && last >= 0xd800 && last <= 0xdbff) end += end - i > 1 ? -1 : 1;
    out.push(s.slice(i, end));
    i = end;
  }
  return out;
}

/** Every key/value stored in the workbook (empty when there is no state sheet). */
export function readAllState(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  const ws = stateSheet(wb);
  if (!ws) return out;
  ws.eachRow((row) => {
    const key = row.getCell(1).value;
    if (typeof key !== "string" || !key) return;
    let json = "";
    for (let c = 2; ; c++) {
      const part = row.getCell(c).value;
      if (typeof part !== "string" || part === "") break;
      json += part;
    }
    try {
      const value: unknown = JSON.parse(json);
      if (typeof value === "string") out.set(key, value);
    } catch {
      // A damaged entry is dropped, never guessed at.
    }
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
    ws.getRow(r++).values = [key, ...chunkString(JSON.stringify(value))];
  }
}
