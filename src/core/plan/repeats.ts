import type { ColumnRole, Recognition } from "../layout/types";
import type { PlanBuilder } from "./builder";
import { codeLevel, type SplitText } from "./numbering";
import type { Level } from "./types";

/**
 * Whether a name cell repeats the open node of its level on the row right below that node's rows:
 * the same node, written again instead of merged (a flat export repeats the Program, the Kegiatan
 * and the Sub Kegiatan on every indicator row). A reader sees one node; a name written again
 * after other rows, or with another number or code, is a second one (the duplicate rules judge it).
 * A Sasaran repeats so in the PK and mixed genres only: a nomenclature annex numbers its Sasaran.
 */
export function repeatsOpen(rec: Recognition, b: PlanBuilder, level: Level, split: SplitText, name: string, row: number): boolean {
  if (level === "sasaran" && rec.genre === "nomenklatur") return false;
  const open = b.open[level];
  if (open === null || open.lastRow !== row - 1 || open.name !== name) return false;
  // Written again whole: its numbering too ("C." then "D." with one name are two Kegiatan, the seed's mistake).
  if (level !== "sasaran" && split.numbering.raw !== open.numbering.raw) return false;
  return split.code === null || open.code === null || open.code === split.code;
}

/** The level a column of one level names (a flat table's Program / Kegiatan / Sub Kegiatan columns). */
const COLUMN_LEVEL: Partial<Record<ColumnRole, Level>> = { program: "program", kegiatan: "kegiatan", subKegiatan: "subKegiatan" };

/**
 * The Kode column's code for a name column: a column of one level takes only a code of its level
 * ("2.07.03.2.01.0002" is the Sub Kegiatan's, not the Program's written on the same row); an
 * Uraian column, or a code of no known level, takes it as before.
 */
export function codeForColumn(role: ColumnRole, code: string | null): string | null {
  const level = COLUMN_LEVEL[role];
  if (!code || !level) return code;
  const own = codeLevel(code);
  return own === null || own === level ? code : null;
}
