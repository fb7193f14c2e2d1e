import { BoundedMemo } from "../numbers/memo";
import type { PlanRow, Target } from "./types";

/**
 * What an indicator row's target measures (DOMAIN.md, "Units in real plans"). The unit is often
 * not in the target cell: a Satuan column carries it, or the indicator's own words do.
 * - percent: a percentage ("85" under "Persentase ...", "100%", Satuan "%" or "Persen");
 * - count: things counted (Dokumen, Orang, Bulan, Paket ..., or "Jumlah ..." with a bare number):
 *   quarters may be parts or a cumulative count; counts of one kind add up across levels;
 * - scale: a score, level, rate or average on the indicator's own scale (Nilai, Indeks, Skor,
 *   Level, Rasio, "Menit/Km", "100.000/kh", "Angka kematian ...", "Rata-rata ..."):
 *   never split into quarterly parts, never a percentage of progress, never summed;
 * - qualitative: a predicate, grade, level or range ("BB", "A", "WTP", "Level 3", "80-90 (A)"):
 *   compared as written, never summed;
 * - month: a month name or a date where a quantity belongs ("November"): a deadline, not a target;
 * - unknown: nothing says (a bare number with no Satuan and no telling words), or no target.
 */
export type MeasureKind = "percent" | "count" | "scale" | "qualitative" | "month" | "unknown";

export interface Measure {
  readonly kind: MeasureKind;
  /** Where the meaning came from: the target cell, the unit (the Satuan column's or the cell's), the indicator's words. */
  readonly source: "target" | "satuan" | "indicator" | null;
  /** Whether lower values are better (angka kematian, prevalensi, waktu tunggu ...), from the indicator's words. */
  readonly lowerIsBetter: boolean;
}

/**
 * A unit word that is a percentage: "%", "Persen", "Prosen", "Percent", "Persentase" (a Satuan
 * column's word), "Persen (%)". The one pattern of percent unit words (plan/target.ts, rules/units.ts).
 */
export const PERCENT_UNIT = /^(%|persen|prosen|percent|persentase|prosentase|presentase)(\s*\(%\))?$/i;
/** A unit naming a scale rather than things counted. */
const SCALE_UNIT =
  /^(nilai|indeks|index|skor|score|level|tingkat|rasio|ratio|poin|point|predikat|opini|kategori|peringkat|skala|angka|rata-rata|derajat)\b/i;
/**
 * A rate: "Menit/Km", "100.000/kh", "Ton/hari", "kg/kap/tahun", "per 1.000 penduduk", "Orang per Hari":
 * a slash before a number, a time, a measure or a head. A slash between two things counted is a
 * choice of words, not a rate: the official satuan "Desa/Kelurahan", "Unit/Paket", "Laporan / Dokumen".
 */
const RATE_UNIT =
  /\/\s*(\d|(detik|dtk|menit|jam|hari|minggu|pekan|bulan|bln|triwulan|semester|tahun|thn|th|km|kilometer|m|m2|m²|m3|m³|ha|hektar|hektare|kg|ton|liter|kapita|kap|penduduk|jiwa|kh|kelahiran|kk)(?![\p{L}\d]))|^per\b|\bper\s/iu;
const LETTER = /\p{L}/u;
/**
 * An indicator named as a percentage: "Persentase ..." and its common misspellings ("Prosentase",
 * "Presentase", "Prsentase", "Persentaqse"), "Persen ...", "Proporsi ...", "% ...", or "(%)" /
 * "dalam persen" anywhere. Strict: what the percentage check holds an indicator to. Not
 * "Presensi ..." (attendance) nor "Presentasi ..." (a presentation).
 */
const PERCENT_NAME_START = /^\s*((pe?r|pro|pre)[sc]enta\w*|(persen|prosen)\b|proporsi\b|%)/i;
const PERCENT_NAME_PAREN = /\(\s*%\s*\)/;
const PERCENT_NAME_WORDS = /\bdalam (persen|%)/i;
/** "sen" in any case: in every percentage word (one literal: long names are skipped fast). */
const SEN = /sen/i;
/** Not a percentage though it starts like one: "Presentasi ..." (a presentation). */
const NOT_PERCENT_NAME = /^\s*presentasi\b/i;
/** Words that usually name a percentage, though not always: "Cakupan ...", "Prevalensi ...", "Tingkat partisipasi". */
const PERCENT_LIKE_NAME = /^\s*(cakupan|prevalensi|capaian|realisasi|angka partisipasi|tingkat partisipasi)\b/i;
/** A ratio times 100 written in the name: "(Jumlah X / Jumlah Y) x 100", "... × 100%". */
const PERCENT_FORMULA = /\/[^/]*\)\s*[x×*]\s*100\b/i;
const SCALE_NAME =
  /^\s*(indeks|index|nilai|skor|score|level|tingkat|rasio|ratio|predikat|opini|peringkat|maturitas|kematangan|rata-rata|rerata|angka|derajat|status|kategori|akreditasi|hasil survei|survei)\b/i;
const COUNT_NAME = /^\s*(jumlah|banyaknya|total|terlaksananya|tersusunnya|tersedianya)\b/i;
/**
 * "Nilai" of an amount of money, not a score: "Nilai omzet UMKM binaan", "Nilai investasi", "Nilai
 * ekspor", "Nilai ... (juta rupiah)": amounts add up over the year as counts do ("Nilai Tukar Petani",
 * "Nilai SAKIP" stay scales).
 */
const MONEY_VALUE_NAME =
  /^\s*nilai\s+(?:realisasi\s+)?(omzet|omset|investasi|ekspor|impor|penjualan|transaksi|produksi|pendapatan|retribusi|pajak|belanja|kredit|pinjaman|tabungan|simpanan|modal|pembiayaan|hibah|kontrak|perdagangan|pad)\b/i;
/** A name that gives its amounts' unit of money: "(juta rupiah)", "(Rp)", "dalam miliar rupiah". */
const MONEY_UNIT_NAME = /\b(rupiah|rp\.?|juta|miliar|milyar)(?=[\s).,]|$)/i;

/** Whether an indicator's name says its numbers are amounts of money ("Nilai omzet UMKM (juta rupiah)"): the unit is in the name. */
export function namesMoneyUnit(text: string): boolean {
  return MONEY_UNIT_NAME.test(text);
}

/** What a unit word says a target measures; null for no unit or one without a letter. */
export function unitKind(unit: string | null): MeasureKind | null {
  if (!unit) return null;
  const u = unit.trim();
  if (PERCENT_UNIT.test(u)) return "percent";
  if (SCALE_UNIT.test(u) || RATE_UNIT.test(u)) return "scale";
  return LETTER.test(u) ? "count" : null;
}

/** What the target cell alone says: a predicate or range, a month, a percent sign. */
function targetKind(t: Target): MeasureKind | null {
  if (t.month !== undefined) return "month";
  if (t.qualitative) return "qualitative";
  if (t.quantity !== null && t.percent && t.raw.includes("%")) return "percent";
  return null;
}

/** Whether an indicator's name says it is a percentage (strict: the words a planner chooses for one). */
export function namedAsPercentage(text: string): boolean {
  if (PERCENT_NAME_START.test(text)) return !NOT_PERCENT_NAME.test(text);
  return (text.includes("%") && PERCENT_NAME_PAREN.test(text)) || (SEN.test(text) && PERCENT_NAME_WORDS.test(text));
}

/** What an indicator's name says its target measures, or null when its words do not tell (kept per name: rules ask it of every quarter group). */
export function indicatorKind(text: string): MeasureKind | null {
  let known = KIND_BY_NAME.get(text);
  if (known === undefined) known = KIND_BY_NAME.set(text, nameKind(text));
  return known;
}

const KIND_BY_NAME = new BoundedMemo<string, MeasureKind | null>(10_000);

function nameKind(text: string): MeasureKind | null {
  if (namedAsPercentage(text) || PERCENT_LIKE_NAME.test(text) || PERCENT_FORMULA.test(text)) return "percent";
  if (SCALE_NAME.test(text)) return MONEY_VALUE_NAME.test(text) || (/^\s*nilai\b/i.test(text) && namesMoneyUnit(text)) ? "count" : "scale";
  if (COUNT_NAME.test(text)) return "count";
  return null;
}

/**
 * The words a measure is named with, before its subject: "Persentase", "Angka", "Jumlah", "Rasio",
 * "Prevalensi", "Tingkat", "Rata-rata" ... ("Persentase angka ..." has two).
 */
const MEASURE_WORD =
  /^\s*(?:(?:pe?r|pro|pre)[sc]enta\w*|persen|prosen|proporsi|angka|jumlah|banyaknya|total|rasio|ratio|prevalensi|tingkat|rata-rata|rerata|indeks|index|nilai|luas|%)\s+/i;
/** A coverage or an achievement: higher is better whatever it covers ("Cakupan penemuan kasus TBC"). */
const COVERAGE = /^\s*(cakupan|capaian)\b/i;
/**
 * What the measure counts is handled, served or resolved, or free of the harm ("Persentase kasus
 * kekerasan yang ditangani", "... yang mendapat layanan", "Jumlah kasus TBC yang ditemukan" (found,
 * detected, treated: case finding), "Persentase desa bebas banjir",
 * "Persentase penurunan angka kematian"): higher is better, wherever in the name.
 */
const HANDLED =
  /\b(ditangani|tertangani|ditemukan|terdeteksi|dideteksi|diobati|terobati|ditindaklanjuti|ditindak|diselesaikan|terselesaikan|mendapat|mendapatkan|memperoleh|menerima|terlayani|dilayani|disembuhkan|sembuh|berhasil|bebas|tidak|penurunan|menurunnya|turunnya|berkurangnya|pengurangan|success)\b/i;
/**
 * The subject is an action on the harm (its finding, treating, resolving, preventing): higher is
 * better ("Persentase penyelesaian tindak lanjut temuan BPK", "Skrining anemia remaja putri").
 */
const ACTION_SUBJECT =
  /^(penyelesaian|tindak lanjut|tindaklanjut|penanganan|penanggulangan|pencegahan|pengendalian|penemuan|skrining|screening|deteksi|pemeriksaan|pengobatan|perawatan|notifikasi|pelaporan|pelayanan|layanan|penegakan|penindakan|penertiban|pengawasan|pemulihan|rehabilitasi|pemadaman|penggunaan|pemakaian|perbaikan|penurunan|pengurangan)\b/i;
/**
 * A harm, a loss or a delay: lower is better (angka kematian, prevalensi, waktu tunggu ...). Counted
 * anywhere in the subject ("Persentase balita stunting").
 */
const HARM =
  /\b(kematian|kesakitan|pengangguran|kemiskinan|penduduk miskin|stunting|wasting|underweight|gizi buruk|kurang energi kronis|anemia|insiden|kecelakaan|pelanggaran|kemacetan|waktu tempuh|waktu tunggu|waktu tanggap|response time|lama waktu|rata-rata waktu|tunggakan|kerugian|genangan|kebakaran|putus sekolah|buta huruf|gini|kumuh|rawan pangan|unmet need)\b/i;
/**
 * Words that name a harm only as the subject itself ("Jumlah kasus DBD", "Jumlah temuan BPK",
 * "Luas genangan banjir", "Waktu penyelesaian izin"), not anywhere in the name: "kasus" and
 * "temuan" are as often what is found or resolved.
 */
const HARM_SUBJECT = /^(kasus|temuan|kejadian|banjir|waktu|durasi)\b/i;

/**
 * Whether an indicator's words say lower values are better: the one place that decides it
 * (DOMAIN.md, "Monitoring"). A coverage or an achievement, or a subject that is handled, resolved
 * or free of the harm, is higher-is-better; else the subject of the measure (the words right after
 * "Persentase / Angka / Jumlah / Rasio / Prevalensi ...") decides: an action on a harm
 * (penyelesaian, penemuan, skrining ...) is higher-is-better, a harm, a loss or a delay
 * lower-is-better. A prevalence is lower-is-better unless its subject is such an action.
 */
export function lowerIsBetter(text: string): boolean {
  if (text === "") return false;
  let known = LOWER.get(text);
  if (known === undefined) known = LOWER.set(text, decideLowerIsBetter(text));
  return known;
}

const LOWER = new BoundedMemo<string, boolean>(10_000);
const PREVALENCE = /^\s*prevalensi\b/i;

function decideLowerIsBetter(text: string): boolean {
  return directionWord(text).lower;
}

/**
 * lowerIsBetter with the words that decided it, for showing the reason (monitoring): the coverage,
 * handled or action word that makes it higher-is-better, or the harm word that makes it lower;
 * word is null when nothing in the name speaks (higher-is-better by default).
 */
export function directionWord(text: string): { lower: boolean; word: string | null } {
  const higher = COVERAGE.exec(text) ?? HANDLED.exec(text);
  if (higher) return { lower: false, word: higher[1] };
  const prevalence = PREVALENCE.exec(text);
  let subject = text;
  for (let i = 0; i < 2; i++) {
    const m = MEASURE_WORD.exec(subject);
    if (!m) break;
    subject = subject.slice(m[0].length);
  }
  subject = subject.trimStart();
  const action = ACTION_SUBJECT.exec(subject);
  if (action) return { lower: false, word: action[1] };
  const harm = HARM_SUBJECT.exec(subject) ?? HARM.exec(subject);
  if (prevalence) return { lower: true, word: prevalence[0].trim() };
  return harm ? { lower: true, word: harm[1] } : { lower: false, word: null };
}

/** The kind of a target (null: none) under an indicator's name, and where it came from, without the direction. */
export function kindOf(target: Target | null, name: string): Pick<Measure, "kind" | "source"> {
  if (target) {
    const byTarget = targetKind(target);
    if (byTarget) return { kind: byTarget, source: "target" };
    const byUnit = target.percent ? "percent" : unitKind(target.unit);
    if (byUnit === "count" && name && abbreviates(target.unit, name)) {
      // "NTP" under "Nilai Tukar Petani", "IKM" under "Indeks Kepuasan Masyarakat": the Satuan is the
      // indicator's own abbreviation, no thing counted; its name says what it measures.
      const byName = indicatorKind(name);
      if (byName && byName !== "count") return { kind: byName, source: "indicator" };
    }
    if (byUnit === "scale" && name && !SCALE_UNIT.test(target.unit?.trim() ?? "") && indicatorKind(name) === "count") {
      // A thing counted per month or day ("Orang/bulan", the official satuan of the salary sub kegiatan) under
      // a name that says it counts ("Jumlah Orang yang Menerima Gaji ..."): a count, not a score on its own scale.
      return { kind: "count", source: "indicator" };
    }
    if (byUnit) return { kind: byUnit, source: "satuan" };
  }
  const byName = name ? indicatorKind(name) : null;
  if (byName) return { kind: byName, source: "indicator" };
  return { kind: "unknown", source: null };
}

const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * Whether a unit is the indicator's name abbreviated: capitals, the first its first word's initial,
 * the others initials of later words in order ("NTP" of "Nilai Tukar Petani", "IKLH" of "Indeks
 * Kualitas Lingkungan Hidup"). Not a unit word found inside the name ("UMKM" of "Persentase UMKM
 * naik kelas": things counted).
 */
function abbreviates(unit: string | null, name: string): boolean {
  const u = unit?.trim() ?? "";
  if (!ACRONYM.test(u)) return false;
  const initials = name.split(/[\s/()-]+/).filter((w) => w !== "").map((w) => w[0].toUpperCase());
  if (initials[0] !== u[0]) return false;
  let k = 1;
  for (let i = 1; i < initials.length && k < u.length; i++) if (initials[i] === u[k]) k++;
  return k === u.length;
}

/**
 * The measure of a row's target: the target cell first (a percent sign, a grade, a month),
 * then its unit (the Satuan column's, else the cell's own), then the indicator's words.
 */
export function measureOf(row: PlanRow): Measure {
  const name = row.indikator?.text ?? "";
  const { kind, source } = kindOf(row.target, name);
  return { kind, source, lowerIsBetter: lowerIsBetter(name) };
}
