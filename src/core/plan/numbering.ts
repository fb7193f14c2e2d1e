import type { Level, Numbering } from "./types";

export interface SplitText {
  numbering: Numbering;
  /** The text without its numbering. */
  rest: string;
  /** Nomenclature code written in the text, if any. */
  code: string | null;
  /** Level named by a leading word ("Sasaran", "Program", "Kegiatan", "Sub Kegiatan") or a code. */
  explicit: Level | null;
  /** Parts of an outline number ("1.2.3" -> 3). */
  depth: number;
}

const NONE: Numbering = { style: "none", raw: "", ordinal: null };

/** Nomenclature code "U.BB.PP[.K.KK[.SSSS]]", X allowed for urusan/bidang. */
export const CODE_RE = /^((?:\d|X)\.(?:\d{2}|XX)\.\d{2}(?:\.\d\.\d{2}(?:\.\d{2,4})?)?)(?=$|[\s\-–:.)])/i;

/** Level a nomenclature code stands for: 3 parts program, 5 kegiatan, 6 sub kegiatan. */
export function codeLevel(code: string): Level | null {
  const parts = code.split(".").length;
  return parts === 3 ? "program" : parts === 5 ? "kegiatan" : parts === 6 ? "subKegiatan" : null;
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

// Patterns are compiled once here: a regular expression literal inside a function is a new object at every call.
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;
const SUB_KEGIATAN_WORD = /^sub[\s-]*kegiatan\b/i;
const KEGIATAN_WORD = /^kegiatan\b(?!\s*\/)/i;
const PROGRAM_WORD = /^program\b/i;
const LABEL = /^(sub[\s-]*kegiatan|kegiatan)\s*:\s*/i;
const BULLET = /^[•\-–·*]\s+/;
const SASARAN = /^sasaran(?:\s+strategis)?\s*(\d{1,3}|[ivx]{1,5})?\s*[.:)\-–]?\s*/i;
const DIGIT_FIRST = /^\d/;
const DIGITS = /^\d+$/;
const AFTER_CODE = /^[\s\-–:.)]+/;
const OUTLINE = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)/; // "1.2", "1.2.3 "
const NUM_PAREN = /^\(?(\d{1,3})\s*\)\s*/; // "1)", "(1)"
const NUM_DOT = /^(\d{1,3})\s*\.(?!\d)\s*/; // "1."
const ROMAN_NUMBER = /^((?:X{0,3})(?:IX|IV|V?I{0,3}))\s*[.)]\s+/; // "II.", "IV)"
const LETTER = /^([A-Za-z])\s*([.)])\s*(?=\S)/; // "A.", "a)"

export function romanValue(s: string): number | null {
  const t = s.toLowerCase();
  if (!ROMAN.test(t) || !t) return null;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN_VALUES[t[i]];
    const next = ROMAN_VALUES[t[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function keywordLevel(rest: string): Level | null {
  if (SUB_KEGIATAN_WORD.test(rest)) return "subKegiatan";
  if (KEGIATAN_WORD.test(rest)) return "kegiatan";
  if (PROGRAM_WORD.test(rest)) return "program";
  return null;
}

/** Drop a label prefix such as "Kegiatan :" or "Sub Kegiatan:". */
function dropLabel(rest: string): string {
  return rest.replace(LABEL, "").trim();
}

/** "Sasaran" (or "Sasaran Strategis") after a numbering ("I. Sasaran: ...", "I. Sasaran 1 : ..."), with its own number and label punctuation. */
const SASARAN_WORD = /^sasaran(?:\s+strategis)?\b\s*(?:(?:\d{1,3}|[ivx]{1,5})\b\s*)?[.:\-–]?\s*/i;
const ROMAN_LETTER = /^[IVX]$/;

/** A Sasaran numbered "I." or "V." counts in roman numerals, as "II." does (not as the letter I). */
function asRoman(numbering: Numbering): Numbering {
  const letter = numbering.raw.charAt(0);
  if (numbering.style !== "letter" || !ROMAN_LETTER.test(letter)) return numbering;
  return { ...numbering, style: "roman", ordinal: romanValue(letter) };
}

/**
 * The parts of a split: explicit is the level the code names, else the level the leading words name.
 * A code right after the numbering ("1. 2.16.02 PROGRAM ...", the No column's "1.1" before
 * "2.16.02.2.01 ...") is the name's code: it names the level, the numbering stays the row's.
 */
function splitResult(numbering: Numbering, rest: string, code: string | null = null, depth = 0): SplitText {
  let r = rest.trim();
  const after = code === null && numbering.style !== "none" && DIGIT_FIRST.test(r) ? CODE_RE.exec(r) : null;
  if (after) {
    code = after[1].toUpperCase();
    r = r.slice(after[0].length).replace(AFTER_CODE, "").trim();
  }
  const sasaran = code === null ? SASARAN_WORD.exec(r) : null;
  if (sasaran) return { numbering: asRoman(numbering), rest: r.slice(sasaran[0].length).trim() || r, code, explicit: "sasaran", depth };
  const explicit = (code ? codeLevel(code) : null) ?? keywordLevel(r);
  return { numbering, rest: dropLabel(r), code, explicit, depth };
}

/** Split a name cell into its numbering and its text, and say which level the words name. */
export function splitNumbering(input: string): SplitText {
  const text = input.replace(BULLET, "").trim();
  let m: RegExpExecArray | null;
  if ((m = SASARAN.exec(text))) {
    const raw = m[0].trim();
    const n = m[1] ? (DIGIT_FIRST.test(m[1]) ? Number(m[1]) : romanValue(m[1])) : null;
    const s = splitResult({ style: m[1] ? "sasaran" : "none", raw, ordinal: n }, text.slice(m[0].length));
    return { ...s, rest: s.rest || text, explicit: "sasaran" };
  }
  if ((m = CODE_RE.exec(text))) {
    const code = m[1].toUpperCase();
    const last = code.split(".").pop() ?? "";
    const rest = text.slice(m[0].length).replace(AFTER_CODE, "");
    return splitResult({ style: "code", raw: code, ordinal: DIGITS.test(last) ? Number(last) : null }, rest, code);
  }
  if ((m = OUTLINE.exec(text))) {
    const parts = m[1].split(".");
    return splitResult({ style: "outline", raw: m[1], ordinal: Number(parts[parts.length - 1]) }, text.slice(m[0].length), null, parts.length);
  }
  if ((m = NUM_PAREN.exec(text))) {
    return splitResult({ style: "numParen", raw: m[0].trim(), ordinal: Number(m[1]) }, text.slice(m[0].length));
  }
  if ((m = NUM_DOT.exec(text))) {
    return splitResult({ style: "numDot", raw: m[0].trim(), ordinal: Number(m[1]) }, text.slice(m[0].length));
  }
  if ((m = ROMAN_NUMBER.exec(text)) && m[1].length >= 2) {
    return splitResult({ style: "roman", raw: m[0].trim(), ordinal: romanValue(m[1]) }, text.slice(m[0].length));
  }
  if ((m = LETTER.exec(text))) {
    const letter = m[1].toUpperCase();
    return splitResult(
      { style: m[2] === "." ? "letter" : "letterParen", raw: m[0].trim(), ordinal: letter.charCodeAt(0) - 64 },
      text.slice(m[0].length),
    );
  }
  return splitResult(NONE, text);
}
