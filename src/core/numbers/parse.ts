import type { NumberReading } from "./types";
import { BoundedMemo } from "./memo";

/** Readings by text, shared and frozen: a table repeats a handful of texts ("25%", "-") in thousands of cells. */
const READINGS = new BoundedMemo<string, NumberReading>(10_000);

/**
 * Reading numbers and percentages written as text, Indonesian or English.
 *
 * Accepted: an optional sign ("-", "+", U+2212 minus) right before the digits,
 * digits with "." / "," separators, then optionally "%" (or fullwidth "％") or
 * the word "persen" / "prosen" / "percent", with or without a space before it.
 * Unicode spaces (NBSP, thin, figure...) count as spaces; zero-width marks are ignored.
 *
 * Separators, decided as follows (never guessed from context):
 * - both "." and ",": the last one is the decimal separator, the other groups
 *   thousands in groups of exactly 3 ("1.250,5" = 1250.5, "1,250.5" = 1250.5);
 * - one kind, twice or more: thousands groups ("1.500.000", "1,500,000");
 * - a single ",": always a decimal comma ("21,25", "1,5"; also "1,250" = 1.25,
 *   Indonesian first; isAmbiguousNumberText flags this case);
 * - a single ".": thousands when 1-3 digits (not starting with 0) are followed
 *   by exactly 3 digits ("14.250" = 14250, "1.250" = 1250, flagged ambiguous);
 *   otherwise a decimal point ("12.5", "0.2125", "0.250", "1234.567").
 * Empty: "", white space only, or dashes only ("-", "–", "—", "--").
 * Everything else is invalid and keeps the original text: spaces inside the
 * number ("21,25 5%", "2 1,25 5 %", "14 250"), a dangling separator ("21,"),
 * bad groups ("1.2.3"), words, "(%)", accounting parentheses "(5)".
 */
export function parseNumberText(text: string): NumberReading {
  if (typeof text !== "string") return scanNumberText(text).reading;
  let reading = READINGS.get(text);
  if (reading === undefined) reading = READINGS.set(text, Object.freeze(scanNumberText(text).reading));
  return reading;
}

/** What a text number looked like, for style detection. */
export interface NumberScan {
  reading: NumberReading;
  /** The decimal separator used, when there was a fraction. */
  decimalSep: "." | "," | null;
  /** The thousands separator used, when there were groups. */
  groupSep: "." | "," | null;
  /** How the percentage was written. */
  percentMark: "sign" | "word" | null;
  /** True when white space stands between the number and the percent mark. */
  spaceBeforePercent: boolean;
}

const DASHES_ONLY = /^[-\u2010-\u2015\u2212]+$/;
const PERCENT_TAIL = /^(.*?)(\s*)(%|persen|prosen|percent)$/i;
const SIGNED = /^([-+\u2212]?)([\d.,]+)$/;

export function scanNumberText(text: string): NumberScan {
  const original = typeof text === "string" ? text : String(text);
  const s = normalizeSpaces(original);
  const tail = PERCENT_TAIL.exec(s);
  const scan: NumberScan = {
    reading: { kind: "invalid", text: original },
    decimalSep: null,
    groupSep: null,
    percentMark: tail ? (tail[3] === "%" ? "sign" : "word") : null,
    spaceBeforePercent: tail !== null && tail[2] !== "",
  };
  if (s === "" || DASHES_ONLY.test(s)) return { ...scan, reading: { kind: "empty" } };
  const signed = SIGNED.exec(tail ? tail[1] : s);
  const body = signed ? readBody(signed[2]) : null;
  if (!signed || !body) return scan;
  const value = signed[1] === "" || signed[1] === "+" ? body.value : -body.value;
  return {
    ...scan,
    reading: { kind: "number", value: value === 0 ? 0 : value, percent: tail !== null },
    decimalSep: body.decimalSep,
    groupSep: body.groupSep,
  };
}

/**
 * True when a number text reads differently in Indonesian and English: one
 * separator followed by exactly three digits ("1.250", "1,250", "-14.250%").
 * parseNumberText reads "1.250" as 1250 and "1,250" as 1.25.
 */
export function isAmbiguousNumberText(text: string): boolean {
  const scan = scanNumberText(text);
  if (scan.reading.kind !== "number") return false;
  const s = normalizeSpaces(String(text)).replace(PERCENT_TAIL, "$1").replace(/^[-+\u2212]/, "");
  return /^[1-9]\d{0,2}[.,]\d{3}$/.test(s);
}

/** Zero-width marks, fullwidth %, leading/trailing or doubled white space, white space other than " ". */
const NEEDS_NORMALIZING = /[\u200b-\u200d\u2060\ufeff\uff05]|^\s|\s$|\s\s|[^\S ]/;

/** Fold every kind of white space to one space, drop zero-width marks, trim; fullwidth % to %. */
export function normalizeSpaces(s: string): string {
  if (!NEEDS_NORMALIZING.test(s)) return s; // the common case: nothing to fold, drop or trim
  return s
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .replace(/\uff05/g, "%")
    .trim();
}

interface Body {
  value: number;
  decimalSep: "." | "," | null;
  groupSep: "." | "," | null;
}

const DIGIT = /\d/;
const DIGITS = /^\d+$/;
const DIGITS_OR_NONE = /^\d*$/;
const SHORT_INT = /^[1-9]\d{0,2}$/;
const GROUPED_DOT = /^[1-9]\d{0,2}(\.\d{3})+$/;
const GROUPED_COMMA = /^[1-9]\d{0,2}(,\d{3})+$/;

/** Digits and separators only ("1.250,5"); null when they do not form one number. */
function readBody(body: string): Body | null {
  if (!DIGIT.test(body)) return null;
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? "." : ",";
    const group = dec === "." ? "," : ".";
    const at = Math.max(lastDot, lastComma);
    const int = body.slice(0, at);
    const frac = body.slice(at + 1);
    if (!isGrouped(int, group) || !DIGITS.test(frac)) return null;
    return number(int.split(group).join(""), frac, dec, group);
  }
  const sep = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
  if (sep === null) return number(body, "", null, null);
  const parts = body.split(sep);
  if (parts.length > 2) return isGrouped(body, sep) ? number(parts.join(""), "", null, sep) : null;
  const [int, frac] = parts;
  if (!DIGITS_OR_NONE.test(int) || !DIGITS.test(frac)) return null;
  if (sep === "." && SHORT_INT.test(int) && frac.length === 3) return number(int + frac, "", null, ".");
  return number(int, frac, sep, null);
}

function isGrouped(int: string, sep: "." | ","): boolean {
  return (sep === "." ? GROUPED_DOT : GROUPED_COMMA).test(int);
}

function number(int: string, frac: string, decimalSep: Body["decimalSep"], groupSep: Body["groupSep"]): Body | null {
  const value = Number(`${int || "0"}.${frac || "0"}`);
  return Number.isFinite(value) ? { value, decimalSep, groupSep } : null;
}
