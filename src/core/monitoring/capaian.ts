/**
 * Capaian (achievement) of one indicator against its quarterly targets (DOMAIN.md, "Monitoring:
 * realisasi and capaian"). Computed exactly as the formulas the monitoring sheet writes
 * (formulas.ts), so what the engine says and what Excel or LibreOffice show are the same figures:
 * a capaian that cannot be computed (no realisasi, a zero or missing target, a realisasi of 0
 * under T / R) is null here and an empty cell there, never #DIV/0!.
 */

/** naik: higher is better; turun: lower is better. Written in the sheet as these words. */
export type Direction = "naik" | "turun";
export const DIRECTIONS: readonly Direction[] = ["naik", "turun"];
/** How the quarters count (the row's quarter convention): written in the sheet as these words. */
export type Counting = "kumulatif" | "per triwulan" | "level";
export const COUNTINGS: readonly Counting[] = ["kumulatif", "per triwulan", "level"];
/**
 * The lower-is-better formula, one per workbook (the three in use): 1 = T / R (over what the
 * counting adds up), 2 = T / R of the quarter itself, 3 = (2T - R) / T, the guidance's
 * "special condition" (1 + (1 - R/T)).
 */
export type LowerFormula = 1 | 2 | 3;
export const LOWER_FORMULAS: readonly LowerFormula[] = [1, 2, 3];
export const DEFAULT_LOWER_FORMULA: LowerFormula = 3;

/** A cell as the formulas see it: a number, or anything else (text, empty, an error) as null. */
export type Num = number | null;

export interface CapaianRule {
  /** null: the Arah cell says neither word; nothing is computed (the formulas give ""). */
  direction: Direction | null;
  /** null: the Penghitungan cell says none of the words; no capaian to date (the quarter's own still is). */
  counting: Counting | null;
  /** Any value: outside 1..3 nothing is computed for a lower-is-better row (CHOOSE fails). */
  formula: number;
}

/** N(): a number as it is, anything else 0. */
const n = (x: Num): number => (typeof x === "number" && Number.isFinite(x) ? x : 0);
const isNum = (x: Num): x is number => typeof x === "number" && Number.isFinite(x);
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The ratio of a pair, by direction and formula; t and r already added up or taken as the counting says. */
function ratio(t: number, r: number, rule: CapaianRule, lastT: Num, lastR: number): number | null {
  if (rule.direction === null) return null;
  if (rule.direction === "naik") return finite(r / t);
  if (rule.formula === 1) return r === 0 ? null : finite(t / r);
  if (rule.formula === 2) return !isNum(lastT) || lastR === 0 ? null : finite(lastT / lastR);
  if (rule.formula === 3) return finite((2 * t - r) / t);
  return null;
}

/** Capaian of quarter q (0..3) against that quarter's own target: R_q / T_q (or its lower-is-better form). */
export function quarterCapaian(targets: readonly Num[], realisasi: readonly Num[], q: number, rule: CapaianRule): number | null {
  const t = targets[q] ?? null;
  const r = realisasi[q] ?? null;
  if (!isNum(r) || n(t) === 0) return null;
  return ratio(n(t), r, rule, t, r);
}

/**
 * Capaian up to quarter q (0..3): per triwulan adds the targets and the realisasi of the quarters
 * so far; kumulatif and level take quarter q's own (a cumulative cell already holds the sum, a
 * level is what it is). Nothing without quarter q's realisasi.
 */
export function cumulativeCapaian(targets: readonly Num[], realisasi: readonly Num[], q: number, rule: CapaianRule): number | null {
  const rq = realisasi[q] ?? null;
  if (!isNum(rq) || rule.counting === null) return null;
  const sum = rule.counting === "per triwulan";
  let t = 0;
  let r = 0;
  for (let i = 0; i <= q; i++) {
    if (sum || i === q) {
      t += n(targets[i] ?? null);
      r += n(realisasi[i] ?? null);
    }
  }
  if (t === 0) return null;
  return ratio(t, r, rule, targets[q] ?? null, rq);
}

/** The four bands of e-SAKIP applications. */
export type Band = "achieved" | "near" | "partly" | "not";
export const BANDS: readonly Band[] = ["achieved", "near", "partly", "not"];

/** Band thresholds and the cap above which a capaian is to be verified, as fractions (1 = 100 %). */
export interface Thresholds {
  achieved: number;
  near: number;
  partly: number;
  cap: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { achieved: 1, near: 0.9, partly: 0.7, cap: 1.5 };

/** The band of a capaian (null: none, nothing to band). */
export function bandOf(capaian: number | null, th: Thresholds = DEFAULT_THRESHOLDS): Band | null {
  if (capaian === null) return null;
  if (capaian >= th.achieved) return "achieved";
  if (capaian >= th.near) return "near";
  if (capaian >= th.partly) return "partly";
  return "not";
}

/**
 * A word cell as the formulas compare it: Excel's TRIM (spaces at the ends dropped, runs of
 * spaces made one; other white space kept) and "=" ignoring case.
 */
function word(v: unknown): string | null {
  return typeof v === "string" ? v.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ").toLowerCase() : null;
}

/** Read a direction cell: null when it says neither word (a typo, empty): the formulas compute nothing then. */
export function readDirection(v: unknown): Direction | null {
  const w = word(v);
  return DIRECTIONS.find((d) => d === w) ?? null;
}

/** Read a counting cell: null when it says none of the words: the formulas give no capaian to date then. */
export function readCounting(v: unknown): Counting | null {
  const w = word(v);
  return COUNTINGS.find((c) => c === w) ?? null;
}

/**
 * Read the lower-is-better formula choice: 1, 2 or 3 as a number; anything else (text, even "2",
 * a fraction, empty) is null, and the formulas give no capaian for a lower-is-better row then.
 */
export function readFormula(v: unknown): LowerFormula | null {
  return LOWER_FORMULAS.find((f) => f === v) ?? null;
}
