import type { RangeRef } from "../core/grid";
import { parseA1, parseRangeA1 } from "../core/grid";
import { decodeXmlString, parseLargeXml, xmlBool, type XmlHandlers } from "./xml";
import { readSheetData } from "./sheetData";
import { CellStore, colOf, RowRec } from "./sheetCells";
import { MAX_CELLS, MAX_COLS, MAX_MERGES, PartTooLarge } from "./partLimits";

/**
 * One worksheet part read into a sparse model: only the cells the part has
 * (a far cell costs one record), each with where its element is in the text,
 * so that an edit replaces exactly that element and nothing else.
 */

export { CellStore, RowRec, type CellRec } from "./sheetCells";

export interface ColRec {
  /** 0-based, inclusive. */
  min: number;
  max: number;
  width?: number;
  hidden: boolean;
  s?: number;
}

export interface SheetPart {
  rows: RowRec[];
  /** Every row's cells (RowRec.first, count). */
  cells: CellStore;
  cols: ColRec[];
  merges: RangeRef[];
  /** Ranges of array formulas (the anchor's ref): every cell in them is a formula cell. */
  arrays: RangeRef[];
  /** Ranges of shared formulas anchored in a cell (the anchor's ref). */
  shared: { anchor: { row: number; col: number }; ref: RangeRef }[];
  /** <sheetProtection sheet="1">: locked cells may not be changed. */
  protected: boolean;
  /** Where rows go: the end of <sheetData>'s start tag and the start of </sheetData> (the same for <sheetData/>, with selfClosing). */
  sheetData: { openStart: number; openEnd: number; closeStart: number; selfClosing: boolean } | null;
  /** The first <sheetView> element, for the cursor and the selected tab. */
  sheetView: { start: number; end: number; selfClosing: boolean; attrs: Record<string, string>; closeEnd: number } | null;
  /** <sheetFormatPr defaultRowHeight> and defaultColWidth (characters), when given. */
  defaultRowHeight?: number;
  defaultColWidth?: number;
  /** The active cell saved in the first sheet view. */
  activeCell?: { row: number; col: number };
}

/** The handlers that read a worksheet part into `part`; all their state is here, made afresh for each reading (parseLargeXml). */
function sheetHandlers(xml: string, part: SheetPart, fast: boolean): XmlHandlers {
  let row: RowRec | null = null;
  /** The open cell's index in part.cells; -1 outside a cell. */
  let cell = -1;
  const store = part.cells;
  /** Text is collected inside <v>, <f> and inline string <t> (not in phonetic runs). */
  let collect: "v" | "f" | "t" | null = null;
  let inPhonetic = false;
  let inInline = false;
  let buf = "";
  let nextRow = 0;
  let nextCol = 0;
  let viewDepth = 0;
  let dataOpen: { openStart: number; openEnd: number } | null = null;

  return {
    open(tag, a, start, end, selfClosing) {
      switch (tag) {
        case "c": {
          const col = colOf(a.r, nextCol);
          nextCol = col + 1;
          // A cell outside a row is kept out of every row (as it always was), not out of the store.
          cell = store.add(col, start, end, Number(a.s) || 0, a.t ?? "n");
          if (row) row.count++;
          return;
        }
        case "v":
          if (cell >= 0) {
            collect = "v";
            buf = "";
          }
          return;
        case "f":
          if (cell < 0) return;
          store.formula[cell] = 1;
          if (a.t === "array" && a.ref) {
            const ref = parseRangeA1(a.ref);
            if (ref) part.arrays.push(ref);
          } else if (a.t === "shared" && a.ref && row) {
            const ref = parseRangeA1(a.ref);
            if (ref) part.shared.push({ anchor: { row: row.row, col: store.col[cell] }, ref });
          }
          if (!selfClosing) {
            collect = "f";
            buf = "";
          }
          return;
        case "rPh":
          inPhonetic = true;
          return;
        case "is":
          if (cell >= 0) {
            inInline = true;
            buf = "";
          }
          return;
        case "t":
          if (inInline && !inPhonetic) collect = "t";
          return;
        case "row": {
          const r = a.r ? Number(a.r) - 1 : nextRow;
          nextRow = r + 1;
          nextCol = 0;
          row = new RowRec(r, start, end, selfClosing, store);
          row.hidden = xmlBool(a.hidden, false);
          if (xmlBool(a.customFormat, false) && a.s !== undefined) row.s = Number(a.s) || 0;
          if (a.ht !== undefined && Number.isFinite(Number(a.ht))) row.height = Number(a.ht);
          part.rows.push(row);
          return;
        }
        case "col": {
          const c: ColRec = { min: (Number(a.min) || 1) - 1, max: (Number(a.max) || Number(a.min) || 1) - 1, hidden: xmlBool(a.hidden, false) };
          if (a.width !== undefined) c.width = Number(a.width);
          if (a.style !== undefined) c.s = Number(a.style) || 0;
          if (part.cols.length >= MAX_COLS) throw new PartTooLarge();
          part.cols.push(c);
          return;
        }
        case "mergeCell": {
          const ref = a.ref ? parseRangeA1(a.ref) : null;
          if (ref && part.merges.length >= MAX_MERGES) throw new PartTooLarge();
          if (ref) part.merges.push(ref);
          return;
        }
        case "sheetData":
          dataOpen = { openStart: start, openEnd: end };
          if (selfClosing) part.sheetData = { ...dataOpen, closeStart: end, selfClosing: true };
          return;
        case "sheetFormatPr":
          if (a.defaultRowHeight !== undefined && Number.isFinite(Number(a.defaultRowHeight))) part.defaultRowHeight = Number(a.defaultRowHeight);
          if (a.defaultColWidth !== undefined && Number.isFinite(Number(a.defaultColWidth))) part.defaultColWidth = Number(a.defaultColWidth);
          return;
        case "sheetProtection":
          part.protected = xmlBool(a.sheet, false);
          return;
        case "sheetView":
          if (!part.sheetView) {
            part.sheetView = { start, end, selfClosing, attrs: a, closeEnd: end };
            viewDepth = 1;
          }
          return;
        case "selection":
          if (viewDepth === 1 && part.activeCell === undefined && a.activeCell) {
            const at = parseA1(a.activeCell);
            if (at) part.activeCell = at;
          }
          return;
      }
    },
    close(tag, end) {
      switch (tag) {
        case "c":
          if (cell >= 0) store.end[cell] = end;
          cell = -1;
          collect = null;
          buf = "";
          return;
        case "v":
          if (cell >= 0 && collect === "v") store.v[cell] = store.t[cell] === "str" || store.t[cell] === "inlineStr" ? decodeXmlString(buf) : buf;
          collect = null;
          return;
        case "f":
          if (cell >= 0 && collect === "f") store.formulaText.set(cell, buf);
          collect = null;
          return;
        case "rPh":
          inPhonetic = false;
          return;
        case "t":
          if (collect === "t") collect = null;
          return;
        case "is":
          if (cell >= 0 && inInline) store.v[cell] = decodeXmlString(buf);
          inInline = false;
          return;
        case "row":
          if (row) row.end = end;
          row = null;
          return;
        case "sheetData":
          if (dataOpen && !part.sheetData) part.sheetData = { ...dataOpen, closeStart: xml.lastIndexOf("<", end - 1), selfClosing: false };
          return;
        case "sheetView":
          if (viewDepth === 1 && part.sheetView) part.sheetView.closeEnd = end;
          viewDepth = 0;
          return;
      }
    },
    text(t) {
      if (collect) buf += t;
    },
    content(tag, from) {
      // The rows read straight from the text when they are in the forms writers use (sheetData.ts),
      // only where the events would start afresh too: no row, cell or text open around them.
      if (tag !== "sheetData" || !fast || row !== null || cell >= 0 || collect !== null || inInline || inPhonetic) return -1;
      const read = readSheetData(xml, from, store, nextRow);
      if (!read) return -1;
      for (const r of read.rows) part.rows.push(r);
      for (const a of read.arrays) part.arrays.push(a);
      for (const f of read.shared) part.shared.push(f);
      // Where the events would have left the numbering: the row after the last, the column after its last cell.
      const last = read.rows[read.rows.length - 1];
      if (last) {
        nextRow = last.row + 1;
        nextCol = last.count ? last.lastCol() + 1 : 0;
      }
      return read.end;
    },
  };
}

/**
 * Room for the cells of a part of this many characters: a cell takes 11 at the least and rarely
 * under 24 (`<c r="B12" s="3"><v>7</v></c>`); past the cap the store grows as it fills.
 */
function expectedCells(length: number): number {
  return Math.min(Math.ceil(length / 24), 1 << 18);
}

/**
 * Read a worksheet part; `rowsAsEvents` leaves the rows to the scanner's events (tests compare the two readings).
 * Throws PartTooLarge past `cellLimit` cells, or MAX_ROWS rows, MAX_COLS column records or MAX_MERGES merged ranges (partLimits.ts).
 */
export function parseSheetPart(xml: string, rowsAsEvents = false, cellLimit = MAX_CELLS): SheetPart {
  let part!: SheetPart;
  parseLargeXml(xml, () => {
    part = { rows: [], cells: new CellStore(expectedCells(xml.length), cellLimit), cols: [], merges: [], arrays: [], shared: [], protected: false, sheetData: null, sheetView: null };
    return sheetHandlers(xml, part, !rowsAsEvents);
  });
  // The schema wants rows and cells in order; a writer that did not keep it is put in order here (spans stay right).
  if (!ascending(part.rows, (r) => r.row)) part.rows.sort((a, b) => a.row - b.row);
  const { cells } = part;
  for (const r of part.rows) {
    for (let k = 1; k < r.count; k++) {
      if (cells.col[r.first + k] < cells.col[r.first + k - 1]) {
        cells.sortRange(r.first, r.count);
        break;
      }
    }
  }
  return part;
}

function ascending<T>(list: readonly T[], key: (t: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (key(list[i]) < key(list[i - 1])) return false;
  return true;
}

/** The style a cell has: its own, else its row's (customFormat), else its column's; `own` looks at the cell's record only. */
export function styleAt(part: SheetPart, row: number, col: number, own = false): number {
  const r = rowAt(part, row);
  const cell = r?.cells.find((c) => c.col === col);
  if (cell || own) return cell?.s ?? 0;
  if (r?.s !== undefined) return r.s;
  return part.cols.find((c) => col >= c.min && col <= c.max)?.s ?? 0;
}

/** Index of the row record in `rows` (sorted by row), or -(insertion point + 1). */
export function findRow(rows: readonly RowRec[], row: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].row < row) lo = mid + 1;
    else if (rows[mid].row > row) hi = mid - 1;
    else return mid;
  }
  return -(lo + 1);
}

/** The row record of a row; undefined when the part has none. */
export function rowAt(part: SheetPart, row: number): RowRec | undefined {
  const i = findRow(part.rows, row);
  return i >= 0 ? part.rows[i] : undefined;
}
