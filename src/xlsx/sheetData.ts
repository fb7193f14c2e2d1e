import type { RangeRef } from "../core/grid";
import { parseRangeA1 } from "../core/grid";
import { decodeXmlString, xmlBool } from "./xml";
import { decodeEntities, isSpace, OutsideSubset, outsideSubset } from "./xmlScan";
import { A_CUSTOM_FORMAT, A_HIDDEN, A_HT, A_R, A_REF, A_S, A_T, attributes, attrValue, numberOf, StepAside, stepAside, typeOf, VALUE_SPANS, valueLength, WANTED } from "./startTag";
import { colAt, RowRec, type CellStore } from "./sheetCells";

/**
 * The rows of a worksheet's <sheetData>, read straight from the part's text.
 *
 * The rows are most of a worksheet and most of the time a validation takes
 * (BENCHMARKS.md, "CLI over its floor"). Every writer puts them in the same
 * few forms: <row attrs> holding <c attrs/> or <c attrs> with an <f>, a <v>
 * or an inline <is><t>. This reader knows just those forms, with the same
 * strictness as the scanner (xmlScan.ts): anything else, however valid (a
 * prefix, a rich-text run, a phonetic run, white space inside a tag's end,
 * an entity in an attribute, a repeated attribute), makes it step aside,
 * nothing kept, and the scanner reads the rows as events (sheetPart.ts) as it
 * reads the rest of the part. What the scanner's subset leaves out (control
 * characters, CDATA, comments: xmlScan.ts's OUTSIDE) is not in these forms
 * either: the scanner need not have checked the text this reader takes.
 * test/xlsx/pkg/sheetData.test.ts compares the two readings.
 */

/** What the rows say besides their cells: array and shared formulas' ranges. */
export interface SheetDataRead {
  rows: RowRec[];
  arrays: RangeRef[];
  shared: { anchor: { row: number; col: number }; ref: RangeRef }[];
  /** Index of the "<" of </sheetData>. */
  end: number;
}

/** Whether the text at i is the characters of `s`. */
function at(xml: string, i: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (xml.charCodeAt(i + k) !== s.charCodeAt(k)) return false;
  return true;
}

/** Whether the text at i opens an element named `name` (the name ends there: white space, ">" or "/"). */
function opens(xml: string, i: number, name: string): boolean {
  if (xml.charCodeAt(i) !== 60 || !at(xml, i + 1, name)) return false;
  const after = xml.charCodeAt(i + 1 + name.length);
  return isSpace(after) || after === 62 || after === 47;
}

function skipSpace(xml: string, i: number): number {
  while (isSpace(xml.charCodeAt(i))) i++;
  return i;
}

/** Where the last textAt stopped: the index of the "<" after the text. */
let textEnd = 0;

/** Character data from i up to the next "<" (entities expanded); textEnd is where that "<" is. */
function textAt(xml: string, i: number): string {
  const end = xml.indexOf("<", i);
  if (end < 0) stepAside();
  const raw = xml.slice(i, end);
  if (outsideSubset(raw)) stepAside();
  textEnd = end;
  return raw.includes("&") ? decodeEntities(raw) : raw;
}

/**
 * Read the rows from `from` (just after <sheetData>'s start tag) to </sheetData> into `store`
 * and row records; null when they are not all in the reader's forms (then the store is as it
 * was: the caller reads them as events). The records are what sheetPart.ts's handlers make of
 * the same rows.
 */
export function readSheetData(xml: string, from: number, store: CellStore, firstRow = 0): SheetDataRead | null {
  const out: SheetDataRead = { rows: [], arrays: [], shared: [], end: -1 };
  const before = store.count;
  const rowsBefore = store.rows;
  try {
    /** The row a <row> without r is (the one after the last; `firstRow` for the first). */
    let nextRow = firstRow;
    let i = from;
    for (;;) {
      i = skipSpace(xml, i);
      if (at(xml, i, "</sheetData")) {
        out.end = i;
        return out;
      }
      if (!opens(xml, i, "row")) stepAside();
      const start = i;
      let end = attributes(xml, i + 4);
      const selfClosing = end < 0;
      if (selfClosing) end = ~end;
      const index = valueLength(WANTED[A_R]) > 0 ? numberOf(xml, WANTED[A_R]) - 1 : nextRow;
      nextRow = index + 1;
      const row = new RowRec(index, start, end, selfClosing, store);
      row.hidden = xmlBool(attrValue(xml, WANTED[A_HIDDEN]), false);
      if (xmlBool(attrValue(xml, WANTED[A_CUSTOM_FORMAT]), false) && WANTED[A_S] >= 0) row.s = numberOf(xml, WANTED[A_S]) || 0;
      const height = WANTED[A_HT] >= 0 ? numberOf(xml, WANTED[A_HT]) : NaN;
      if (Number.isFinite(height)) row.height = height;
      out.rows.push(row);
      i = end;
      if (!selfClosing) row.end = i = readCells(xml, i, row, store, out);
    }
  } catch (e) {
    // An entity the scanner does not know: the scanner meets it again and steps aside to saxes.
    if (!(e instanceof StepAside || e instanceof OutsideSubset)) throw e;
    store.truncate(before, rowsBefore);
    return null;
  }
}

/**
 * The cell most cells are, as writers write it: r (letters and a row number), then s and t
 * when there, then nothing, an empty element or a <v> of plain text (no entity, no ">", nothing
 * outside the scanner's subset). Such cells are read with this expression, in a function small
 * enough to be optimised early: the expression is machine code from its first use, where the
 * character loop of readCells runs unoptimised through much of a large part. Any other cell is
 * read by that loop, which reads this form the same (test/xlsx/pkg/sheetData.test.ts).
 * Groups: 1 the r letters, 2 s, 3 t, 4 the value.
 */
// eslint-disable-next-line no-control-regex -- a value with a control character is not a plain cell
const PLAIN_CELL = /<c r="([A-Z]{1,3})[1-9][0-9]{0,6}"(?: s="([0-9]{1,9})")?(?: t="([sbne])")?(?:\/>|>(?:<v>([^<&>\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]*)<\/v>)?<\/c>)/y;

/**
 * The plain cells (PLAIN_CELL) from i on into the store; returns the index after them. The
 * expression only tests (no match array, no group strings: a large part has a hundred thousand
 * cells); the fields are then read from the text it has matched, whose form it fixes:
 * `<c r="` letters digits `"`, then ` s="` digits `"`, then ` t="` one letter `"`, then `/>`,
 * `></c>` or `><v>` value `</v></c>`.
 */
function plainCells(xml: string, i: number, store: CellStore): number {
  for (;;) {
    PLAIN_CELL.lastIndex = i;
    if (!PLAIN_CELL.test(xml)) return i;
    const end = PLAIN_CELL.lastIndex;
    let k = xml.indexOf('"', i + 7) + 1; // after r's closing quote
    const col = colAt(xml, i + 6, k, 0);
    let s = 0;
    if (xml.charCodeAt(k + 1) === 115) {
      // ' s="' digits '"'
      for (k += 4; xml.charCodeAt(k) !== 34; k++) s = s * 10 + xml.charCodeAt(k) - 48;
      k++;
    }
    let t = "n";
    if (xml.charCodeAt(k + 1) === 116) {
      t = xml[k + 4]; // ' t="' letter '"'
      k += 6;
    }
    const cell = store.add(col, i, end, s, t);
    if (end - k > 5) store.v[cell] = xml.slice(k + 4, end - 8); // '><v>' value '</v></c>'
    i = end;
  }
}

/** The cells of a row from i up to its </row>; returns the index after it. */
function readCells(xml: string, i: number, row: RowRec, store: CellStore, out: SheetDataRead): number {
  let nextCol = 0;
  for (;;) {
    const count = store.count;
    i = plainCells(xml, i, store);
    if (store.count > count) {
      row.count += store.count - count;
      nextCol = store.col[store.count - 1] + 1;
    }
    i = skipSpace(xml, i);
    if (at(xml, i, "</row>")) return i + 6;
    if (!opens(xml, i, "c")) stepAside();
    const start = i;
    let end = attributes(xml, i + 2);
    const selfClosing = end < 0;
    if (selfClosing) end = ~end;
    const r = WANTED[A_R];
    const col = r < 0 ? nextCol : colAt(xml, VALUE_SPANS[2 * r], VALUE_SPANS[2 * r + 1], nextCol);
    nextCol = col + 1;
    const t = typeOf(xml, WANTED[A_T]);
    const cell = store.add(col, start, end, WANTED[A_S] >= 0 ? numberOf(xml, WANTED[A_S]) || 0 : 0, t);
    row.count++;
    i = end;
    if (selfClosing) continue;
    i = skipSpace(xml, i);
    if (opens(xml, i, "f")) {
      store.formula[cell] = 1;
      end = attributes(xml, i + 2);
      const kind = attrValue(xml, WANTED[A_T]);
      const ref = attrValue(xml, WANTED[A_REF]);
      if (kind === "array" && ref) {
        const range = parseRangeA1(ref);
        if (range) out.arrays.push(range);
      } else if (kind === "shared" && ref) {
        const range = parseRangeA1(ref);
        if (range) out.shared.push({ anchor: { row: row.row, col }, ref: range });
      }
      if (end < 0) i = ~end;
      else {
        store.formulaText.set(cell, textAt(xml, end));
        if (!at(xml, textEnd, "</f>")) stepAside();
        i = textEnd + 4;
      }
      i = skipSpace(xml, i);
    }
    if (at(xml, i, "<v>")) {
      const v = textAt(xml, i + 3);
      store.v[cell] = t === "str" || t === "inlineStr" ? decodeXmlString(v) : v;
      if (!at(xml, textEnd, "</v>")) stepAside();
      i = skipSpace(xml, textEnd + 4);
    } else if (at(xml, i, "<is>")) {
      if (!opens(xml, i + 4, "t")) stepAside();
      end = attributes(xml, i + 6);
      if (end < 0) stepAside();
      store.v[cell] = decodeXmlString(textAt(xml, end));
      if (!at(xml, textEnd, "</t></is>")) stepAside();
      i = skipSpace(xml, textEnd + 9);
    }
    if (!at(xml, i, "</c>")) stepAside();
    i += 4;
    store.end[cell] = i;
  }
}
