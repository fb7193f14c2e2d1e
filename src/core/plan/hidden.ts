import type { Finding } from "../finding";
import { colToLetters, type Grid, type RangeRef } from "../grid";
import { msg } from "../i18n";
import type { Recognition } from "../layout/types";

/** Consecutive indexes as runs: [3, 4, 5, 9] -> [[3, 5], [9, 9]]. Input in any order, duplicates allowed. */
function runs(indexes: readonly number[], from: number, to: number): [number, number][] {
  const inside = [...new Set(indexes)].filter((i) => i >= from && i <= to).sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const i of inside) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

const span = (a: string, b: string) => (a === b ? a : `${a}–${b}`);

/**
 * Hidden rows and columns inside a table (the columns it is read by). They are validated like the others; saying so
 * keeps a finding on a hidden cell from being a surprise, and reminds that a printed
 * decree leaves them out. One info finding per run of hidden rows or columns.
 */
export function hiddenFindings(grid: Grid, rec: Recognition): Finding[] {
  const out: Finding[] = [];
  const { range } = rec;
  const top = Math.min(rec.dataTop, rec.headerTop);
  const bottom = Math.max(rec.dataBottom, top);
  // Each finding stands on the run's first column (rows) or header row (columns): going to it
  // shows where the hidden cells are without marking a whole band of the table.
  for (const [a, b] of runs(grid.hiddenRows ?? [], top, bottom)) {
    const at: RangeRef = { top: a, left: range.left, bottom: b, right: range.left };
    out.push({
      rule: "layout.hiddenRows", severity: "info", sheet: rec.sheet, range: at,
      message: msg(a === b ? "layout.hiddenRow" : "layout.hiddenRows", { rows: span(String(a + 1), String(b + 1)) }),
      hint: msg("layout.hiddenHint"),
    });
  }
  // Only the columns the table is read by: a hidden column of no role (last year's "Target 2025"
  // beside this year's, a working column) is not checked, and is not said to be.
  const read = new Set(rec.headers.filter((h) => h.role !== null).map((h) => h.col));
  for (const [a, b] of runs((grid.hiddenCols ?? []).filter((c) => read.has(c)), range.left, range.right)) {
    const at: RangeRef = { top, left: a, bottom: top, right: b };
    out.push({
      rule: "layout.hiddenColumns", severity: "info", sheet: rec.sheet, range: at,
      message: msg(a === b ? "layout.hiddenColumn" : "layout.hiddenColumns", { columns: span(colToLetters(a), colToLetters(b)) }),
      hint: msg("layout.hiddenHint"),
    });
  }
  return out;
}
