import { parseNumberText } from "../numbers";
import { PERCENT_UNIT } from "./measure";
import type { QualitativeTarget } from "./types";

/**
 * Targets that are not a quantity (DOMAIN.md, "Units in real plans"): what real plans write
 * where a number and a unit usually stand.
 * - predicates and grades: "BB", "A", "WTP", "WBK", "Baik", "Paripurna", "BB (Sangat Baik)";
 * - levels: "Level 3", "Tingkat III";
 * - ranges: "80-90 (A)", "70 - 80", "3,5 s.d. 4", and one-sided ones: "≥ 80%", "Minimal 75";
 * - ratios written with a colon: "1:20", "1 : 2.500" (read as a predicate, compared as written).
 * They are read as written, compared as written, never summed or split into quarters.
 * A month or a date ("November", "30 November 2026") is read apart: a deadline, not a target.
 * Spaces are normalized by the caller. Never throws.
 */

/** Letter grades (SAKIP: AA, A, BB, B, CC, C, D), audit opinions and integrity zones. */
const GRADE = /^(aaa|aa|a|bbb|bb|b|ccc|cc|c|d|e|wtp|wdp|tmp|wbk|wbbm)[+-]?$/i;
/** Grades written as words: ratings, accreditation levels, public-information ratings, yes/done targets. */
const GRADE_WORDS =
  /^(sangat baik|baik sekali|baik|cukup baik|cukup|sangat memuaskan|memuaskan|sangat tinggi|tinggi|sedang|dasar|madya|utama|paripurna|informatif|menuju informatif|cukup informatif|zona hijau|hijau|ada|tersedia|terlaksana|tercapai|tepat waktu|terakreditasi|ya)$/i;
/** A word naming the scale before the grade: "Predikat BB", "Opini WTP", "Nilai A". */
const GRADE_PREFIX = /^(predikat|opini|nilai|kategori|status|zona|peringkat|akreditasi)\s+/i;
/** A grade's explanation in parentheses after it: "BB (Sangat Baik)", "Baik (B)". */
const PAREN_TAIL = /\s*\(([^()]*)\)$/;
const LEVEL = /^(level|tingkat|tahap|tahapan|skala|kategori)\s*[-:]?\s*(\d{1,2}|[ivx]{1,4})$/i;
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };
const NUMBER = String.raw`(\d[\d.,]*)`;
const RANGE = new RegExp(String.raw`^${NUMBER}\s*(%?)\s*(?:[-\u2013\u2014]|s\.?\s?d\.?|s\/d|sampai|hingga)\s*${NUMBER}\s*(%?)\s*(.*)$`, "i");
const AT_LEAST = /^(?:≥|>=|>|minimal|min\.?|minimum|paling sedikit|sekurang-kurangnya)\s*/i;
const AT_MOST = /^(?:≤|<=|<|maksimal|maks\.?|max\.?|maksimum|paling banyak|setinggi-tingginya)\s*/i;
const ONE_NUMBER = new RegExp(String.raw`^${NUMBER}\s*(%?)\s*(.*)$`);

const MONTHS = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
const MONTH_ALIASES: Record<string, number> = { pebruari: 2, nopember: 11, agu: 8, agt: 8 };
/** "November", "Bulan November", "Akhir November", "November 2026", "30 November 2026", "Nov". */
const MONTH_TEXT = /^(?:(?:bulan|akhir|awal|pertengahan|minggu ke-?\d)\s+)?(?:(\d{1,2})\s+)?([a-z]+)\.?(?:\s+\d{4})?$/i;

/** The month (1..12) a target names, or null: a month name alone or in a date. */
export function readMonth(text: string): number | null {
  const m = MONTH_TEXT.exec(text);
  if (!m) return null;
  const word = m[2].toLowerCase();
  const full = MONTHS.indexOf(word);
  if (full >= 0) return full + 1;
  if (MONTH_ALIASES[word] !== undefined) return MONTH_ALIASES[word];
  // Three-letter abbreviations ("Nov", "Des") only with a day or a year: "Mei" is full already.
  if (word.length === 3 && text.length > 3) {
    const abbr = MONTHS.findIndex((name) => name.startsWith(word));
    if (abbr >= 0) return abbr + 1;
  }
  return null;
}

const MONTH_WORDS = /\p{L}+/gu;

/**
 * The month (1..12) a month name anywhere in a text names ("Bulan Maret", "1 Desember 2024",
 * "s.d. Nopember"), or null. Full names and spelling variants only: "Mei" is a word, "Nov" not.
 */
export function monthInText(text: string): number | null {
  const words = text.toLowerCase().match(MONTH_WORDS);
  if (!words) return null;
  for (const word of words) {
    const full = MONTHS.indexOf(word);
    if (full >= 0) return full + 1;
    if (MONTH_ALIASES[word] !== undefined && word.length > 3) return MONTH_ALIASES[word];
  }
  return null;
}

/** Words that name a scale before its number ("Nilai 80,5", "Indeks 3,2", "Skor 3"); levels are read by readQualitative. */
const SCALE_NUMBER = /^(?:nilai|indeks|index|skor|score|predikat|peringkat|poin|point)\s*[:.]?\s*(\d[\d.,]*)$/i;

/** The number after a scale word ("Nilai 80,5": 80.5), or null. */
export function scaledNumber(text: string): number | null {
  const m = SCALE_NUMBER.exec(text);
  return m ? number(m[1]) : null;
}

/**
 * The names a predicate goes by: its grade and the explanation in brackets ("BB (Sangat Baik)":
 * "BB" and "Sangat Baik"; "Opini WTP": "WTP"). Empty for other qualitative targets.
 */
export function gradeNames(q: QualitativeTarget): readonly string[] {
  if (q.kind !== "predicate" || q.grade === undefined) return [];
  const paren = PAREN_TAIL.exec(q.text);
  const inside = paren ? paren[1].trim() : "";
  return inside !== "" && inside !== q.grade ? [q.grade, inside] : [q.grade];
}

function number(text: string): number | null {
  const r = parseNumberText(text);
  return r.kind === "number" && !r.percent ? r.value : null;
}

/** A roman numeral's value ("iii": 3, "IV": 4), or null when the text holds none of I, V, X. */
export function roman(text: string): number | null {
  let total = 0;
  const s = text.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    if (v === undefined) return null;
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/** What follows a range or a bound: a grade in parentheses and/or a unit, in either order. */
function tail(rest: string): { grade?: string; unit: string | null } | null {
  let r = rest.trim();
  let grade: string | undefined;
  const paren = PAREN_TAIL.exec(r);
  if (paren) {
    grade = paren[1].trim() || undefined;
    r = r.slice(0, paren.index).trim();
  } else if (r.startsWith("(")) {
    const close = r.indexOf(")");
    if (close < 0) return null;
    grade = r.slice(1, close).trim() || undefined;
    r = r.slice(close + 1).trim();
  }
  if (/\d/.test(r)) return null; // more numbers: not one range
  return { grade, unit: r || null };
}

function range(text: string): QualitativeTarget | null {
  const m = RANGE.exec(text);
  if (m) {
    const low = number(m[1]);
    const high = number(m[3]);
    const t = tail(m[5]);
    if (low === null || high === null || !t) return null;
    const percent = m[2] === "%" || m[4] === "%" || (t.unit !== null && PERCENT_UNIT.test(t.unit));
    return { kind: "range", text, low, high, grade: t.grade, unit: t.unit, percent: percent || undefined };
  }
  const least = AT_LEAST.exec(text);
  const most = least ? null : AT_MOST.exec(text);
  const bound = least ?? most;
  if (!bound) return null;
  const one = ONE_NUMBER.exec(text.slice(bound[0].length));
  if (!one) return null;
  const value = number(one[1]);
  const t = tail(one[3]);
  if (value === null || !t) return null;
  const percent = one[2] === "%" || (t.unit !== null && PERCENT_UNIT.test(t.unit));
  return least
    ? { kind: "range", text, low: value, grade: t.grade, unit: t.unit, percent: percent || undefined }
    : { kind: "range", text, high: value, grade: t.grade, unit: t.unit, percent: percent || undefined };
}

function grade(text: string): QualitativeTarget | null {
  const level = LEVEL.exec(text);
  if (level) {
    const n = /\d/.test(level[2]) ? Number(level[2]) : roman(level[2]);
    return n === null ? null : { kind: "level", text, level: n };
  }
  const bare = text.replace(GRADE_PREFIX, "");
  const paren = PAREN_TAIL.exec(bare);
  const head = paren ? bare.slice(0, paren.index).trim() : bare;
  // "BB", "Opini WTP", "BB (Sangat Baik)", "Sangat Baik (A)": the grade is the head as written.
  return GRADE.test(head) || GRADE_WORDS.test(head) ? { kind: "predicate", text, grade: head } : null;
}

/**
 * The qualitative target a text is, or null when it is none (a quantity, a unit, garble).
 * Text must have its spaces normalized (the target reader does it).
 */
export function readQualitative(text: string): QualitativeTarget | null {
  if (text === "") return null;
  const c = text.charCodeAt(0);
  const digitFirst = c >= 48 && c <= 57;
  return digitFirst ? ratio(text) ?? range(text) : grade(text) ?? range(text);
}

/** A ratio written with a colon ("1:20" pupils per teacher, "1 : 2.500" residents per doctor). */
const RATIO = /^(\d[\d.,]*)\s*:\s*(\d[\d.,]*)$/;

/** A ratio is compared as written, spaces around the colon aside: read as a predicate whose grade is "a:b". */
function ratio(text: string): QualitativeTarget | null {
  const m = RATIO.exec(text);
  return m ? { kind: "predicate", text, grade: `${m[1]}:${m[2]}` } : null;
}
