import { findRow, type CellRec, type RowRec, type SheetPart } from "./sheetPart";
import { partPrefix } from "./xml";

/**
 * Cell edits of one worksheet part, made in its text: each edited cell's
 * <c> element is replaced (or inserted in column order into its row, the row
 * inserted in row order when missing); every other byte stays as it was.
 */

/** What to put in a cell: the new <c> element from the old one (null when the part has no record of the cell). */
export interface CellWrite {
  row: number;
  col: number;
  make(old: CellRec | null, oldXml: string | null, tag: TagNames): string;
}

/** Element names as the part spells them (with its namespace prefix, when it uses one). */
export interface TagNames {
  c: string;
  v: string;
  f: string;
  is: string;
  t: string;
  row: string;
}

export function tagNames(xml: string): TagNames {
  const prefix = partPrefix(xml);
  return { c: `${prefix}c`, v: `${prefix}v`, f: `${prefix}f`, is: `${prefix}is`, t: `${prefix}t`, row: `${prefix}row` };
}

interface Splice {
  at: number;
  end: number;
  text: string;
}

/** The part's text with the writes made; null when the part has no <sheetData> to write into. */
export function editSheet(xml: string, part: SheetPart, writes: readonly CellWrite[]): string | null {
  if (!part.sheetData) return null;
  const tag = tagNames(xml);
  const byRow = new Map<number, CellWrite[]>();
  for (const w of writes) {
    const list = byRow.get(w.row);
    if (list) list.push(w);
    else byRow.set(w.row, [w]);
  }
  const splices: Splice[] = [];
  const newRows = new Map<number, string[]>(); // insertion point -> rows' XML, in row order
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const list = byRow.get(row)!.sort((a, b) => a.col - b.col);
    const i = findRow(part.rows, row);
    if (i >= 0) {
      rowSplices(xml, part.rows[i], list, tag, splices);
      continue;
    }
    const next = part.rows[-i - 1];
    const at = next ? next.start : part.sheetData.closeStart;
    const cells = list.map((w) => w.make(null, null, tag)).join("");
    const rows = newRows.get(at) ?? [];
    rows.push(`<${tag.row} r="${row + 1}">${cells}</${tag.row}>`);
    newRows.set(at, rows);
  }
  for (const [at, rows] of newRows) splices.push({ at, end: at, text: rows.join("") });
  if (part.sheetData.selfClosing && newRows.size) {
    // <sheetData/> becomes <sheetData>…</sheetData>.
    const open = xml.slice(part.sheetData.openStart, part.sheetData.openEnd).replace(/\s*\/>$/, ">");
    const name = /^<([\w.:-]+)/.exec(open)?.[1] ?? "sheetData";
    const inner = [...newRows.values()].flat().join("");
    return xml.slice(0, part.sheetData.openStart) + open + inner + `</${name}>` + xml.slice(part.sheetData.openEnd);
  }
  splices.sort((a, b) => a.at - b.at || a.end - b.end);
  let out = "";
  let pos = 0;
  for (const s of splices) {
    out += xml.slice(pos, s.at) + s.text;
    pos = s.end;
  }
  return out + xml.slice(pos);
}

function rowSplices(xml: string, row: RowRec, writes: readonly CellWrite[], tag: TagNames, out: Splice[]): void {
  if (row.selfClosing) {
    const open = xml.slice(row.start, row.end).replace(/\s*\/>$/, ">");
    const cells = writes.map((w) => w.make(null, null, tag)).join("");
    out.push({ at: row.start, end: row.end, text: `${open}${cells}</${tag.row}>` });
    return;
  }
  const cells = row.cells;
  let k = 0;
  for (const w of writes) {
    while (k < cells.length && cells[k].col < w.col) k++;
    const old = cells[k]?.col === w.col ? cells[k] : null;
    if (old) {
      out.push({ at: old.start, end: old.end, text: w.make(old, xml.slice(old.start, old.end), tag) });
      continue;
    }
    // Before the next cell, or before </row>.
    const at = k < cells.length ? cells[k].start : xml.lastIndexOf("<", row.end - 1);
    out.push({ at, end: at, text: w.make(null, null, tag) });
  }
}
