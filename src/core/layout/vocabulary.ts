import type { ColumnRole } from "./types";
import { monthRangeQuarter, norm, periodOf, quarterOf } from "./text";

/** What a header path (its labels, top to bottom) says about a column. */
export type ColumnMeaning =
  | { kind: "role"; role: ColumnRole }
  | { kind: "quarter"; quarter: 1 | 2 | 3 | 4; group: "kinerja" | "pelaksanaan" | "unnamed" | "ignored" }
  /** A month (1..12) or a semester (1..2) of planned targets ("ignored": a realisation or budget period). */
  | { kind: "period"; period: "bulan" | "semester"; n: number; group: "kinerja" | "pelaksanaan" | "unnamed" | "ignored" };

const has = (s: string, re: RegExp): boolean => re.test(s);

/**
 * The action steps of an indicator ("Rencana Aksi", "Aksi / Kegiatan Pendukung", "Rencana Aksi
 * Triwulan / I"): never a Kegiatan, never a quarterly target. A path that also says "target" is a
 * target ("Rencana Aksi / Target Triwulan / I" are quarterly targets under a group label).
 */
export function saysAksi(path: string): boolean {
  return /\baksi\b|\bkegiatan pendukung\b|\blangkah\b/.test(path) && !/\btarget\b/.test(path);
}

/**
 * The path speaks of a realisation or an achievement ("Realisasi Kinerja", "Tingkat Capaian"), not
 * of a planned one: "Target Capaian Kinerja" and "Indikator Capaian" are a target and an indicator.
 */
function saysResult(path: string): boolean {
  if (!has(path, /\brealisasi\b|\bcapaian\b/)) return false;
  return has(path.replace(/\b(target|indikator|rencana)( kinerja)? (capaian|realisasi)\b/g, " "), /\brealisasi\b|\bcapaian\b/);
}

/**
 * The group a quarter column belongs to, from the labels above the quarter label. Realisation and
 * achievement come first: "Realisasi Pelaksanaan / TW I" is not a planned target.
 */
function quarterGroup(path: string): "kinerja" | "pelaksanaan" | "unnamed" | "ignored" {
  if (saysResult(path)) return "ignored";
  if (has(path, /\bpelaksanaan\b|\bimplementasi\b/)) return "pelaksanaan";
  if (has(path, /\banggaran\b|\bkeuangan\b|\bpagu\b|\bdana\b|\brp\b|\bbiaya\b/)) return "ignored";
  if (has(path, /\bkinerja\b|\bfisik\b|\boutput\b/)) return "kinerja";
  return "unnamed";
}

/** Role of a non-quarter column from its joined, normalised header path. */
function roleOf(path: string, leaf: string): ColumnRole | null {
  if (/^(no|nomor|no urut|nmr)$/.test(leaf) || /^(no|nomor)$/.test(path)) return "no";
  if (has(leaf, /^kode\b/) || has(path, /^kode\b/)) return "kode";
  if (has(path, /\bketerangan\b|^ket$|\bket$|\bcatatan\b|\bremarks?\b/)) return "keterangan";
  if (has(path, /\bpenanggung ?jawab\b|\bpj\b|\bpic\b|\bpelaksana\b|\bunit kerja\b|\bbidang\b/) && !has(path, /\btarget\b/))
    return "penanggungJawab";
  if (has(path, /\banggaran\b|\bpagu\b|\brupiah\b|\bdana\b|\bbiaya\b|\brp\b/)) return "anggaran";
  if (saysResult(path)) return "realisasi";
  if (has(leaf, /^satuan\b|^unit$/) || /^satuan$/.test(path)) return "satuan";
  if (/^tahun( anggaran)?$/.test(path)) return "tahun";
  if (has(leaf, /^(volume|vol|jumlah|kuantitas)$/)) return "target";
  if (has(path, /\bindikator\b/)) {
    if (has(leaf, /^sasaran\b/) || has(path, /\bindikator (kinerja )?sasaran\b/)) return "indikatorSasaran";
    if (has(leaf, /^program\b/) || has(path, /\bindikator (kinerja )?program\b/)) return "indikatorProgram";
    if (has(path, /\bindikator (kinerja )?kegiatan\b/) && !has(path, /\bsub ?kegiatan\b/)) return "indikatorKegiatan";
    return "indikator";
  }
  if (has(path, /\btarget\b|\bsasaran tahunan\b/)) return "target";
  if (saysAksi(path)) return "aksi";
  if (has(leaf, /^uraian\b|^nama\b|^rincian\b/)) return "uraian";
  const kegiatan = has(path, /\bkegiatan\b/);
  const sub = has(path, /\bsub ?kegiatan\b/);
  const program = has(path, /\bprogram\b/);
  if (kegiatan && (program || (sub && has(path.replace(/\bsub ?kegiatan\b/g, ""), /\bkegiatan\b/)))) return "uraian";
  if (sub) return "subKegiatan";
  if (kegiatan) return "kegiatan";
  if (program) return "program";
  if (has(path, /\bsasaran\b/)) return "sasaran";
  if (has(path, /\btujuan\b/)) return "tujuan";
  if (has(path, /\buraian\b/)) return "uraian";
  return null;
}

const PLANNED_LEAF = /^(target|t|rencana|renc|tgt)( kinerja)?( %| persen)?$/;
/** "Fisik (%)" beside "Keuangan (Rp)" under a quarter: the physical (performance) target, and the money planned. */
const PHYSICAL_LEAF = /^(fisik|kinerja|output|keluaran)( %| persen)?$/;
const MONEY_LEAF = /^(keuangan|anggaran|dana|pagu|biaya|rp|rupiah)( rp| %| persen)?$/;
const RESULT_LEAF = /^(realisasi|real|r|capaian|cap|% capaian|capaian %|tingkat capaian|capaian kinerja|realisasi kinerja)( %| persen)?$/;

/**
 * A "Target" or "Realisasi" sub-column under a quarter or month label: the quarter's (or month's)
 * planned target, or its realisation (never validated). `parent` is the label right above the
 * leaf, `higher` what is written above that. Null when the leaf is neither, or the parent names
 * no quarter or period.
 */
function subColumnOf(leaf: string, parent: string, higher: string): ColumnMeaning | null {
  const physical = PHYSICAL_LEAF.test(leaf);
  const implementation = /^(pelaksanaan|implementasi)( %| persen)?$/.test(leaf);
  const planned = physical || implementation || PLANNED_LEAF.test(leaf);
  if (!planned && !RESULT_LEAF.test(leaf) && !MONEY_LEAF.test(leaf)) return null;
  if (!parent) return null;
  // Words of realisation above a planned leaf ("Target dan Realisasi" over "TW I" over "Target") do not make it one.
  const groupOf = (): "kinerja" | "pelaksanaan" | "unnamed" | "ignored" =>
    !planned ? "ignored" : physical ? "kinerja" : implementation ? "pelaksanaan" : quarterGroup(`${higher} ${parent}`.replace(/\b(realisasi|capaian)\b/g, " "));
  const period = periodOf(parent, higher);
  if (period) return { kind: "period", period: period.kind, n: period.n, group: groupOf() };
  const q = quarterOf(parent, /\b(target|triwulan|tw|kinerja|pelaksanaan)\b/.test(higher));
  return q ? { kind: "quarter", quarter: q, group: groupOf() } : null;
}

/**
 * The meaning of a column from its header labels, top to bottom (merged group labels included).
 * Returns null when the header says nothing this product knows.
 */
export function classifyHeader(labels: readonly string[]): ColumnMeaning | null {
  const parts = labels.map(norm).filter((s) => s !== "");
  const uniq = parts.filter((s, i) => parts.indexOf(s) === i);
  if (uniq.length === 0) return null;
  const leaf = uniq[uniq.length - 1];
  const path = uniq.join(" ");
  const above = uniq.slice(0, -1).join(" ");
  const quarterContext = /\btarget\b|\btriwulan\b|\btw\b|\bkinerja\b|\bpelaksanaan\b|\brealisasi\b|\bjadwal\b|\bwaktu\b/.test(above);
  // Actions written per quarter ("Rencana Aksi" over TW I..IV): steps, not targets.
  // Known limit: this is decided from the header alone, before the quarter test, so a group header
  // "Rencana Aksi Triwulan" over TW I..IV columns that hold numbers or percentages makes them steps,
  // and their quarterly targets are never validated. Telling the two apart needs the cells
  // (layout/recognize.ts), not this header rule.
  if (saysAksi(path)) return { kind: "role", role: "aksi" };
  // A month or a semester ("Januari", "Bulan 3", "Semester II"; a bare 3 under "Target per Bulan",
  // a bare II under "Target Semester"): never a quarter, though "3" and "II" could name one.
  const period = periodOf(leaf, above);
  if (period) return { kind: "period", period: period.kind, n: period.n, group: quarterGroup(path) };
  const q = quarterOf(leaf, quarterContext);
  if (q) return { kind: "quarter", quarter: q, group: quarterGroup(path) };
  // A quarter or a month split into what is planned and what was achieved ("TW I" over "Target" |
  // "Realisasi", "Januari" over "T" | "R"): the planned one is the quarter's (or month's) target.
  const sub = subColumnOf(leaf, uniq.length > 1 ? uniq[uniq.length - 2] : "", uniq.slice(0, -2).join(" "));
  if (sub) return sub;
  // A leaf like "(%)" under "TW I": use the label above.
  if (/^%?$|^persen$/.test(leaf.replace(/\s/g, "")) && uniq.length > 1) return classifyHeader(uniq.slice(0, -1));
  const role = roleOf(path, leaf);
  return role ? { kind: "role", role } : null;
}

/** A cheap "does this look like a header word" score for one cell, used to find header rows. */
export function headerWordScore(text: string): number {
  const n = norm(text);
  if (!n || n.length > 80) return 0;
  if (/^(sasaran|program|kegiatan|sub kegiatan|indikator|uraian|satuan|volume|keterangan|ket|kode|no|tujuan|rencana aksi)$/.test(n)) return 2;
  if (quarterOf(n, false) || monthRangeQuarter(n)) return 1;
  if (!/\d/.test(n) && /\b(indikator|sasaran|program|kegiatan|target|triwulan|satuan|keterangan|uraian)\b/.test(n) && n.split(" ").length <= 8)
    return 2;
  return 0;
}
