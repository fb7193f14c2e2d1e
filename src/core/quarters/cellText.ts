import { parseNumberText } from "../numbers";
import { BoundedMemo } from "../numbers/memo";
import { normalizeSpaces } from "../numbers/parse";

/**
 * What a quarter cell that is not one plain number says (DOMAIN.md, "Quarterly targets (as
 * written in real plans)"). Only cells the number reader rejects come here, so a table of plain
 * numbers never pays for it.
 * - garbled: digits that are not one number ("21,25 5%", "2 1,25 5 %", "1 2"), errors, dates: unreadable;
 * - numberWord: one number with a word ("1 dokumen", "3 Kegiatan", "Level 3"): the number is read;
 *   `unitWord` says a unit word follows the number (to be warned about), not a scale word before it;
 * - label: a quarter's name ("Triwulan I", "TW II", "III", "Q4"): a schedule, the quarter in `quarter`;
 * - mark: a tick or cross ("v", "√", "x"): a schedule;
 * - month: a month name ("November", "Bulan Maret"): a date where a target belongs;
 * - word: qualitative text ("BB", "Baik", "WTP", "80-90 (A)"): a predicate or state, compared as written.
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

const MONTH_WORD =
  /(^|[^\p{L}])(januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember)([^\p{L}]|$)/iu;
const LABEL = /^(?:(?:triwulan|tri\s*wulan|trw|tw|q|kuartal|kwartal)\s*[-.:]?\s*)?(iv|i{1,3}|[1-4])\.?$/i;
const LETTER_FIRST = /^\p{L}/u;
const MARK = /^(v|√|✓|✔|☑|x|✗|✘|\*|•|●|ya)$/i;
/**
 * A number, a space, then a word of two letters or more ("1 dokumen", "3 Kegiatan"); "3O" (a letter O
 * typed for a zero) is no number with a word but a garbled number.
 */
const NUMBER_THEN_WORD = /^([+\-\u2212]?[\d.,]+(?:\s*%)?)\s+(\p{L}{2}[\p{L}\s./-]*)$/u;
/** A scale word, then a number ("Level 3", "Nilai 80,5", "Skor 3"). */
const WORD_THEN_NUMBER = /^(level|nilai|indeks|index|skor|score|tingkat|predikat|peringkat|poin|point)\s*[:.]?\s*([\d.,]+)$/i;
/** Letters, spaces and the punctuation of predicates ("BB", "Sangat Baik", "A (Baik)", "WTP"). */
const WORD = /^\p{L}[\p{L}\s.,'’()&/+-]*$/u;
/** A qualitative range with its grade ("80-90 (A)", "70 - 80"): a predicate, not one number. */
const RANGE = /^\d+([.,]\d+)?\s*[-–]\s*\d+([.,]\d+)?(\s*\(\s*\p{L}{1,3}\s*\))?$/u;
const ROMAN: Record<string, number> = { i: 0, ii: 1, iii: 2, iv: 3, "1": 0, "2": 1, "3": 2, "4": 3 };

const GARBLED: CellText = { kind: "garbled", value: 0, percent: false, unitWord: false, quarter: -1 };

function of(kind: CellTextKind, quarter = -1): CellText {
  return { kind, value: 0, percent: false, unitWord: false, quarter };
}

function classify(raw: string): CellText {
  const s = normalizeSpaces(raw).trim();
  if (s === "") return GARBLED;
  const label = LABEL.exec(s);
  // A bare "1".."4" is a number (read before this, "1." is garbled); a label starts with a letter.
  if (label && LETTER_FIRST.test(s)) return of("label", ROMAN[label[1].toLowerCase()]);
  if (MARK.test(s)) return of("mark");
  if (MONTH_WORD.test(s)) return of("month");
  const numberWord = NUMBER_THEN_WORD.exec(s);
  if (numberWord) {
    const r = parseNumberText(numberWord[1].trim());
    if (r.kind === "number") return { kind: "numberWord", value: r.value, percent: r.percent, unitWord: true, quarter: -1 };
    return GARBLED;
  }
  const scaled = WORD_THEN_NUMBER.exec(s);
  if (scaled) {
    const r = parseNumberText(scaled[2]);
    if (r.kind === "number") return { kind: "numberWord", value: r.value, percent: false, unitWord: false, quarter: -1 };
    return GARBLED;
  }
  if (RANGE.test(s)) return of("word");
  if (WORD.test(s)) return of("word");
  return GARBLED;
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
