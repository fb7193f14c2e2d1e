import type { QuarterSet, Target } from "../plan/types";
import { boundsOf, qualitativeKey, targetKeys } from "./cellText";
import { gradesNeverFall } from "../plan/gradeRank";
import { conventionBit, SHAPE } from "./packed";

/**
 * The shape of a row with text cells: a schedule (labels in their own quarters, marks), or a
 * qualitative level ("BB" every quarter, or only in TW IV) compared with the target: its text,
 * its grade, the grade's explanation in brackets, a range by its numbers (cellText.qualitativeKey).
 * Grades, ranges or bounds rising to the target's ("B / B / BB / BB" under "BB", "≥ 70" / "≥ 75" /
 * "≥ 78" / "≥ 80" under "≥ 80") fit as units cumulative, like levels written as numbers (1 / 2 / 2 / 3
 * under "Level 3"): the fits bits come back with the shape (packed.ts).
 */
export function textShape(set: QuarterSet, target: Target | null, values: ArrayLike<number>, at: number, empty: number, text: number, shape: number): number {
  // Cells that are neither empty nor text hold numbers: 0 is "nothing this quarter", like a dash.
  let numbers = 0;
  for (let i = 0; i < 4; i++) if (((empty | text) & (1 << i)) === 0 && values[at + i] !== 0) numbers |= 1 << i;
  if ((shape & (SHAPE.words | SHAPE.month | SHAPE.misplacedLabel)) === 0 && numbers === 0) return SHAPE.schedule;
  if ((shape & SHAPE.words) === 0 || (shape & SHAPE.month) !== 0) return 0;
  const texts = set.texts();
  const wanted = target && target.raw ? targetKeys(target.raw) : null;
  const matches = (key: string): boolean => wanted !== null && wanted.includes(key);
  // Numbers rising to the target's bound, written as the target writes it in TW IV ("20% / 40% / 60% / ≥ 80%"
  // under "≥ 80%"): units cumulative, as the bound's number alone in TW IV would be.
  if (numbers !== 0) return text === 0b1000 && matches(qualitativeKey(texts[3])) && risesToBound(values, at, texts[3]) ? SHAPE.matchesTarget | UNITS_CUMULATIVE_FITS : 0;
  if (text === 0b1000) {
    return matches(qualitativeKey(texts[3])) ? SHAPE.yearEnd | SHAPE.matchesTarget : SHAPE.yearEnd;
  }
  // Text in TW IV and the quarters before it back to some quarter, the earlier ones empty ("- / WTP / WTP / WTP":
  // the opinion comes mid-year).
  const from = text === 0b1111 ? 0 : text === 0b1110 ? 1 : text === 0b1100 ? 2 : -1;
  if (from < 0) return 0;
  const keys = texts.slice(from).map(qualitativeKey);
  const same = keys.every((k) => k === keys[0]);
  if (same && from === 0) return matches(keys[0]) ? SHAPE.constant | SHAPE.matchesTarget : SHAPE.constant;
  // The target's word held from a quarter, or grades, ranges and bounds rising to the target's ("B / B / BB / BB"
  // under "BB", "≥ 70" / "≥ 75" / "≥ 78" / "≥ 80" under "≥ 80"): units cumulative, as the same levels in numbers are.
  if (!matches(keys[keys.length - 1])) return 0;
  return same || gradesNeverFall(keys) || risingBounds(texts, from) ? SHAPE.matchesTarget | UNITS_CUMULATIVE_FITS : 0;
}

/** "Fits units cumulative" in a packed analysis's fits field (packed.ts fitsMaskOf). */
const UNITS_CUMULATIVE_FITS = conventionBit("unitsCumulative") << 12;

/** Whether the numbers of TW I-III never fall and stay within TW IV's bound ("≥ 80": up to 80; "80-90": up to 90). */
function risesToBound(values: ArrayLike<number>, at: number, last: string): boolean {
  const b = boundsOf(last);
  const top = b ? b.low ?? b.high : undefined;
  if (top === undefined) return false;
  const a = values[at];
  const m = values[at + 1];
  const c = values[at + 2];
  return a >= 0 && m >= a && c >= m && c <= (b?.high ?? top) + 1e-9;
}

/** Ranges or bounds of one form from quarter `from` to TW IV, each bound never falling from one quarter to the next. */
function risingBounds(texts: readonly string[], from: number): boolean {
  let prev = boundsOf(texts[from]);
  if (!prev) return false;
  for (let i = from + 1; i < 4; i++) {
    const b = boundsOf(texts[i]);
    if (!b || (b.low === undefined) !== (prev.low === undefined) || (b.high === undefined) !== (prev.high === undefined)) return false;
    if ((b.low !== undefined && b.low < prev.low!) || (b.high !== undefined && b.high < prev.high!)) return false;
    prev = b;
  }
  return true;
}
