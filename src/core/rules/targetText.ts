import type { CellRef } from "../grid";
import type { PlanRow, Target } from "../plan/types";

/** The target cell of a row that has a target (a row has one only in a table with a target column). */
export function targetCellOf(row: PlanRow): CellRef {
  return row.targetCell() as CellRef;
}

/**
 * A target cell holding nothing usable: a dash alone (no quantity, unit, grade or month, not garbled).
 * A formula saved with no computed value is not blank: what it says is not known (Target.uncomputed).
 */
export function isBlankTarget(t: Target | null): boolean {
  return !t || (t.quantity === null && t.unit === null && !t.unreadable && !t.qualitative && t.month === undefined && !t.uncomputed);
}

/**
 * A row's target that is only the Satuan column's unit, its Target cell empty (a Kegiatan row of a
 * Kode table that carries "Bulan" and its Anggaran, no indicator): under an indicator, a unit without
 * its quantity ("Dokumen": target.noQuantity); on a row without one, no target at all.
 */
export function unitOnly(t: Target | null): boolean {
  return !!t && t.quantity === null && t.raw.trim() === "" && t.unit !== null && !t.unreadable && !t.qualitative && t.month === undefined && !t.uncomputed;
}

/** The target as a reader knows it: the cell's text, with the Satuan column's unit when the cell holds none. */
export function targetText(t: Target): string {
  const raw = t.raw.trim();
  return t.unit && !raw.toLowerCase().includes(t.unit.toLowerCase()) ? `${raw} ${t.unit}`.trim() : raw;
}
