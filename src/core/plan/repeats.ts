import type { ColumnRole, Recognition } from "../layout/types";
import type { GridView } from "../grid";
import type { PlanBuilder } from "./builder";
import { codeLevel, type SplitText } from "./numbering";
import type { Level } from "./types";

/**
 * Whether a name cell repeats the open node of its level on the row right below that node's rows:
 * the same node, written again instead of merged (a flat export, isFlat, repeats the Program, the
 * Kegiatan and the Sub Kegiatan on every indicator row). A reader sees one node; a name written
 * again after other rows, with another number or code, or outside a flat table, is a second one
 * (the duplicate rules judge it). A Sasaran repeats so in the PK and mixed genres only, flat or
 * not: a nomenclature annex numbers its Sasaran.
 */
export function repeatsOpen(rec: Recognition, b: PlanBuilder, level: Level, split: SplitText, name: string, row: number, more: RowMore): boolean {
  if (level === "sasaran" && rec.genre === "nomenklatur") return false;
  const open = b.open[level];
  if (open === null || open.lastRow !== row - 1 || open.name !== name) return false;
  if (level !== "sasaran") {
    // A repeat stands right under the same cell text and carries the row's other cells (its
    // indicator, a lower level's name): a row of the name alone, or after another name in the
    // column, is a second node. An export repeats a code or no number; a written number ("7)", "C."
    // then "D." with one name, the seed's mistake) numbers a node of its own.
    if (!more.flat || !more.sameAbove || !more.withMore) return false;
    if (split.numbering.style !== "none" && split.numbering.style !== "code") return false;
  }
  return split.code === null || open.code === null || open.code === split.code;
}

/** What the row holds beside a name cell: the same text right above it, other name or indicator cells; whether the table is flat. */
export interface RowMore {
  sameAbove: boolean;
  withMore: boolean;
  flat: boolean;
}

/**
 * Whether the table is a flat export: it has a Program or Kegiatan column of its own, and that
 * column names its node on every row that names a lower level (a table that writes each name once,
 * on its own row or its first child's, leaves it empty below). Only there is a name written again a
 * repeat: elsewhere two rows with one name are two nodes (the duplicate rules judge them).
 */
export function isFlat(view: GridView, rec: Recognition): boolean {
  const parents = [rec.columns.program, rec.columns.kegiatan].filter((c): c is number => c !== undefined);
  if (parents.length === 0) return false;
  const deeper = [rec.columns.kegiatan, rec.columns.subKegiatan].filter((c): c is number => c !== undefined);
  let rows = 0;
  for (let r = rec.dataTop; r <= rec.dataBottom; r++) {
    for (const p of parents) {
      const below = deeper.filter((c) => c > p);
      if (!below.some((c) => !view.isCovered(r, c) && view.text(r, c) !== "")) continue;
      if (view.isCovered(r, p) || view.text(r, p) === "") return false;
      rows++;
    }
  }
  return rows >= 2;
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
