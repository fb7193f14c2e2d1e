import type { ColumnRole, Genre } from "./types";

/** Columns that hold the nomenclature's programme levels. */
const PROGRAMME: readonly ColumnRole[] = ["program", "kegiatan", "subKegiatan", "uraian", "indikatorProgram"];

/**
 * The genre of a table from its columns (offices publish at least three kinds of table and say
 * which by the columns, never by a label):
 * - pk: a Sasaran column and an Indikator (or Indikator Sasaran) column and no programme column (Program, Kegiatan,
 *   Sub Kegiatan, Uraian): Sasaran > Indikator > Rencana Aksi; with no Sasaran column (Sasaran as group rows
 *   over their indicators), the Indikator and Rencana Aksi columns and no programme column;
 * - campuran: a Sasaran column whose indicator column stands left of every programme column
 *   (and no Indikator Program column, nor an Indikator Sasaran one beside another indicator column): the Sasaran's indicator and target on its
 *   row, the programme beside it as support;
 * - nomenklatur: everything else (the seed's Sasaran > Program > Kegiatan > Sub Kegiatan).
 */
export function genreOf(columns: Partial<Record<ColumnRole, number>>): Genre {
  const sasaran = columns.sasaran;
  // A PK may head its indicator column "Indikator Sasaran": with no programme beside it, it is the indicator.
  const indikator = columns.indikator ?? columns.indikatorSasaran;
  if (indikator === undefined) return "nomenklatur";
  const programme = PROGRAMME.map((r) => columns[r]).filter((c): c is number => c !== undefined);
  // No Sasaran column: Sasaran written as group rows over their indicators, with their Rencana Aksi.
  if (sasaran === undefined) return programme.length === 0 && columns.aksi !== undefined ? "pk" : "nomenklatur";
  if (programme.length === 0) return "pk";
  // An "Indikator Sasaran" column beside another indicator column (the seed's) is the Sasaran's own; alone, it is the table's indicator.
  const ownIndicatorColumns = (columns.indikatorSasaran !== undefined && columns.indikator !== undefined) || columns.indikatorProgram !== undefined;
  if (!ownIndicatorColumns && sasaran < indikator && indikator < Math.min(...programme)) return "campuran";
  return "nomenklatur";
}
