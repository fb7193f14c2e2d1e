import type { GridView } from "../grid";
import type { ColumnRole, HeaderColumn, PeriodKind, QuarterGroup } from "./types";
import { periodRole } from "./types";
import { classifyHeader, type ColumnMeaning } from "./vocabulary";
import { norm, quarterOf } from "./text";

/**
 * The header's month and semester columns (header.ts assigns the rest): planned targets per month
 * ("Januari".."Desember", "Bulan 1".."12", bare 1..12 under one label) or per semester, the four
 * quarter-end months heading the quarters, and a quarter split into "Target" and "Realisasi".
 */

/** A column the header reads as a quarter; `sub`: a "Target" sub-column under its quarter (splitLeaf). */
export type QuarterColumn = { col: number; meaning: Extract<ColumnMeaning, { kind: "quarter" }>; percent: boolean; sub: boolean };

export type PeriodColumn = { col: number; meaning: Extract<ColumnMeaning, { kind: "period" }>; percent: boolean };

/**
 * The planned month columns when they are exactly the four quarter-end months, in order, and no
 * other month or semester: "Maret", "Juni", "September", "Desember" head the four quarters.
 */
function quarterEndMonths(periods: readonly PeriodColumn[]): PeriodColumn[] | null {
  if (periods.length !== 4) return null;
  for (let i = 0; i < 4; i++) if (periods[i].meaning.period !== "bulan" || periods[i].meaning.n !== (i + 1) * 3) return null;
  return periods.slice();
}

/** Whether the leaf of a header path is a "Target" sub-column under a quarter ("TW I" / "Target"). */
export function splitLeaf(labels: readonly string[]): boolean {
  const parts = labels.map(norm).filter((s) => s !== "");
  return parts.length > 1 && /^(target|t|rencana|renc|tgt|fisik|kinerja|output|keluaran|pelaksanaan|implementasi)\b/.test(parts[parts.length - 1]) && !quarterOf(parts[parts.length - 1], false);
}

/**
 * Columns headed by bare numbers running 1, 2, 3 ... past 4 under one label ("Jadwal Pelaksanaan"
 * over 1..12): months, not quarters, though the first four could read as quarters 1..4.
 */
export function monthNumberRuns(view: GridView, top: number, rows: number): Map<number, ColumnMeaning> {
  const out = new Map<number, ColumnMeaning>();
  if (rows < 2) return out;
  const leafRow = top + rows - 1;
  let run: { col: number; n: number }[] = [];
  let above = "";
  const flush = (): void => {
    if (run.length >= 5 && run[run.length - 1].n > 4) {
      const group = classifyHeader([above, "1"]);
      const g = group?.kind === "quarter" || group?.kind === "period" ? group.group : "unnamed";
      for (const x of run) out.set(x.col, { kind: "period", period: "bulan", n: x.n, group: g });
    }
    run = [];
  };
  for (let c = view.left; c < view.left + view.cols; c++) {
    const leaf = view.text(leafRow, c).trim();
    const m = /^\(?(\d{1,2})\)?$/.exec(leaf);
    const labels: string[] = [];
    for (let r = top; r < leafRow; r++) labels.push(view.text(r, c));
    const up = labels.filter((s) => s).join(" / ");
    const n = m ? Number(m[1]) : 0;
    if (m && up && n === (run.length === 0 ? 1 : run[run.length - 1].n + 1) && (run.length === 0 || up === above)) {
      if (run.length === 0) above = up;
      run.push({ col: c, n });
      continue;
    }
    flush();
    if (m && up && n === 1) {
      above = up;
      run.push({ col: c, n });
    }
  }
  flush();
  return out;
}

/**
 * Months and semesters of planned targets take their roles: the first column of each (a second
 * "Januari" belongs to another group, such as the budget's, read by nothing). Returns the score they add.
 */
export function placePeriods(
  periodCols: readonly PeriodColumn[],
  columns: Partial<Record<ColumnRole, number>>,
  headers: HeaderColumn[],
  percentHeader: Partial<Record<QuarterGroup | PeriodKind, boolean | null>>,
): number {
  let score = 0;
  for (const pc of periodCols) {
    const role = periodRole(pc.meaning.period, pc.meaning.n);
    if (columns[role] !== undefined) continue;
    columns[role] = pc.col;
    const h = headers.find((x) => x.col === pc.col);
    if (h) h.role = role;
    if (pc.percent) percentHeader[pc.meaning.period] = true;
    else if (percentHeader[pc.meaning.period] === undefined) percentHeader[pc.meaning.period] = null;
    score += 1;
  }
  return score;
}

/**
 * The quarter columns once the periods are known, changed in place: the quarter-end months alone
 * ("Maret / Juni / September / Desember" under "Target s.d. Bulan") become the four quarters, headed
 * by the month each ends with; under "TW I" over "Target" | "Realisasi" | "%", the quarter's target
 * is its "Target" column, and a column under the same quarter label with no such word ("%": the
 * achievement) is no second target. Returns how many quarter columns were so set aside.
 */
export function settleQuarters(quarterCols: QuarterColumn[], periodCols: PeriodColumn[]): number {
  const ends = quarterEndMonths(periodCols);
  if (ends) {
    for (const pc of ends) quarterCols.push({ col: pc.col, meaning: { kind: "quarter", quarter: (pc.meaning.n / 3) as 1 | 2 | 3 | 4, group: pc.meaning.group }, percent: pc.percent, sub: false });
    periodCols.length = 0;
  }
  const split = new Set(quarterCols.filter((qc) => qc.sub).map((qc) => qc.meaning.quarter));
  let aside = 0;
  for (let i = quarterCols.length - 1; i >= 0; i--) {
    const qc = quarterCols[i];
    if (!qc.sub && qc.meaning.group === "unnamed" && split.has(qc.meaning.quarter)) {
      quarterCols.splice(i, 1);
      aside++;
    }
  }
  return aside;
}
