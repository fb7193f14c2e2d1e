import type { Finding } from "../finding";
import { toA1, type CellRef } from "../grid";
import type { PlanRow } from "../plan/types";
import { clip, finding, spanRange, type RuleContext } from "./context";
import { targetCellOf } from "./targetText";
import { unitFamily } from "./units";

interface Seen {
  unit: string;
  family: string;
  cell: CellRef;
}

/** Families agree when equal, or when one names the other more closely ("Nilai" / "Nilai Sakip"). */
function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short !== "" && long.startsWith(`${short} `);
}

/** Where a row's unit is written: its Satuan cell when the table has that column, else the target cell. */
function unitCell(ctx: RuleContext, row: PlanRow): CellRef {
  const col = ctx.plan.recognition.columns.satuan;
  return col === undefined ? targetCellOf(row) : { row: row.row, col };
}

/**
 * "target.unitMismatch" (warning): one indicator, written the same on several rows (a Perjanjian
 * Kinerja repeats a Sasaran's indicator under each official's agreement), measured in units that
 * count different things ("Nilai" on one row, "Rasio" on the next; "12 Bulan" and "100%").
 * A warning, not an error: each row reads on its own; a person must say which unit is meant.
 * Units of one family ("Koperasi" / "Unit Usaha", "%" / "Persen") agree. Said at the later row, or
 * over both cells when they stand one above the other. Appended to out.
 */
export function unitMismatchFindings(ctx: RuleContext, out: Finding[]): void {
  const first = new Map<string, Seen>();
  const { rows } = ctx.plan;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const ind = row.indikator;
    const t = row.target;
    if (!ind || !t || t.unit === null || t.unreadable || t.month !== undefined) continue;
    const seen = first.get(ind.text);
    if (seen === undefined) {
      first.set(ind.text, { unit: t.unit, family: unitFamily(t.unit), cell: unitCell(ctx, row) });
      continue;
    }
    if (seen.unit === t.unit || sameFamily(seen.family, unitFamily(t.unit))) continue;
    const here = unitCell(ctx, row);
    // Two units on the rows right above one another: one finding over both cells, the pair the reader compares.
    const at = seen.cell.col === here.col && seen.cell.row === here.row - 1 ? spanRange([seen.cell, here]) : here;
    out.push(finding(ctx.plan, {
      rule: "target.unitMismatch", severity: "warning", at, key: "rules.target.unitMismatch",
      params: { text: clip(ind.text), unit: clip(t.unit, 40), other: clip(seen.unit, 40), first: toA1(seen.cell) },
      hint: "rules.target.unitMismatchHint",
    }));
  }
}
