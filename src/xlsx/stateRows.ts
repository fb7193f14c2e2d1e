import { toA1 } from "../core/grid";
import { STATE_SHEET, decodeStateValue, encodeStateRow, readStateRow, type StateRow } from "../core/state/format";
import type { PackageBook } from "./book";
import { cellValueOf } from "./cellValue";
import { tagNames } from "./sheetEdit";
import { stateSheetXml } from "./sheetSpec";
import type { RowRec } from "./sheetPart";
import { XlsxWorkbookError } from "./errors";
import { escapeAttr, escapeText, encodeXmlString } from "./xml";

/**
 * The add-in's state (undo records, marks) in the very hidden sheet whose
 * cells src/core/state/format.ts lays out, the same for every adapter. A save
 * replaces the key's own row element and nothing else.
 */
export { STATE_SHEET };

export interface StateEntry {
  row: RowRec;
  head: StateRow;
  value: string | null;
}

function statePath(book: PackageBook): string | null {
  return book.sheets().find((s) => s.kind === "worksheet" && s.name.toLowerCase() === STATE_SHEET)?.path ?? null;
}

/** Every key's row (a key on two rows: the lower one); empty when there is no state sheet. */
export function readStateRows(book: PackageBook): Map<string, StateEntry> {
  const out = new Map<string, StateEntry>();
  const path = statePath(book);
  if (!path) return out;
  const strings = book.sharedStrings();
  for (const row of book.sheetPart(path).rows) {
    const cells: unknown[] = [];
    for (const c of row.cells) cells[c.col] = cellValueOf(c, strings);
    const head = readStateRow(cells[0], cells[1]);
    if (head) out.set(head.key, { row, head, value: decodeStateValue(head, cells.slice(head.first)) });
  }
  return out;
}

function rowXml(row: number, values: readonly string[], tag: { row: string; c: string; is: string; t: string }): string {
  const cells = values.map((v, i) => {
    const ref = toA1({ row, col: i });
    return `<${tag.c} r="${escapeAttr(ref)}" t="inlineStr"><${tag.is}><${tag.t} xml:space="preserve">${escapeText(encodeXmlString(v))}</${tag.t}></${tag.is}></${tag.c}>`;
  });
  return `<${tag.row} r="${row + 1}">${cells.join("")}</${tag.row}>`;
}


/**
 * Write `value` under `key` (null removes the key's row). The sheet is
 * created very hidden when needed (refused in a workbook whose structure is
 * locked), and removed when its last row goes.
 */
export function writeState(book: PackageBook, key: string, value: string | null): void {
  const path = statePath(book);
  if (!path) {
    if (value === null) return;
    if (book.workbook.lockStructure) throw new XlsxWorkbookError("workbook.structureLocked");
    book.addWorksheet(STATE_SHEET, stateSheetXml([encodeStateRow(key, value)]), "veryHidden");
    return;
  }
  const xml = book.text(path) ?? "";
  const part = book.sheetPart(path);
  const tag = tagNames(xml);
  const at = readStateRows(book).get(key)?.row;
  if (value === null) {
    if (!at) return;
    book.setText(path, xml.slice(0, at.start) + xml.slice(at.end));
    if (book.sheetPart(path).rows.every((r) => r.cells.every((c) => c.v === null))) book.removeSheet(book.sheets().findIndex((s) => s.path === path));
    return;
  }
  if (at) {
    book.setText(path, xml.slice(0, at.start) + rowXml(at.row, encodeStateRow(key, value), tag) + xml.slice(at.end));
    return;
  }
  if (!part.sheetData) return;
  // A new key takes the first row with no value, as in the Excel adapter.
  const used = new Set(part.rows.filter((r) => r.cells.some((c) => c.v !== null)).map((r) => r.row));
  let free = 0;
  while (used.has(free)) free++;
  const existing = part.rows.find((r) => r.row === free);
  const text = rowXml(free, encodeStateRow(key, value), tag);
  if (existing) {
    book.setText(path, xml.slice(0, existing.start) + text + xml.slice(existing.end));
    return;
  }
  const next = part.rows.find((r) => r.row > free);
  if (part.sheetData.selfClosing) {
    const open = xml.slice(part.sheetData.openStart, part.sheetData.openEnd).replace(/\s*\/>$/, ">");
    const name = /^<([\w.:-]+)/.exec(open)?.[1] ?? "sheetData";
    book.setText(path, xml.slice(0, part.sheetData.openStart) + open + text + `</${name}>` + xml.slice(part.sheetData.openEnd));
    return;
  }
  const pos = next ? next.start : part.sheetData.closeStart;
  book.setText(path, xml.slice(0, pos) + text + xml.slice(pos));
}
