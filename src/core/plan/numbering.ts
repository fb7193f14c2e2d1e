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

export function romanValue(s: string): number | null {
  const t = s.toLowerCase();
  if (!/^(x{0,3})(ix|iv|v?i{0,3})$/.test(t) || !t) return null;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN_VALUES[t[i]];
    const next = ROMAN_VALUES[t[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function keywordLevel(rest: string): Level | null {
  if (/^sub[\s-]*kegiatan\b/i.test(rest)) return "subKegiatan";
  if (/^kegiatan\b(?!\s*\/)/i.test(rest)) return "kegiatan";
  if (/^program\b/i.test(rest)) return "program";
  return null;
}

/** Drop a label prefix such as "Kegiatan :" or "Sub Kegiatan:". */
function dropLabel(rest: string): string {
  return rest.replace(/^(sub[\s-]*kegiatan|kegiatan)\s*:\s*/i, "").trim();
}

/** The parts of a split: explicit is the level the code names, else the level the leading words name. */
function splitResult(numbering: Numbering, rest: string, code: string | null = null, depth = 0): SplitText {
  const r = rest.trim();
  const explicit = (code ? codeLevel(code) : null) ?? keywordLevel(r);
  return { numbering, rest: dropLabel(r), code, explicit, depth };
}

/** Split a name cell into its numbering and its text, and say which level the words name. */
export function splitNumbering(input: string): SplitText {
  const text = input.replace(/^[•\-–·*]\s+/, "").trim();
  let m: RegExpExecArray | null;
  if ((m = /^sasaran(?:\s+strategis)?\s*(\d{1,3}|[ivx]{1,5})?\s*[.:)\-–]?\s*/i.exec(text))) {
    const raw = m[0].trim();
    const n = m[1] ? (/^\d/.test(m[1]) ? Number(m[1]) : romanValue(m[1])) : null;
    const s = splitResult({ style: m[1] ? "sasaran" : "none", raw, ordinal: n }, text.slice(m[0].length));
    return { ...s, rest: s.rest || text, explicit: "sasaran" };
  }
  if ((m = CODE_RE.exec(text))) {
    const code = m[1].toUpperCase();
    const last = code.split(".").pop() ?? "";
    const rest = text.slice(m[0].length).replace(/^[\s\-–:.)]+/, "");
    return splitResult({ style: "code", raw: code, ordinal: /^\d+$/.test(last) ? Number(last) : null }, rest, code);
  }
  if ((m = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)/.exec(text))) {
    const parts = m[1].split(".");
    return splitResult({ style: "outline", raw: m[1], ordinal: Number(parts[parts.length - 1]) }, text.slice(m[0].length), null, parts.length);
  }
  if ((m = /^\(?(\d{1,3})\s*\)\s*/.exec(text))) {
    return splitResult({ style: "numParen", raw: m[0].trim(), ordinal: Number(m[1]) }, text.slice(m[0].length));
  }
  if ((m = /^(\d{1,3})\s*\.(?!\d)\s*/.exec(text))) {
    return splitResult({ style: "numDot", raw: m[0].trim(), ordinal: Number(m[1]) }, text.slice(m[0].length));
  }
  if ((m = /^((?:X{0,3})(?:IX|IV|V?I{0,3}))\s*[.)]\s+/.exec(text)) && m[1].length >= 2) {
    return splitResult({ style: "roman", raw: m[0].trim(), ordinal: romanValue(m[1]) }, text.slice(m[0].length));
  }
  if ((m = /^([A-Za-z])\s*([.)])\s*(?=\S)/.exec(text))) {
    const letter = m[1].toUpperCase();
    return splitResult(
      { style: m[2] === "." ? "letter" : "letterParen", raw: m[0].trim(), ordinal: letter.charCodeAt(0) - 64 },
      text.slice(m[0].length),
    );
  }
  return splitResult(NONE, text);
}
