// A number typed with a space before or after it ("80 "): the cell holds text, not the number.
import type { Finding } from "../finding";
import { toA1, type CellRef } from "../grid";
import type { ColumnRole } from "../layout/types";
import type { Plan } from "../plan/types";
import { finding, spanRange } from "./context";

const NUMBER_ROLES: readonly ColumnRole[] = [
  "target", "kinerja1", "kinerja2", "kinerja3", "kinerja4", "pelaksanaan1", "pelaksanaan2", "pelaksanaan3", "pelaksanaan4",
];
/** A number (Indonesian or English separators, a percent sign) with white space at an end. */
const SPACED_NUMBER = /^[\s\u00a0]*[-+]?\d[\d.,]*[\s\u00a0]*%?[\s\u00a0]*$/;

function spaced(text: string): boolean {
  if (text === "") return false;
  const a = text.charCodeAt(0);
  const z = text.charCodeAt(text.length - 1);
  const ends = a === 32 || a === 0xa0 || z === 32 || z === 0xa0;
  return ends && SPACED_NUMBER.test(text);
}

/** One info finding per row listing its number cells with a space (needs the sheet's raw text). */
export function numberSpaceFindings(plan: Plan, out: Finding[]): void {
  const raw = plan.rawText;
  if (!raw) return;
  const cols: number[] = [];
  for (const role of NUMBER_ROLES) {
    const c = plan.recognition.columns[role];
    if (c !== undefined) cols.push(c);
  }
  if (cols.length === 0) return;
  cols.sort((a, b) => a - b);
  for (let r = 0; r < plan.rows.length; r++) {
    const row = plan.rows[r].row;
    let cells: CellRef[] | null = null;
    let example = "";
    for (let i = 0; i < cols.length; i++) {
      const col = cols[i];
      const t = raw(row, col);
      if (!spaced(t)) continue;
      (cells ??= []).push({ row, col });
      if (example === "") example = t;
    }
    if (!cells) continue;
    out.push(finding(plan, {
      rule: "spelling.numberSpace", severity: "info", at: spanRange(cells), key: "rules.style.numberSpace",
      params: { cells: cells.map(toA1).join(", "), example }, hint: "rules.style.numberSpaceHint",
    }));
  }
}
