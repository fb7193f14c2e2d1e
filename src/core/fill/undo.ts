import type { CellEdit } from "../edits";
import { isCellError, type CellValue } from "../grid";

/**
 * The fill's undo record, kept inside the workbook (Workbook.saveState) so that
 * "Undo fill" works after the task pane was closed and reopened. A small stack:
 * each fill pushes the cells it changed; undo takes the last one.
 *
 * Stored compactly as JSON: { v: 1, stack: [{ sheets, formats, cells }] } where
 * each cell is [sheet index, row, col, value written, previous value, previous
 * format index], and a seventh item, the previous formula, when the cell held
 * one (undo writes it back). A damaged record reads as an empty stack (never guessed at).
 */
export const FILL_UNDO_KEY = "renaksi.fill.undo";
/** Fills kept for undo. */
export const UNDO_DEPTH = 5;
/** Cells kept over all fills (the newest fill is always kept whole). */
export const UNDO_CELL_LIMIT = 250_000;

type Cell = [number, number, number, CellValue, CellValue, number] | [number, number, number, CellValue, CellValue, number, string];
interface Entry {
  sheets: string[];
  formats: string[];
  cells: Cell[];
}
interface UndoRecord {
  v: 1;
  stack: Entry[];
}

function encode(edits: readonly CellEdit[]): Entry {
  const sheets: string[] = [];
  const formats: string[] = [];
  const index = (list: string[], s: string): number => {
    const i = list.indexOf(s);
    return i >= 0 ? i : list.push(s) - 1;
  };
  const cells = edits.map((e): Cell => {
    const cell: Cell = [index(sheets, e.sheet), e.row, e.col, e.value, e.previous.value, index(formats, e.previous.format)];
    return e.previous.formula === undefined ? cell : [...cell, e.previous.formula];
  });
  return { sheets, formats, cells };
}

function decode(entry: Entry): CellEdit[] {
  return entry.cells.map(([s, row, col, value, prev, f, formula]) => ({
    sheet: entry.sheets[s],
    row,
    col,
    value,
    previous: { value: prev, format: entry.formats[f], ...(formula !== undefined ? { formula } : {}) },
  }));
}

function isValue(v: unknown): v is CellValue {
  return v === null || ["string", "number", "boolean"].includes(typeof v) || isCellError(v as CellValue);
}

function isEntry(e: unknown): e is Entry {
  if (!e || typeof e !== "object") return false;
  const { sheets, formats, cells } = e as Entry;
  if (!Array.isArray(sheets) || !Array.isArray(formats) || !Array.isArray(cells)) return false;
  return cells.every((c) =>
    Array.isArray(c) && (c.length === 6 || (c.length === 7 && typeof c[6] === "string")) && typeof sheets[c[0]] === "string" && Number.isInteger(c[1]) && c[1] >= 0 &&
    Number.isInteger(c[2]) && c[2] >= 0 && isValue(c[3]) && isValue(c[4]) && typeof formats[c[5]] === "string");
}

function read(json: string | null): Entry[] {
  if (!json) return [];
  try {
    const r = JSON.parse(json) as UndoRecord;
    return r && r.v === 1 && Array.isArray(r.stack) && r.stack.every(isEntry) ? r.stack : [];
  } catch {
    return [];
  }
}

function write(stack: Entry[]): string | null {
  return stack.length === 0 ? null : JSON.stringify({ v: 1, stack } satisfies UndoRecord);
}

/** The record with one more fill on top (older fills dropped beyond UNDO_DEPTH / UNDO_CELL_LIMIT). */
export function pushUndo(json: string | null, edits: readonly CellEdit[]): string | null {
  const stack = [...read(json), encode(edits)];
  let cells = 0;
  let keep = stack.length;
  for (let i = stack.length - 1; i >= 0; i--) {
    cells += stack[i].cells.length;
    if (i < stack.length - 1 && (cells > UNDO_CELL_LIMIT || stack.length - i > UNDO_DEPTH)) break;
    keep = i;
  }
  return write(stack.slice(keep));
}

/** The edits of the last fill (as they were applied), or null when there is nothing to undo. */
export function lastUndo(json: string | null): CellEdit[] | null {
  const stack = read(json);
  return stack.length ? decode(stack[stack.length - 1]) : null;
}

/** The record without its last fill (null when empty). */
export function popUndo(json: string | null): string | null {
  return write(read(json).slice(0, -1));
}

/** How many fills can be undone. */
export function undoDepth(json: string | null): number {
  return read(json).length;
}
