import { parseNumberText, roundTo } from "../numbers";
import { BoundedMemo } from "../numbers/memo";
import { normalizeSpaces } from "../numbers/parse";
import { readMonth, readQualitative } from "./grade";
import { PERCENT_UNIT } from "./measure";
import type { Target } from "./types";

/**
 * Read an annual target: a quantity and a unit from one cell ("12 Bulan",
 * "14.250 Orang", "9,7%", "100 Persen"), or a quantity with the unit from a
 * separate Satuan column (raw "12", satuan "Bulan"; the Satuan wins when both
 * name a unit).
 *
 * - The quantity is the leading run of digits, separators, signs, spaces and
 *   "%", read with parseNumberText; when that run is not one number ("1 2 Bulan",
 *   "12 - 24 Bulan", "21,2 5%") the target is unreadable: quantity null, unit kept.
 * - A "-" or "–" alone is no target, like an empty cell: quantity and unit null, whatever the
 *   Satuan says (the dash says there is none). An empty Volume beside a Satuan keeps the Satuan's
 *   unit: a quantity is missing there.
 * - "1 (satu) Paket": the spelled-out number in parentheses is dropped from the unit.
 * - "100% (12 bulan)", "12 Bulan (100%)": the quantity in parentheses after the unit is the same
 *   target in another unit, kept as `equivalent` (the unit keeps the parentheses as written).
 * - Rupiah: "Rp 1.500.000" and "Rp. 1.500.000,-" give quantity 1500000, unit "Rp"; a scale word
 *   multiplies: "Rp 1,5 M" (miliar) 1500000000, "Rp 300 Juta" 300000000.
 * - Scientific notation and fractions ("1e3 Unit", "1/2 Paket", "3 / 4 Dokumen") are unreadable,
 *   never their first digits: the unit is what follows them. Numbers written out in full keep their
 *   value, however large ("10.000.000.000.000.000 Rupiah").
 * - Text without a leading quantity: a unit alone ("Bulan"), or unreadable
 *   when it holds digits elsewhere ("Bulan 12", "Tahun 2022").
 * - A grade, level or range ("BB", "WTP", "Level 3", "80-90 (A)", "70 - 80", "≥ 80%") is read as
 *   such (plan/grade.ts): quantity null, `qualitative` set, the unit from the Satuan or the range.
 * - A month or a date ("November", "30 November 2026"): quantity null, `month` set (1..12).
 * - percent is true when the quantity text carries "%" (readable or not) or the
 *   unit is "%", "Persen", "Prosen" or "Percent"; the unit is "%" for a sign,
 *   else the word as written.
 * raw is kept as given. Never throws.
 *
 * The result is frozen and shared: the same raw text and Satuan give the same object (a table
 * of thousands of rows has a few hundred different targets, and keeps each once).
 */
export function parseTarget(raw: string, satuan?: string): Target {
  const original = typeof raw === "string" ? raw : String(raw ?? "");
  const satuanText = typeof satuan === "string" ? satuan : "";
  const memo = satuanText === "" ? TARGETS : WITH_SATUAN;
  const key = satuanText === "" ? original : original + "\u0000" + satuanText;
  let target = memo.get(key);
  if (target === undefined) target = memo.set(key, Object.freeze(readTarget(original, satuanText)));
  return target;
}

/**
 * A target whose cell holds a number: the number is the quantity, whatever
 * the cell shows ("12,000" under #,##0 in an en-US Excel, "1.25E+11" under
 * General); `percent` when the cell's format shows it as a percentage. The
 * raw text stays what the cell shows, for quoting it.
 */
export function numericTarget(raw: string, quantity: number, percent: boolean, satuan?: string): Target {
  const unit = normalizeSpaces(typeof satuan === "string" ? satuan : "") || (percent ? "%" : null);
  return { raw, quantity, unit, percent: percent || (unit !== null && PERCENT_UNIT.test(unit)) };
}

/**
 * How many values a cell stacks, one per line ("100\n75", "12 Dokumen\n4 Laporan", "25%\n20%"):
 * 2 or more when every line of two or more reads as a quantity on its own; else 0 (a quantity and
 * its unit wrapped over two lines, "12\nDokumen", or a grade under its number, "80\n(Baik)", is one
 * value). Targets and quarter cells alike.
 */
export function stackedCount(text: string): number {
  if (!text.includes("\n")) return 0;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length < 2) return 0;
  for (const line of lines) {
    const t = readTarget(line, "");
    if (t.quantity === null || t.unreadable) return 0;
  }
  return lines.length;
}

/** A target cell stacking `count` values (stackedCount of its text before its white space is folded): unreadable as one. */
export function stackedTarget(raw: string, count: number, satuan?: string): Target {
  const unit = normalizeSpaces(typeof satuan === "string" ? satuan : "") || null;
  return { raw, quantity: null, unit, percent: unit !== null && PERCENT_UNIT.test(unit), unreadable: true, stacked: count };
}

function readTarget(original: string, satuan: string): Target {
  const text = normalizeSpaces(original);
  if (NO_TARGET.test(text)) return { raw: original, quantity: null, unit: null, percent: false };
  const satuanUnit = normalizeSpaces(satuan) || null;
  const month = readMonth(text);
  if (month !== null) return { raw: original, quantity: null, unit: satuanUnit, percent: false, month };
  const qualitative = readQualitative(text);
  if (qualitative) {
    const unit = satuanUnit ?? qualitative.unit ?? null;
    const percent = qualitative.percent === true || (unit !== null && PERCENT_UNIT.test(unit));
    return { raw: original, quantity: null, unit, percent, qualitative };
  }
  const read = readQuantity(text);
  const unit = satuanUnit ?? read.unit;
  const percent = read.percent || (unit !== null && PERCENT_UNIT.test(unit));
  if (read.unreadable) return { raw: original, quantity: read.quantity, unit, percent, unreadable: true };
  const equivalent = read.quantity !== null && read.unit !== null ? equivalentOf(read.unit) : null;
  return equivalent ? { raw: original, quantity: read.quantity, unit, percent, equivalent } : { raw: original, quantity: read.quantity, unit, percent };
}

/** The same target in another unit, in parentheses after the unit: "(12 bulan)" of "100% (12 bulan)". */
const PARENTHESES_TAIL = /\(([^()]*\d[^()]*)\)$/;

function equivalentOf(unit: string): Target | null {
  const inner = PARENTHESES_TAIL.exec(unit)?.[1].trim();
  if (!inner || !DIGIT_FIRST.test(inner)) return null;
  const read = readQuantity(inner);
  if (read.unreadable || read.quantity === null || read.unit === null || DIGIT.test(read.unit)) return null;
  return Object.freeze({ raw: inner, quantity: read.quantity, unit: read.unit, percent: read.percent || PERCENT_UNIT.test(read.unit) });
}

interface QuantityRead {
  readonly quantity: number | null;
  readonly unit: string | null;
  readonly percent: boolean;
  readonly unreadable: boolean;
}

/** Targets by raw text, and by raw text and Satuan: targets repeat ("12 Bulan", "100%", "1 Paket"). */
const TARGETS = new BoundedMemo<string, Target>(10_000);
const WITH_SATUAN = new BoundedMemo<string, Target>(10_000);

/** Dashes alone ("-", "–", "--"): no target, whatever the Satuan (an empty Volume beside a Satuan is a missing quantity). */
const NO_TARGET = /^\s*[-\u2010-\u2015\u2212]+\s*$/;
const QUANTITY_RUN = /^[\d.,+\-\u2010-\u2015\u2212%\s]*/;
const RUPIAH = /^rp\.?\s*(.*?)(?:,-|\.-)?$/i;
const SPELLED = /^\([^)]*\)\s*(?=\S)/;

/** An exponent right after the digits ("1e3", "2,5E-4"); a fraction bar and its denominator ("1/2", "3 / 4"). */
const SCIENTIFIC = /^[eE][+\-\u2212]?\d+\s*/;
const FRACTION = /^[/\u2044\u2215]\s*\d+(?:[.,]\d+)?\s*/;

const DIGIT_FIRST = /^\d/;
const DIGIT = /\d/;
/**
 * The scale words of amounts in Rupiah as budgets write them: "Rp 300 Juta", "Rp 1,2 M" (miliar),
 * "Rp 250 rb", "Rp 1,5 T" (triliun). "M" after "Rp" is always miliar: Rupiah has no million "M".
 */
const RUPIAH_SCALE = /^(\d[\d.,\s]*?)\s*(ribu|rb\.?|juta|jt\.?|miliar|milyar|m|triliun|t)$/i;
const SCALE: Record<string, number> = { ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, m: 1e9, triliun: 1e12, t: 1e12 };

/**
 * An amount in Rupiah ("Rp 1.500.000", "Rp. 1.500.000,-", "Rp 1,2 M", "Rp 300 Juta"): its number, null when the digits are
 * not one number, undefined when the text is no amount in Rupiah. Targets and quarter cells alike.
 */
export function rupiahAmount(text: string): number | null | undefined {
  const rupiah = RUPIAH.exec(text);
  if (!rupiah || !DIGIT_FIRST.test(rupiah[1])) return undefined;
  const scaled = RUPIAH_SCALE.exec(rupiah[1]);
  const r = parseNumberText(scaled ? scaled[1] : rupiah[1]);
  if (r.kind !== "number" || r.percent) return null;
  return scaled ? roundTo(r.value * SCALE[scaled[2].toLowerCase().replace(/\.$/, "")], 2) : r.value;
}

function readQuantity(text: string): QuantityRead {
  const rupiah = rupiahAmount(text);
  if (rupiah !== undefined) return { quantity: rupiah, unit: "Rp", percent: false, unreadable: rupiah === null };
  const run = QUANTITY_RUN.exec(text)?.[0] ?? "";
  const rest = text.slice(run.length);
  if (run.trim() === "") {
    const digitsElsewhere = DIGIT.test(rest);
    return { quantity: null, unit: digitsElsewhere ? null : rest || null, percent: false, unreadable: digitsElsewhere };
  }
  // "1e3 Unit", "1/2 Paket": scientific notation and fractions are never read as their first digits.
  const glued = run === run.trimEnd() ? SCIENTIFIC.exec(rest) : null;
  const fraction = FRACTION.exec(rest);
  if (glued || fraction) {
    const after = rest.slice((glued ?? fraction)![0].length).replace(SPELLED, "") || null;
    return { quantity: null, unit: after, percent: run.includes("%") || after === "%", unreadable: true };
  }
  const unit = rest.replace(SPELLED, "") || null;
  const reading = parseNumberText(run);
  if (reading.kind === "number") {
    return { quantity: reading.value, unit: reading.percent ? (unit ?? "%") : unit, percent: reading.percent, unreadable: false };
  }
  return { quantity: null, unit, percent: run.includes("%"), unreadable: reading.kind === "invalid" };
}
