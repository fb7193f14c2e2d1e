import { parseNumberText } from "../numbers";
import { BoundedMemo } from "../numbers/memo";
import { normalizeSpaces } from "../numbers/parse";
import { gradeNames, monthInText, readQualitative, roman, scaledNumber } from "../plan/grade";
import { rupiahAmount } from "../plan/target";

/**
 * What a quarter cell that is not one plain number says (DOMAIN.md, "Quarterly targets (as
 * written in real plans)"). Only cells the number reader rejects come here, so a table of plain
 * numbers never pays for it.
 * - garbled: digits that are not one number ("21,25 5%", "2 1,25 5 %", "1 2"), errors, dates: unreadable;
 * - numberWord: one number with a word ("1 dokumen", "3 Kegiatan", "Level 3", "Tingkat III"): the number is read;
 *   `unitWord` says a unit word follows the number (to be warned about), not a scale word before it;
 * - label: a quarter's name ("Triwulan I", "TW II", "III", "Q4"): a schedule, the quarter in `quarter`;
 * - mark: a tick or cross ("v", "√", "x"): a schedule;
 * - month: a month name ("November", "Bulan Maret"): a date where a target belongs;
 * - word: qualitative text ("BB", "Baik", "WTP", "80-90 (A)", "≥ 80", "80 s.d. 90"): a grade, state or
 *   range, read as plan/grade.ts reads a target and compared with the target by qualitativeKey.
 */
export type CellTextKind = "garbled" | "numberWord" | "label" | "mark" | "month" | "word";

export interface CellText {
  readonly kind: CellTextKind;
  /** numberWord: the number (percent units when written with "%"). */
  readonly value: number;
  /** numberWord: written with "%". */
  readonly percent: boolean;
  /** numberWord: a unit word follows the number ("1 dokumen"). */
  readonly unitWord: boolean;
  /** label: the quarter it names, 0..3. */
  readonly quarter: number;
}

const MEMO = new BoundedMemo<string, CellText>(2000);

/** Classify a cell's text (memoised: tables repeat a few texts). Never throws. */
export function classifyCellText(text: string): CellText {
  const raw = typeof text === "string" ? text : String(text ?? "");
  let known = MEMO.get(raw);
  if (known === undefined) known = MEMO.set(raw, Object.freeze(classify(raw)));
  return known;
}

const LABEL = /^(?:(?:triwulan|tri\s*wulan|trw|tw|q|kuartal|kwartal)\s*[-.:]?\s*)?(iv|i{1,3}|[1-4])\.?$/i;
const LETTER_FIRST = /^\p{L}/u;
const MARK = /^(v|√|✓|✔|☑|x|✗|✘|\*|•|●|ya)$/i;
/**
 * A number, a space, then a word of two letters or more ("1 dokumen", "3 Kegiatan"); "3O" (a letter O
 * typed for a zero) is no number with a word but a garbled number.
 */
const NUMBER_THEN_WORD = /^([+\-\u2212]?[\d.,]+(?:\s*%)?)\s+(\p{L}{2}[\p{L}\s./-]*)$/u;
/** Letters, spaces and the punctuation of predicates ("BB", "Sangat Baik", "A (Baik)", "WTP"). */
const WORD = /^\p{L}[\p{L}\s.,'’()&/+-]*$/u;

const GARBLED: CellText = { kind: "garbled", value: 0, percent: false, unitWord: false, quarter: -1 };

function of(kind: CellTextKind, quarter = -1): CellText {
  return { kind, value: 0, percent: false, unitWord: false, quarter };
}

function scaled(value: number): CellText {
  return { kind: "numberWord", value, percent: false, unitWord: false, quarter: -1 };
}

function classify(raw: string): CellText {
  const s = normalizeSpaces(raw).trim();
  if (s === "") return GARBLED;
  const label = LABEL.exec(s);
  // A bare "1".."4" is a number (read before this, "1." is garbled); a label starts with a letter.
  if (label && LETTER_FIRST.test(s)) {
    const n = /\d/.test(label[1]) ? Number(label[1]) : roman(label[1]);
    return of("label", (n ?? 1) - 1);
  }
  if (MARK.test(s)) return of("mark");
  if (monthInText(s) !== null) return of("month");
  // Grades, levels and ranges as plan/grade.ts reads a target: "BB", "Level III", "≥ 80", "80 s.d. 90".
  const q = readQualitative(s);
  if (q) return q.kind === "level" && q.level !== undefined ? scaled(q.level) : of("word");
  // An amount in Rupiah ("Rp 250.000.000"): the number, the currency a unit written in the cell.
  const rupiah = rupiahAmount(s);
  if (rupiah !== undefined) return rupiah === null ? GARBLED : { kind: "numberWord", value: rupiah, percent: false, unitWord: true, quarter: -1 };
  const numberWord = NUMBER_THEN_WORD.exec(s);
  if (numberWord) {
    const r = parseNumberText(numberWord[1].trim());
    if (r.kind === "number") return { kind: "numberWord", value: r.value, percent: r.percent, unitWord: true, quarter: -1 };
    return GARBLED;
  }
  if (LETTER_FIRST.test(s)) {
    const value = scaledNumber(s);
    if (value !== null) return scaled(value);
  }
  if (WORD.test(s)) return of("word");
  return GARBLED;
}

/**
 * The key a quarter cell's qualitative text is compared by: a range or bound by its numbers
 * ("80 s.d. 90" = "80-90", "≥ 80" = "Minimal 80"), a grade by its grade ("Opini WTP" = "WTP",
 * "BB (Sangat Baik)" = "BB"), a level by its number, other text as written (textKey).
 */
export function qualitativeKey(text: string): string {
  const s = normalizeSpaces(text).trim();
  const q = readQualitative(s);
  if (!q) return s.toLowerCase();
  if (q.kind === "range") return `${q.low ?? ""}..${q.high ?? ""}`;
  if (q.kind === "level") return `level ${q.level}`;
  return (q.grade ?? s).toLowerCase();
}

/**
 * The keys a target's text matches a quarter cell by (qualitativeKey): its own text, its grade
 * and the grade's explanation in brackets ("BB (Sangat Baik)": "BB", "Sangat Baik").
 */
export function targetKeys(raw: string): readonly string[] {
  const s = normalizeSpaces(raw).trim();
  const keys = [s.toLowerCase(), qualitativeKey(s)];
  const q = readQualitative(s);
  if (q) for (const name of gradeNames(q)) keys.push(name.toLowerCase());
  return keys;
}

/** A range or bound cell's numbers ("80 s.d. 90": 80, 90; "≥ 80": 80, undefined), or null when the text is none. */
export function boundsOf(text: string): { low?: number; high?: number } | null {
  const q = readQualitative(normalizeSpaces(text).trim());
  return q && q.kind === "range" ? { low: q.low, high: q.high } : null;
}

/** Text compared as written: lower case, spaces collapsed. */
export function textKey(text: string): string {
  return normalizeSpaces(text).trim().toLowerCase();
}

const ONE_NUMBER = /\d+(?:[.,]\d+)*/g;

/** The one number inside a text ("Level 3" -> 3), else null (none, or several). */
export function numberInText(text: string): number | null {
  const found = text.match(ONE_NUMBER);
  if (!found || found.length !== 1) return null;
  const r = parseNumberText(found[0]);
  return r.kind === "number" ? r.value : null;
}
