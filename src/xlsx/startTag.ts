import { isNameChar, isNameStart, isSpace } from "./xmlScan";

/**
 * A start tag's attributes as the rows' reader (sheetData.ts) reads them: into module scratch
 * (spans of names and values, and where each attribute it looks at is), without a string or an
 * object per attribute; anything outside the reader's forms throws StepAside.
 */

/** Thrown inside the reader: the rows are not in its forms (caught in sheetData.ts readSheetData). */
export class StepAside extends Error {}

export function stepAside(): never {
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
export const VALUE_SPANS = new Int32Array(MAX_ATTRS * 2);
export const WANTED = new Int32Array(WANTED_COUNT);
/** The attributes the reader looks at, each at its A_* index. */
const WANTED_NAMES = ["r", "s", "t", "ht", "ref", "hidden", "customFormat"];
export const A_R = 0;
export const A_S = 1;
export const A_T = 2;
export const A_HT = 3;
export const A_REF = 4;
export const A_HIDDEN = 5;
export const A_CUSTOM_FORMAT = 6;

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
export function attributes(xml: string, i: number): number {
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
export function valueLength(k: number): number {
  return k < 0 ? -1 : VALUE_SPANS[2 * k + 1] - VALUE_SPANS[2 * k];
}

/** The value of attribute k as written; undefined for k = -1. */
export function attrValue(xml: string, k: number): string | undefined {
  return k < 0 ? undefined : xml.slice(VALUE_SPANS[2 * k], VALUE_SPANS[2 * k + 1]);
}

/** Number(value of attribute k), plain digits read without making a string. */
export function numberOf(xml: string, k: number): number {
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
export function typeOf(xml: string, k: number): string {
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
