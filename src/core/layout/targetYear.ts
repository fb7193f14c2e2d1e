import type { ColumnRole, HeaderColumn } from "./types";
import { classifyHeader } from "./vocabulary";

const YEAR = /\b(20\d\d)\b/;

/** The year a header label names ("Target 2026", "Target Renstra / 2027"), else null. */
function yearOf(label: string): number | null {
  const m = YEAR.exec(label);
  return m ? Number(m[1]) : null;
}

/**
 * The plan year's target among target columns of several years ("Target Renstra" over 2025 / 2026 /
 * 2027, quarters for 2026): when the title names the plan's year and the target column names another,
 * the column that says the plan's year and reads as a target becomes the target. The header alone
 * takes the latest year (header.ts), which is right for "Target 2025" (last year's) then "Target 2026".
 * Changes `columns` and `headers` in place.
 */
export function planYearTarget(columns: Partial<Record<ColumnRole, number>>, headers: HeaderColumn[], year: number | null): void {
  const current = headers.find((h) => h.col === columns.target);
  if (year === null || !current) return;
  const y = yearOf(current.label);
  if (y === null || y === year) return;
  const own = headers.find((h) => h.role === null && yearOf(h.label) === year && isTarget(h.label));
  if (!own) return;
  current.role = null;
  own.role = "target";
  columns.target = own.col;
}

function isTarget(label: string): boolean {
  const m = classifyHeader(label.split(" / "));
  return m?.kind === "role" && m.role === "target";
}

/** A target as changed during the year: "Target Perubahan", "Target setelah Revisi", "Target APBD-P". */
const CHANGED = /\b(perubahan|revisi|penyesuaian|apbd ?-?p|p ?-?apbd)\b/i;

/**
 * Whether a second target column replaces the first as the plan's target: a later year ("Target 2026"
 * after "Target 2025"), or the changed target ("Target Perubahan" after "Target Awal"; the first
 * stays as targetAwal, read where the changed one is empty).
 */
export function laterTarget(label: string, before: string): "year" | "changed" | null {
  const a = yearOf(label);
  const b = yearOf(before);
  if (a !== null && b !== null) return a > b ? "year" : null;
  return CHANGED.test(label) && !CHANGED.test(before) ? "changed" : null;
}
