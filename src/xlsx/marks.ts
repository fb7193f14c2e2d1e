import type * as ExcelJS from "exceljs";
import type { Finding, Severity } from "../core/finding";
import { SEVERITY_ORDER } from "../core/finding";
import { setCellStyle, solidFill } from "./styles";
import { findSheet } from "./views";

/** Mark colours per severity: Excel's light red, light yellow, light blue. */
export const MARK_COLORS: Record<Severity, string> = { error: "FFC7CE", warning: "FFEB9C", info: "DDEBF7" };

/** State key under which marked cells and their previous fills are kept. */
export const MARKS_KEY = "marks";

/** One marked cell: where, which severity, and its fill before marking (null: no fill). */
export interface MarkedCell {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
  previousFill: ExcelJS.Fill | null;
}

interface MarksRecord {
  version: 1;
  cells: MarkedCell[];
}

export function parseMarks(json: string | null): MarkedCell[] {
  if (!json) return [];
  try {
    const rec = JSON.parse(json) as Partial<MarksRecord>;
    return Array.isArray(rec.cells) ? rec.cells : [];
  } catch {
    return [];
  }
}

export function serializeMarks(cells: readonly MarkedCell[]): string | null {
  return cells.length ? JSON.stringify({ version: 1, cells: [...cells] } satisfies MarksRecord) : null;
}

const cellKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

function isMarkFill(fill: ExcelJS.Fill | undefined, severity: Severity): boolean {
  return fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb === solidFill(MARK_COLORS[severity]).fgColor?.argb;
}

/**
 * Colour the cells of the findings (the most severe finding wins a cell) and
 * return the updated list of marked cells. A cell marked before keeps the fill
 * it had before its first mark. Ranges are clipped to the sheet's extent;
 * findings on unknown sheets are skipped.
 */
export function markCells(wb: ExcelJS.Workbook, findings: readonly Finding[], marked: readonly MarkedCell[]): MarkedCell[] {
  const byCell = new Map(marked.map((m) => [cellKey(m.sheet, m.row, m.col), { ...m }]));
  const wanted = new Map<string, { sheet: ExcelJS.Worksheet; row: number; col: number; severity: Severity }>();
  for (const f of findings) {
    const ws = findSheet(wb, f.sheet);
    if (!ws) continue;
    const bottom = Math.min(f.range.bottom, Math.max(f.range.top, ws.rowCount - 1));
    const right = Math.min(f.range.right, Math.max(f.range.left, ws.columnCount - 1));
    for (let r = f.range.top; r <= bottom; r++) {
      for (let c = f.range.left; c <= right; c++) {
        const key = cellKey(ws.name, r, c);
        const had = wanted.get(key) ?? byCell.get(key);
        if (had && SEVERITY_ORDER[had.severity] <= SEVERITY_ORDER[f.severity]) continue;
        wanted.set(key, { sheet: ws, row: r, col: c, severity: f.severity });
      }
    }
  }
  for (const [key, w] of wanted) {
    const cell = w.sheet.getCell(w.row + 1, w.col + 1);
    const known = byCell.get(key);
    const previousFill = known ? known.previousFill : cell.style?.fill ? (JSON.parse(JSON.stringify(cell.style.fill)) as ExcelJS.Fill) : null;
    byCell.set(key, { sheet: w.sheet.name, row: w.row, col: w.col, severity: w.severity, previousFill });
    setCellStyle(cell, { fill: solidFill(MARK_COLORS[w.severity]) });
  }
  return [...byCell.values()];
}

/**
 * Give every marked cell back the fill it had before. A cell whose fill the
 * user changed since it was marked keeps the user's fill.
 */
export function unmarkCells(wb: ExcelJS.Workbook, marked: readonly MarkedCell[]): void {
  for (const m of marked) {
    const ws = findSheet(wb, m.sheet);
    if (!ws) continue;
    const cell = ws.getCell(m.row + 1, m.col + 1);
    if (!isMarkFill(cell.style?.fill, m.severity)) continue;
    setCellStyle(cell, { fill: m.previousFill ?? undefined });
  }
}
