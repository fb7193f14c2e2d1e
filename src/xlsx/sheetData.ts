import type { RangeRef } from "../core/grid";
import { parseRangeA1 } from "../core/grid";
import { decodeXmlString, xmlBool } from "./xml";
import { decodeEntities, isNameChar, isNameStart, isSpace, OutsideSubset, outsideSubset } from "./xmlScan";
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
 * either: the scanner does not check the text this reader takes.
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

/** Thrown inside the reader: the rows are not in its forms (caught in readSheetData). */
class StepAside extends Error {}

function stepAside(): never {
  throw new StepAside();
}

/** At most this many attributes on one element in the reader's forms. */
const MAX_ATTRS = 16;

/**
 * The attributes of the element just read (attributes()): name and value spans, how many, and
 * for each attribute the reader looks at (A_*) its index among them, -1 when absent. Module
 * scratch: the reader is synchronous and reads one element at a time.
 */
const WANTED_COUNT = 7;
const NAME_SPANS = new Int32Array(MAX_ATTRS * 2);
const VALUE_SPANS = new Int32Array(MAX_ATTRS * 2);
const WANTED = new Int32Array(WANTED_COUNT);
/** The attributes the reader looks at, each at its A_* index. */
const WANTED_NAMES = ["r", "s", "t", "ht", "ref", "hidden", "customFormat"];
const A_R = 0;
const A_S = 1;
const A_T = 2;
const A_HT = 3;
const A_REF = 4;
const A_HIDDEN = 5;
const A_CUSTOM_FORMAT = 6;

/** Which attribute the reader looks at the name from..to is (A_*); -1 for none. */
function wanted(xml: string, from: number, to: number): number {
  for (let k = 0; k < WANTED_NAMES.length; k++) {
    if (WANTED_NAMES[k].length === to - from && xml.startsWith(WANTED_NAMES[k], from)) return k;
  }
  return -1;
}

/** Whether names k (of the element's) and from..to are the same. */
function sameName(xml: string, k: number, from: number, to: number): boolean {
  const a = NAME_SPANS[2 * k];
  const len = NAME_SPANS[2 * k + 1] - a;
  if (len !== to - from) return false;
  for (let j = 0; j < len; j++) if (xml.charCodeAt(a + j) !== xml.charCodeAt(from + j)) return false;
  return true;
}

/**
 * The attributes from `i` (just after the element's name) to its start tag's end, into the
 * scratch above. Returns the index after the tag, as ~index (negative) when the tag closed itself.
 * Values with "<", "&", ">", a control character (a tab or a line break too) or a character
 * outside the subset, a repeated name, white space around "=": not the reader's forms.
 */
function attributes(xml: string, i: number): number {
  WANTED.fill(-1);
  let n = 0;
  for (;;) {
    const before = i;
    let c = xml.charCodeAt(i);
    while (isSpace(c)) c = xml.charCodeAt(++i);
    if (c === 62) return i + 1;
    if (c === 47) {
      if (xml.charCodeAt(i + 1) !== 62) stepAside();
      return ~(i + 2);
    }
    if (i === before || n === MAX_ATTRS || !isNameStart(c)) stepAside();
    const keyStart = i;
    c = xml.charCodeAt(++i);
    while (isNameChar(c)) c = xml.charCodeAt(++i);
    const keyEnd = i;
    if (c !== 61 /* = */) stepAside();
    const q = xml.charCodeAt(++i);
    if (q !== 34 && q !== 39) stepAside();
    const valueStart = ++i;
    for (c = xml.charCodeAt(i); c !== q; c = xml.charCodeAt(++i)) {
      // A control character (a tab or line break too), "<", "&", ">" (of "]]>"), a surrogate, U+FFFE, U+FFFF, the text's end.
      if (c < 32 || c === 60 || c === 38 || c === 62 || (c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe)) || !(c >= 0)) stepAside();
    }
    for (let k = 0; k < n; k++) if (sameName(xml, k, keyStart, keyEnd)) stepAside();
    const known = wanted(xml, keyStart, keyEnd);
    if (known >= 0) WANTED[known] = n;
    else if (keyEnd - keyStart === 9 && xml.startsWith("__proto__", keyStart)) stepAside();
    NAME_SPANS[2 * n] = keyStart;
    NAME_SPANS[2 * n + 1] = keyEnd;
    VALUE_SPANS[2 * n] = valueStart;
    VALUE_SPANS[2 * n + 1] = i;
    n++;
    i++;
  }
}

/** The length of attribute k's value; -1 for k = -1 (absent). */
function valueLength(k: number): number {
  return k < 0 ? -1 : VALUE_SPANS[2 * k + 1] - VALUE_SPANS[2 * k];
}

/** The value of attribute k as written; undefined for k = -1. */
function valueOf(xml: string, k: number): string | undefined {
  return k < 0 ? undefined : xml.slice(VALUE_SPANS[2 * k], VALUE_SPANS[2 * k + 1]);
}

/** Number(value of attribute k), plain digits read without making a string. */
function numberOf(xml: string, k: number): number {
  const from = VALUE_SPANS[2 * k];
  const to = VALUE_SPANS[2 * k + 1];
  let n = 0;
  for (let j = from; j < to; j++) {
    const c = xml.charCodeAt(j) - 48;
    if (c < 0 || c > 9 || j - from > 14) return Number(xml.slice(from, to));
    n = n * 10 + c;
  }
  return n;
}

/** The cell type attribute k: "n" when absent; the usual ones as the same strings (no new string a cell). */
function typeOf(xml: string, k: number): string {
  if (k < 0) return "n";
  const from = VALUE_SPANS[2 * k];
  const len = VALUE_SPANS[2 * k + 1] - from;
  if (len === 1) {
    const c = xml.charCodeAt(from);
    if (c === 115) return "s";
    if (c === 110) return "n";
    if (c === 98) return "b";
    if (c === 101) return "e";
  } else if (len === 3 && xml.startsWith("str", from)) return "str";
  else if (len === 9 && xml.startsWith("inlineStr", from)) return "inlineStr";
  return xml.slice(from, from + len);
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
      row.hidden = xmlBool(valueOf(xml, WANTED[A_HIDDEN]), false);
      if (xmlBool(valueOf(xml, WANTED[A_CUSTOM_FORMAT]), false) && WANTED[A_S] >= 0) row.s = numberOf(xml, WANTED[A_S]) || 0;
      const height = WANTED[A_HT] >= 0 ? numberOf(xml, WANTED[A_HT]) : NaN;
      if (Number.isFinite(height)) row.height = height;
      out.rows.push(row);
      i = end;
      if (!selfClosing) row.end = i = readCells(xml, i, row, store, out);
    }
  } catch (e) {
    // An entity the scanner does not know: the scanner meets it again and steps aside to saxes.
    if (!(e instanceof StepAside || e instanceof OutsideSubset)) throw e;
    store.truncate(before);
    return null;
  }
}

/**
 * The cell most cells are, as writers write it: r (letters and a row number), then s and t
 * when there, then nothing, an empty element or a <v> of plain text (no entity, no ">", nothing
 * outside the scanner's subset). Such cells
 * are read with this expression, in a function small enough to be optimised early: the
 * expression is machine code from its first use, where the character loop of readCells runs
 * unoptimised through much of a large part. Any other cell is read by that loop, which reads
 * this form the same (test/xlsx/pkg/sheetData.test.ts). Groups: 1 the r letters, 2 s, 3 t,
 * 4 the value.
 */
// eslint-disable-next-line no-control-regex -- a value with a control character is not a plain cell
const PLAIN_CELL = /<c r="([A-Z]{1,3})[1-9][0-9]{0,6}"(?: s="([0-9]{1,9})")?(?: t="([sbne])")?(?:\/>|>(?:<v>([^<&>\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]*)<\/v>)?<\/c>)/y;

/** The plain cells (PLAIN_CELL) from i on into the store; returns the index after them. */
function plainCells(xml: string, i: number, store: CellStore): number {
  for (;;) {
    PLAIN_CELL.lastIndex = i;
    const plain = PLAIN_CELL.exec(xml);
    if (!plain) return i;
    const end = PLAIN_CELL.lastIndex;
    const cell = store.add(colAt(plain[1], 0, plain[1].length, 0), i, end, plain[2] === undefined ? 0 : Number(plain[2]), plain[3] ?? "n");
    if (plain[4] !== undefined) store.v[cell] = plain[4];
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
      const kind = valueOf(xml, WANTED[A_T]);
      const ref = valueOf(xml, WANTED[A_REF]);
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
