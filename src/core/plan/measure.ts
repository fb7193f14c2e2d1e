import type { PlanRow, Target } from "./types";

/**
 * What an indicator row's target measures (DOMAIN.md, "Units in real plans"). The unit is often
 * not in the target cell: a Satuan column carries it, or the indicator's own words do.
 * - percent: a percentage ("85" under "Persentase ...", "100%", Satuan "%");
 * - count: things counted (Dokumen, Orang, Bulan, Paket ...): quarters may be parts or a cumulative count;
 * - scale: a score or level on the indicator's own scale (Nilai, Indeks, Skor, Level, Rasio ...):
 *   never split into quarterly parts, never a percentage of progress;
 * - qualitative: a predicate, grade or range ("BB", "A", "WTP", "80-90 (A)"): compared as written, never summed;
 * - month: a month name where a quantity belongs ("November"): unreadable as a target;
 * - unknown: nothing says (a bare number with no Satuan column and no telling words).
 */
export type MeasureKind = "percent" | "count" | "scale" | "qualitative" | "month" | "unknown";

export interface Measure {
  readonly kind: MeasureKind;
  /** Where the meaning came from. */
  readonly source: "target" | "satuan" | "indicator" | null;
  /** Whether lower values are better (angka kematian, prevalensi, waktu tunggu ...), from the indicator's words. */
  readonly lowerIsBetter: boolean;
}

const PERCENT_UNIT = /^(%|persen|prosen|percent|presentase|persentase)$/i;
const SCALE_WORD = /^(nilai|indeks|index|skor|score|level|tingkat|rasio|ratio|poin|point|predikat|opini|kategori|peringkat)\b/i;
const PERCENT_WORDS = /^(persentase|prosentase|presentase|persen|proporsi|cakupan|%)|\(%\)|%$/i;
const SCALE_WORDS = /^(indeks|index|nilai|skor|score|level|tingkat kematangan|rasio|ratio|predikat|opini|peringkat|maturitas)\b/i;
const QUALITATIVE = /^(a|aa|b|bb|bbb|c|cc|d|e|wtp|wdp|tw|tmp|wbk|wbbm|baik|sangat baik|cukup|memuaskan|sangat memuaskan)$|\(\s*[a-e]{1,3}\s*\)|^\d+([.,]\d+)?\s*[-–]\s*\d+([.,]\d+)?\b/i;
const MONTH = /^(januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember)\b/i;
const LOWER_IS_BETTER =
  /\b(angka kematian|kematian|prevalensi|pengangguran|kemiskinan|penduduk miskin|stunting|wasting|underweight|gizi buruk|kasus|insiden|kecelakaan|pelanggaran|kemacetan|waktu tempuh|waktu tunggu|lama waktu|rata-rata waktu|tunggakan|temuan|kerugian|banjir|genangan|kebakaran|kesakitan|kek\b|anemia|putus sekolah|buta huruf|gini)\b/i;

function unitKind(unit: string | null): MeasureKind | null {
  if (!unit) return null;
  const u = unit.trim();
  if (PERCENT_UNIT.test(u)) return "percent";
  if (SCALE_WORD.test(u)) return "scale";
  if (MONTH.test(u)) return "month";
  return /\p{L}/u.test(u) ? "count" : null;
}

/** What the target cell alone says, when it is not a plain quantity. */
function targetKind(t: Target): MeasureKind | null {
  if (t.quantity !== null) return t.percent ? "percent" : null;
  const raw = t.raw.trim();
  if (MONTH.test(raw)) return "month";
  if (QUALITATIVE.test(raw)) return "qualitative";
  return null;
}

/** What an indicator's name says its target measures. */
export function indicatorKind(text: string): MeasureKind | null {
  const s = text.trim();
  if (PERCENT_WORDS.test(s)) return "percent";
  if (SCALE_WORDS.test(s)) return "scale";
  return null;
}

/** Whether an indicator's words say lower values are better. */
export function lowerIsBetter(text: string): boolean {
  return LOWER_IS_BETTER.test(text);
}

/**
 * The measure of a row's target: the target cell first (a percent sign, a predicate, a month),
 * then its unit (Satuan column or the cell's own), then the indicator's words.
 */
export function measureOf(row: PlanRow): Measure {
  const name = row.indikator?.text ?? "";
  const lower = name !== "" && lowerIsBetter(name);
  const t = row.target;
  if (t) {
    const byTarget = targetKind(t);
    if (byTarget) return { kind: byTarget, source: "target", lowerIsBetter: lower };
    const byUnit = unitKind(t.unit);
    if (byUnit) return { kind: byUnit, source: "satuan", lowerIsBetter: lower };
  }
  const byName = name ? indicatorKind(name) : null;
  if (byName) return { kind: byName, source: "indicator", lowerIsBetter: lower };
  return { kind: "unknown", source: null, lowerIsBetter: lower };
}
