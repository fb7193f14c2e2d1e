import type { RangeRef } from "../grid";

/** What a column of the Lampiran table means. */
export type QuarterRole =
  | "kinerja1" | "kinerja2" | "kinerja3" | "kinerja4"
  | "pelaksanaan1" | "pelaksanaan2" | "pelaksanaan3" | "pelaksanaan4";

/**
 * Planned targets per month or per semester, where a table writes them instead of (or beside) the
 * four quarters: "Januari".."Desember", "Jan".."Des", "Bulan 1".."Bulan 12", bare 1..12 under a
 * "Bulan" header; "Semester I" / "Semester II".
 */
export type PeriodRole =
  | "bulan1" | "bulan2" | "bulan3" | "bulan4" | "bulan5" | "bulan6"
  | "bulan7" | "bulan8" | "bulan9" | "bulan10" | "bulan11" | "bulan12"
  | "semester1" | "semester2";

export type PeriodKind = "bulan" | "semester";

/** How many periods of a kind a year has. */
export const PERIOD_COUNT: Readonly<Record<PeriodKind, number>> = { bulan: 12, semester: 2 };

export function periodRole(kind: PeriodKind, n: number): PeriodRole {
  return `${kind}${n}` as PeriodRole;
}

export type ColumnRole =
  | "no"
  | "kode"
  | "sasaran"
  | "indikatorSasaran"
  | "program"
  | "indikatorProgram"
  /** Kegiatan only (when kegiatan and sub kegiatan have their own columns). */
  | "kegiatan"
  /** The Kegiatan's own indicator, beside a separate indicator column of the Sub Kegiatan ("Indikator Kegiatan"). */
  | "indikatorKegiatan"
  | "subKegiatan"
  /** Kegiatan / Sub Kegiatan description in one column ("Uraian"). */
  | "uraian"
  /** Output indicator of the kegiatan / sub kegiatan; in the PK and mixed genres, the Sasaran's indicator. */
  | "indikator"
  /** Rencana Aksi: the action steps of an indicator (free text, often numbered lines); never a Kegiatan. */
  | "aksi"
  /** Tujuan (goal) above the Sasaran, in the mixed genre: read as context, not as a level. */
  | "tujuan"
  /** Annual target: quantity and unit, or quantity only when a "satuan" column exists. */
  | "target"
  /** The target as first adopted, beside a changed one ("Target Awal" before "Target Perubahan"): read where the changed cell is empty. */
  | "targetAwal"
  | "satuan"
  | QuarterRole
  | PeriodRole
  | "keterangan"
  | "anggaran"
  | "penanggungJawab"
  /** The year of each row ("Tahun": an e-SAKIP export's column, the same year on every row). */
  | "tahun"
  | "realisasi";

/** The columns that name Sasaran, Program, Kegiatan, Sub Kegiatan and their indicators, in the order a row's parts are read. */
export const NAME_ROLES: readonly ColumnRole[] = [
  "sasaran", "indikatorSasaran", "program", "indikatorProgram", "kegiatan", "indikatorKegiatan", "subKegiatan", "uraian", "indikator",
];

export type QuarterGroup = "kinerja" | "pelaksanaan";

export const QUARTER_GROUPS: readonly QuarterGroup[] = ["kinerja", "pelaksanaan"];

export function quarterRole(group: QuarterGroup, q: 1 | 2 | 3 | 4): QuarterRole {
  return `${group}${q}` as QuarterRole;
}

export interface HeaderColumn {
  col: number;
  /** The header path joined, e.g. "Target Kinerja / I". */
  label: string;
  role: ColumnRole | null;
}

/**
 * The genre of a Rencana Aksi table, from its columns (real offices publish these three):
 * - nomenklatur: Sasaran > Program > Kegiatan > Sub Kegiatan, each with indicators (the seed);
 * - pk: Rencana Aksi of the Perjanjian Kinerja: Sasaran > Indikator > Rencana Aksi steps;
 * - campuran: the mixed working table: a Sasaran's indicator and target on its own row, with
 *   Program / Kegiatan beside it as the indicator's supporting programme.
 */
export type Genre = "nomenklatur" | "pk" | "campuran";

/** A recognized Lampiran table on one sheet. */
export interface Recognition {
  sheet: string;
  /** Header top-left to last data row / last used column of the table. */
  range: RangeRef;
  headerTop: number;
  headerRows: number;
  /** First and last data rows (absolute). dataBottom < dataTop when the table is empty. */
  dataTop: number;
  dataBottom: number;
  columns: Partial<Record<ColumnRole, number>>;
  headers: HeaderColumn[];
  genre: Genre;
  /** The columns holding Rencana Aksi steps: one, or one per quarter ("Rencana Aksi" over TW I..IV). */
  aksiColumns: number[];
  /** Per quarter group: whether the header says the values are percentages (null: header silent). */
  /** Per quarter group, and for the month and semester columns: whether the header says the values are percentages (null: header silent). */
  percentHeader: Partial<Record<QuarterGroup | PeriodKind, boolean | null>>;
  year: number | null;
  office: string | null;
  /** Row of the title ("RENCANA AKSI TAHUN ..."), when found. */
  titleRow: number | null;
  /** Row where another table's header begins below this one, after an empty row (left unread: one table per sheet). */
  nextTableRow?: number;
}
