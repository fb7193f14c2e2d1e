/** Text normalisation shared by recognition and parsing. */

import { BoundedMemo } from "../numbers/memo";

/**
 * Normalised texts by text: recognition looks at the same texts again and again (every cell
 * of a merged area reads its anchor's text, and a long merged text would otherwise be
 * normalised once per cell it covers).
 */
const NORMS = new BoundedMemo<string, string>(2_000);

/** Lowercase, accents stripped, punctuation to spaces, white space folded. */
export function norm(s: string): string {
  let n = NORMS.get(s);
  if (n === undefined) {
    n = NORMS.set(s, s.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9%]+/g, " ").trim());
  }
  return n;
}

/** A year between 1990 and 2100 written in the text, or null. */
export function findYear(s: string): number | null {
  const m = /\b(19[9]\d|20\d{2}|2100)\b/.exec(s);
  return m ? Number(m[1]) : null;
}

const ROMAN: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Months (names and short forms), "s.d.", a year: what may follow a quarter's name ("Triwulan I (Jan-Mar)", "TW I 2026"). */
const QUARTER_TAIL =
  /(?:\s+(?:jan(?:uari)?|feb(?:ruari)?|mar(?:et)?|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|agu(?:stus)?|agt|ags|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|nop(?:ember)?|des(?:ember)?|s d|sd|sampai|20\d{2}))+$/;
/** A quarter's months alone ("Jan-Mar", "Oktober - Desember"), under a quarter heading: the quarter of its first month. */
const MONTH_RANGE =
  /^(?:(jan(?:uari)?)\s+(?:s d\s+|sd\s+)?mar(?:et)?|(apr(?:il)?)\s+(?:s d\s+|sd\s+)?jun(?:i)?|(jul(?:i)?)\s+(?:s d\s+|sd\s+)?sep(?:t(?:ember)?)?|(okt(?:ober)?)\s+(?:s d\s+|sd\s+)?des(?:ember)?)$/;

/** The quarter a normalised month range names ("jan mar" 1, "oktober desember" 4), else null. */
export function monthRangeQuarter(n: string): 1 | 2 | 3 | 4 | null {
  const r = MONTH_RANGE.exec(n);
  return !r ? null : r[1] ? 1 : r[2] ? 2 : r[3] ? 3 : 4;
}

/** "TW I", "Triwulan 1", "Q1", "I", "Trw. II", "Kuartal 3", "TW-IV (%)", "Triwulan Ke-1", "Triwulan I (Jan-Mar)" -> quarter 1..4, else null. */
export function quarterOf(label: string, allowBareDigit: boolean): 1 | 2 | 3 | 4 | null {
  const full = norm(label).replace(/%/g, " ").replace(/\s+/g, " ").trim();
  const n = full.replace(QUARTER_TAIL, "");
  // "Triwulan I", "Target TW II", "Rencana Aksi Trw. 3", "Q4", "TW-IV", "Triwulan ke-2": the quarter word ends the label.
  let m = /(?:^|\s)(?:triwulan|tri wulan|tw|trw|trwl|twl|q|kuartal|quarter|kw)\s*(?:ke\s*)?(i{1,3}|iv|[1-4])$/.exec(n);
  const bare = n.replace(/\b(persen|percent|target|kinerja|pelaksanaan|fisik)\b/g, " ").replace(/\s+/g, " ").trim();
  if (!m) m = /^(i{1,3}|iv)$/.exec(bare);
  if (!m && allowBareDigit) m = /^([1-4])$/.exec(bare);
  if (!m && allowBareDigit) return monthRangeQuarter(full);
  // "Target Kinerja 1" (a flattened "Target Kinerja" / "1").
  if (!m) m = /^(?:target|rencana)\b.*\b(?:kinerja|pelaksanaan|fisik)\s+([1-4])$/.exec(n);
  if (!m) return null;
  const k = m[1];
  return ROMAN[k] ?? (Number(k) as 1 | 2 | 3 | 4);
}

/** True when the label says its values are percentages: "(%)", "%", "Persen". */
export function saysPercent(label: string): boolean {
  return /%|\bpersen\b|\bpercent\b|\bprosen\b/i.test(label);
}

/** Cells like "(1)", "1", "[2]" in a row of column numbers. */
export function columnNumberOf(text: string): number | null {
  const m = /^[([]?\s*(\d{1,2})\s*[)\]]?$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** Month names and their short forms, as headers write them ("Januari", "Jan", "Pebruari", "Agt", "Nop"). */
const MONTHS: readonly RegExp[] = [
  /^jan(uari)?$/, /^(feb|peb)(ruari)?$/, /^mar(et)?$/, /^apr(il)?$/, /^mei$/, /^jun(i)?$/,
  /^jul(i)?$/, /^(agu|agt|ags|agst)(stus)?$|^agustus$/, /^sep(t|tember)?$/, /^okt(ober)?$/, /^(nov|nop)(ember)?$/, /^des(ember)?$/,
];

/** The month (1..12) a normalised label names on its own ("juni", "agt", "desember 2026"), else null. */
export function monthOfLabel(n: string): number | null {
  // "Bulan Januari", "Januari 2026", "Jan-26" (a date shown "mmm-yy").
  const bare = n.replace(/^(bulan|bln)\s+/, "").replace(/\s+(20)?\d\d$/, "");
  for (let i = 0; i < 12; i++) if (MONTHS[i].test(bare)) return i + 1;
  return null;
}

/** Roman or Arabic 1..2 of a semester. */
const SEMESTER_NUMBER: Record<string, 1 | 2> = { i: 1, ii: 2, "1": 1, "2": 2 };

/**
 * The month or semester a header leaf names, with what is written above it (normalised):
 * "Januari", "Jan", "Bulan 3", "Bulan ke-3", a bare "3" under "Target per Bulan"; "Semester I",
 * "Smt 2", a bare "II" under "Target Semester". Null when the leaf names no month or semester.
 */
export function periodOf(leaf: string, above: string): { kind: "bulan" | "semester"; n: number } | null {
  const month = monthOfLabel(leaf);
  if (month !== null) return { kind: "bulan", n: month };
  let m = /^(?:bulan|bln)\s*(?:ke\s*)?(\d{1,2})$/.exec(leaf);
  if (!m && /\b(bulan|bln|bulanan)\b/.test(above)) m = /^(?:ke\s*)?(\d{1,2})$/.exec(leaf);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? { kind: "bulan", n } : null;
  }
  let s = /^(?:semester|smt|sem)\s*(?:ke\s*)?(i{1,2}|[12])$/.exec(leaf);
  // A bare "I" / "II" under "Target Semester"; under "Semester I" it is that semester's quarter ("Semester I" over "I | II").
  if (!s && /\bsemester(an)?\b/.test(above) && !/\b(semester|smt|sem)\s*(ke\s*)?(i{1,2}|[12])\b/.test(above)) s = /^(?:ke\s*)?(i{1,2}|[12])$/.exec(leaf);
  return s ? { kind: "semester", n: SEMESTER_NUMBER[s[1]] } : null;
}
