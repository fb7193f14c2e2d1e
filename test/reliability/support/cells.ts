/**
 * Everything a user could lose in a workbook, as comparable data: per sheet its
 * name, visibility, merges, hidden rows and columns, widths, and per cell its
 * value (formulas with their results), number format, fill, font, border and
 * alignment. The add-in's own state sheet is left out.
 */
import type * as ExcelJS from "exceljs";
import { colToLetters } from "../../../src/core/grid";
import { STATE_SHEET } from "../../../src/xlsx/stateRows";
import type { XlsxWorkbook } from "../../../src/xlsx/workbook";
import { excelFrom } from "../../support/xlsx";
import { rowCells, sheetRows } from "../../xlsx/helpers";

/** Merged areas of a sheet as "top,left,bottom,right" (0-based), from ExcelJS's own list. */
function sheetMerges(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {};
  return Object.values(merges).flatMap((m) => (m?.model ? [`${m.model.top - 1},${m.model.left - 1},${m.model.bottom - 1},${m.model.right - 1}`] : []));
}

export interface CellState {
  value: string;
  numFmt: string;
  fill: string;
  font: string;
  border: string;
  alignment: string;
}

export interface SheetState {
  state: string;
  merges: string[];
  hiddenRows: number[];
  hiddenCols: number[];
  widths: string;
  cells: Map<string, CellState>;
}

const json = (v: unknown): string => JSON.stringify(v ?? null);

/**
 * What ExcelJS reads back for a cell that had no style of its own once the file
 * holds a style record for it: the theme's default font, no border, no fill.
 * They look the same in Excel as no style at all, so they compare as none.
 */
const DEFAULTS: Record<string, string> = {
  font: json({ color: { theme: 1 }, family: 2, scheme: "minor", size: 11, name: "Calibri" }),
  border: json({}),
  fill: json({ type: "pattern", pattern: "none" }),
};
const part = (name: string, v: unknown): string => (json(v) === DEFAULTS[name] ? "null" : json(v));

function cellState(cell: ExcelJS.Cell): CellState | null {
  const s = cell.style ?? {};
  const state = {
    value: json(cell.type === 1 /* merged over */ ? null : cell.value),
    numFmt: cell.numFmt ?? "",
    fill: part("fill", s.fill),
    font: part("font", s.font),
    border: part("border", s.border),
    alignment: part("alignment", s.alignment),
  };
  const blank = state.value === "null" && state.numFmt === "" && state.fill === "null" && state.font === "null" && state.border === "null" && state.alignment === "null";
  return blank ? null : state;
}

export function sheetState(ws: ExcelJS.Worksheet): SheetState {
  const cells = new Map<string, CellState>();
  const hiddenRows: number[] = [];
  sheetRows(ws).forEach((row, r) => {
    if (!row) return;
    if (row.hidden) hiddenRows.push(r + 1);
    rowCells(row).forEach((cell, c) => {
      const st = cell ? cellState(cell) : null;
      if (st) cells.set(`${colToLetters(c)}${r + 1}`, st);
    });
  });
  const cols = (ws.columns ?? []) as (ExcelJS.Column | undefined)[];
  return {
    state: ws.state ?? "visible",
    merges: sheetMerges(ws).sort(),
    hiddenRows,
    hiddenCols: cols.flatMap((c, i) => (c?.hidden ? [i + 1] : [])),
    widths: json(cols.map((c) => c?.width ?? null)),
    cells,
  };
}

/** Every sheet but the add-in's state sheet, in workbook order, as ExcelJS reads the workbook's bytes. */
export async function workbookState(wb: XlsxWorkbook | ExcelJS.Workbook): Promise<Map<string, SheetState>> {
  const book = "save" in wb ? await excelFrom(wb) : wb;
  const out = new Map<string, SheetState>();
  for (const ws of book.worksheets) if (ws.name.toLowerCase() !== STATE_SHEET) out.set(ws.name, sheetState(ws));
  return out;
}

export interface CellChange {
  /** "Sheet!B7" */
  key: string;
  before: CellState | undefined;
  after: CellState | undefined;
}

/** Cells that differ between two states of the same sheets (sheets only in `after` are not compared). */
export function changedCells(before: Map<string, SheetState>, after: Map<string, SheetState>): CellChange[] {
  const out: CellChange[] = [];
  for (const [name, b] of before) {
    const a = after.get(name);
    const keys = new Set([...b.cells.keys(), ...(a?.cells.keys() ?? [])]);
    for (const k of keys) {
      const x = b.cells.get(k);
      const y = a?.cells.get(k);
      if (json(x) !== json(y)) out.push({ key: `${name}!${k}`, before: x, after: y });
    }
  }
  return out;
}

/** Sheet-level differences (everything but the cells), as readable lines. */
export function changedSheets(before: Map<string, SheetState>, after: Map<string, SheetState>): string[] {
  const out: string[] = [];
  for (const [name, b] of before) {
    const a = after.get(name);
    if (!a) {
      out.push(`${name}: gone`);
      continue;
    }
    for (const k of ["state", "merges", "hiddenRows", "hiddenCols", "widths"] as const)
      if (json(a[k]) !== json(b[k])) out.push(`${name}: ${k} ${json(b[k])} -> ${json(a[k])}`);
  }
  return out;
}
