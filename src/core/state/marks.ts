import type { Severity } from "../finding";

/**
 * The marks record: which cells mark() painted, the colour it painted and
 * each cell's fill before, kept in the workbook's state under MARKS_KEY so
 * that clearMarks() puts every fill back, in any session and in any adapter.
 */

/** State key of the marks record. */
export const MARKS_KEY = "renaksi.marks";

/** Fill colour per severity (Excel's own "bad" / "neutral" / light blue styles), "#RRGGBB". */
export const MARK_COLORS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };

/**
 * A cell's fill, enough to put it back: in Office.js's words (pattern names
 * of Excel.FillPattern, "None" for no fill; colours "#RRGGBB"; tints -1..1).
 * `file` is the fill exactly as an .xlsx file held it, kept by the xlsx
 * adapter only when the words above cannot say it (theme or indexed colours,
 * gradients, an explicit empty fill); Office.js ignores it.
 */
export interface CellFill {
  pattern: string;
  color?: string;
  patternColor?: string;
  tint?: number;
  patternTint?: number;
  file?: unknown;
}

export const NO_FILL: CellFill = { pattern: "None" };

/** One marked cell: sheet, row, column (0-based), its fill before we painted it (f), the colour we painted (m). */
export interface MarkedCell {
  s: string;
  r: number;
  c: number;
  f: CellFill;
  m: string;
}

/**
 * Stored form, compact for tens of thousands of cells: distinct fills and
 * colours once, then per sheet [row, col, fill index, colour index].
 */
interface MarksRecord {
  v: 2;
  fills: CellFill[];
  colors: string[];
  sheets: Record<string, [number, number, number, number][]>;
}

/** The record of `cells`; null (remove the key) when there are none. */
export function encodeMarks(cells: readonly MarkedCell[]): string | null {
  if (cells.length === 0) return null;
  const fills: string[] = [];
  const colors: string[] = [];
  const index = (list: string[], v: string): number => {
    let i = list.indexOf(v);
    if (i < 0) i = list.push(v) - 1;
    return i;
  };
  const sheets: MarksRecord["sheets"] = {};
  for (const c of cells) (sheets[c.s] ??= []).push([c.r, c.c, index(fills, JSON.stringify(c.f)), index(colors, c.m)]);
  const rec: MarksRecord = { v: 2, fills: fills.map((f) => JSON.parse(f) as CellFill), colors, sheets };
  return JSON.stringify(rec);
}

/** The cells of a stored record: [] when there is none, null when it cannot be read. */
export function decodeMarks(raw: string | null): MarkedCell[] | null {
  if (raw === null || raw === "") return [];
  try {
    const rec = JSON.parse(raw) as MarksRecord;
    if (!rec || rec.v !== 2 || !Array.isArray(rec.fills) || !Array.isArray(rec.colors) || typeof rec.sheets !== "object" || rec.sheets === null) return null;
    const out: MarkedCell[] = [];
    for (const [s, rows] of Object.entries(rec.sheets)) {
      if (!Array.isArray(rows)) return null;
      for (const row of rows) {
        if (!Array.isArray(row) || row.length !== 4 || !row.every((n) => Number.isInteger(n) && n >= 0)) return null;
        const [r, c, f, m] = row;
        const fill = rec.fills[f];
        if (!fill || typeof fill.pattern !== "string" || typeof rec.colors[m] !== "string") return null;
        out.push({ s, r, c, f: fill, m: rec.colors[m] });
      }
    }
    return out;
  } catch {
    return null;
  }
}

/** The solid fill of a mark colour. */
export function markFill(color: string): CellFill {
  return { pattern: "Solid", color };
}

/** True when the fill is exactly the solid colour we painted (so it is still our mark, not the user's fill). */
export function isPainted(fill: CellFill | undefined, color: string): boolean {
  return !!fill && fill.pattern === "Solid" && (fill.color ?? "").toUpperCase() === color.toUpperCase() && !fill.tint;
}
