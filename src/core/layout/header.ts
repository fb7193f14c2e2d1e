import type { GridView } from "../grid";
import type { ColumnRole, HeaderColumn, PeriodKind, QuarterGroup } from "./types";
import { NAME_ROLES, quarterRole } from "./types";
import { classifyHeader, headerWordScore } from "./vocabulary";
import { columnNumberOf, monthRangeQuarter, norm, quarterOf, saysPercent } from "./text";
import { isPlannedPeriod, saysSpending, tableKind, type TableKind } from "./notPlan";
import { monthNumberRuns, placePeriods, settleQuarters, splitLeaf, type PeriodColumn, type QuarterColumn } from "./periodHeader";
import { laterTarget } from "./targetYear";

export interface HeaderFound {
  top: number;
  rows: number;
  /** True when a row of column numbers "(1) (2) ..." follows the header. */
  numberRow: boolean;
  columns: Partial<Record<ColumnRole, number>>;
  headers: HeaderColumn[];
  percentHeader: Partial<Record<QuarterGroup | PeriodKind, boolean | null>>;
  left: number;
  right: number;
  score: number;
  /** "plan", or the look-alike the header reads as (a realisation table, a budget list, a PK). */
  kind: TableKind;
}

const NUMBERED = /^(sasaran\s*\d|[a-z][.)]\s|\d+[.)]\s+\S|\d+(\.\d+){2,})/i;
const PERCENT = /^\d+([.,]\d+)?\s*%$/;
const QUANTITY_UNIT = /^\d+([.,]\d+)?\s+[a-z]/i; // "12 Bulan"

/** Text that looks like table data rather than a header label. */
function looksLikeData(text: string): boolean {
  if (text.length > 70) return true;
  if (NUMBERED.test(text)) return true;
  if (PERCENT.test(text)) return true;
  if (QUANTITY_UNIT.test(text)) return true;
  return false;
}

function rowScore(view: GridView, row: number): { score: number; cells: number } {
  let score = 0;
  let cells = 0;
  for (let c = view.left; c < view.left + view.cols; c++) {
    if (view.isCovered(row, c) && view.anchorOf(row, c).row === row) continue; // count a horizontal merge once
    const s = headerWordScore(view.text(row, c));
    if (s > 0) {
      score += s;
      cells++;
    }
  }
  return { score, cells };
}

/**
 * A row of column numbers "(1) (2) (3) ...": at least five cells numbered in sequence from left
 * to right, almost nothing else. Quarter labels "1 2 3 4" under "Target Kinerja" are not one.
 */
function isNumberRow(view: GridView, row: number): boolean {
  let nums = 0;
  let other = 0;
  let last: number | null = null;
  let inSequence = true;
  for (let c = view.left; c < view.left + view.cols; c++) {
    if (view.isCovered(row, c) && view.anchorOf(row, c).col < c) continue;
    const t = view.text(row, c);
    if (!t) continue;
    const n = columnNumberOf(t);
    if (n === null) {
      other++;
      continue;
    }
    if (last !== null && n !== last + 1) inSequence = false;
    last = n;
    nums++;
  }
  return nums >= 5 && inSequence && other <= nums / 4;
}

function rowLooksLikeData(view: GridView, row: number): boolean {
  for (let c = view.left; c < view.left + view.cols; c++) {
    if (view.isCovered(row, c) && view.anchorOf(row, c).row < row) continue; // merged down from the header
    if (looksLikeData(view.text(row, c))) return true;
  }
  return isNumberRow(view, row);
}

/** Words a header label may hold besides the vocabulary ("Target Sasaran/ Program/ ..."). */
const LABEL_WORDS =
  /^(sasaran|indikator|program|kegiatan|sub|target|kinerja|pelaksanaan|triwulan|tw|satuan|volume|uraian|keterangan|ket|kode|no|nomor|dan|atau|tahunan|tahun|output|keluaran|anggaran|rp|realisasi|capaian|penanggung|jawab|persen|%|i|ii|iii|iv|strategis|fisik|keuangan|nama|jumlah|rencana|aksi)$/;

/** Text that reads as a header label: vocabulary words only, or a unit note like "(%)". */
function isLabel(text: string): boolean {
  if (/^\(?\s*(%|persen|rp|satuan)\s*\)?$/i.test(text)) return true;
  if (headerWordScore(text) === 0) return false;
  // A quarter with its months or year ("TW I (Jan-Mar)", "Triwulan I 2026"), or its months alone ("Jan-Mar").
  if (quarterOf(text, false) || monthRangeQuarter(norm(text))) return true;
  const words = norm(text).split(" ");
  return words.filter((w) => !LABEL_WORDS.test(w) && !/^\d$/.test(w)).length === 0;
}

/**
 * Whether the row is the header of another table: three filled cells or more in columns
 * left..right, each a header label ("No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Satuan").
 */
export function isHeaderRow(view: GridView, row: number, left: number, right: number): boolean {
  let labels = 0;
  for (let c = left; c <= right; c++) {
    if (view.isCovered(row, c) && view.anchorOf(row, c).row < row) continue;
    const t = view.text(row, c);
    if (!t) continue;
    if (!isLabel(t)) return false;
    labels++;
  }
  return labels >= 3;
}

/** Every filled cell of rows from..to reads as a header label ("TW I", "(%)", "Satuan"...). */
function allHeaderish(view: GridView, from: number, to: number): boolean {
  for (let row = from; row <= to; row++) {
    let any = false;
    for (let c = view.left; c < view.left + view.cols; c++) {
      if (view.isCovered(row, c) && view.anchorOf(row, c).row < row) continue;
      const t = view.text(row, c);
      if (!t) continue;
      any = true;
      if (!isLabel(t)) return false;
    }
    if (!any) return false;
  }
  return true;
}

interface Assigned {
  columns: Partial<Record<ColumnRole, number>>;
  headers: HeaderColumn[];
  percentHeader: Partial<Record<QuarterGroup | PeriodKind, boolean | null>>;
  score: number;
  /** A table this product reads: a plan, or a look-alike told apart by {@link tableKind}. */
  valid: boolean;
  kind: TableKind;
}

/**
 * "Realisasi" written over its first quarter only (not merged, or centred across the group): the
 * next quarters of a header of two rows or more, with nothing above them, continue that group
 * (`before`: the quarter of the column before when it is a realisation or budget quarter, else 0).
 */
function continuesIgnored(group: string, quarter: number, labels: readonly string[], before: number): boolean {
  return group === "unnamed" && before > 0 && quarter === before + 1 && labels.length > 1 && labels.slice(0, -1).every((s) => s === "");
}

function assign(view: GridView, top: number, rows: number): Assigned {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const headers: HeaderColumn[] = [];
  const percentHeader: Partial<Record<QuarterGroup | PeriodKind, boolean | null>> = {};
  const quarterCols: QuarterColumn[] = [];
  const periodCols: PeriodColumn[] = [];
  const monthRuns = monthNumberRuns(view, top, rows);
  let score = 0;
  let otherQuarters = 0;
  let plannedPeriods = 0;
  let spending = false;
  /** The quarter of the column before when it is a realisation / budget quarter, else 0. */
  let ignoredBefore = 0;
  let later: ReturnType<typeof laterTarget> = null;
  for (let c = view.left; c < view.left + view.cols; c++) {
    const labels: string[] = [];
    for (let r = top; r < top + rows; r++) labels.push(view.text(r, c));
    const label = labels.filter((s, i) => s && labels.indexOf(s) === i).join(" / ");
    let meaning = monthRuns.has(c) ? monthRuns.get(c) ?? null : classifyHeader(labels);
    if (meaning?.kind === "quarter" && continuesIgnored(meaning.group, meaning.quarter, labels, ignoredBefore)) meaning = { ...meaning, group: "ignored" };
    ignoredBefore = meaning?.kind === "quarter" && meaning.group === "ignored" ? meaning.quarter : 0;
    headers.push({ col: c, label, role: null });
    if (label && !spending) spending = saysSpending(label);
    if (!meaning) {
      if (label && isPlannedPeriod(labels)) plannedPeriods++;
      continue;
    }
    if (meaning.kind === "period") {
      if (meaning.group === "ignored") {
        score += 1; // a realisation or budget month: read by nothing, but the header reading explains it
        continue;
      }
      plannedPeriods++;
      periodCols.push({ col: c, meaning, percent: saysPercent(label) });
      continue;
    }
    if (meaning.kind === "role") {
      if (columns[meaning.role] === undefined) {
        columns[meaning.role] = c;
        headers[headers.length - 1].role = meaning.role;
        score += 2;
      } else if (meaning.role === "aksi") {
        score += 1; // Rencana Aksi per quarter: each column says as much as a quarter column
      } else if (meaning.role === "target" && (later = laterTarget(label, headers.find((x) => x.col === columns.target)?.label ?? ""))) {
        // "Target 2025" (last year's, often hidden) then "Target 2026": the plan's is the later year's.
        const old = headers.find((x) => x.col === columns.target);
        if (later === "changed") columns.targetAwal = columns.target;
        if (old) old.role = later === "changed" ? "targetAwal" : null;
        columns.target = c;
        headers[headers.length - 1].role = "target";
      }
    } else if (meaning.group !== "ignored") {
      quarterCols.push({ col: c, meaning, percent: saysPercent(label), sub: splitLeaf(labels) });
    } else {
      // A realisation / budget quarter: never validated, but the header reading explains it.
      otherQuarters++;
      score += 1;
    }
  }
  otherQuarters += settleQuarters(quarterCols, periodCols);
  // Quarter columns: named groups first, then unnamed runs take the free groups in order.
  const taken = new Set<string>();
  const place = (col: number, group: QuarterGroup, q: 1 | 2 | 3 | 4, percent: boolean): boolean => {
    const role = quarterRole(group, q);
    if (taken.has(role)) return false;
    taken.add(role);
    columns[role] = col;
    const h = headers.find((x) => x.col === col);
    if (h) h.role = role;
    if (percent) percentHeader[group] = true;
    else if (percentHeader[group] === undefined) percentHeader[group] = null;
    score += 1;
    return true;
  };
  // A quarter split into "Target" and "Realisasi" says more than the quarter label alone.
  score += quarterCols.filter((qc) => qc.sub).length;
  for (const qc of quarterCols) {
    if (qc.meaning.group === "kinerja" || qc.meaning.group === "pelaksanaan") place(qc.col, qc.meaning.group, qc.meaning.quarter, qc.percent);
  }
  for (const qc of quarterCols) {
    if (qc.meaning.group !== "unnamed") continue;
    if (!place(qc.col, "kinerja", qc.meaning.quarter, qc.percent)) place(qc.col, "pelaksanaan", qc.meaning.quarter, qc.percent);
  }
  score += placePeriods(periodCols, columns, headers, percentHeader);
  // "Indikator Kegiatan" with no indicator column of the Sub Kegiatan beside it is the table's indicator column.
  if (columns.indikator === undefined && columns.indikatorKegiatan !== undefined) {
    columns.indikator = columns.indikatorKegiatan;
    delete columns.indikatorKegiatan;
    for (const h of headers) if (h.role === "indikatorKegiatan") h.role = "indikator";
  }
  const hasName = NAME_ROLES.some((r) => columns[r] !== undefined);
  const quarters = taken.size;
  const valid = hasName && (columns.target !== undefined || quarters >= 2 || otherQuarters >= 2 || spending) && score >= 5;
  const kind = valid ? tableKind({ columns, plannedQuarters: quarters, otherQuarters, plannedPeriods, spending }) : "plan";
  return { columns, headers, percentHeader, score, valid, kind };
}

function found(view: GridView, r: number, h: number, a: Assigned): HeaderFound {
  const after = r + h;
  const numberRow = after < view.top + view.rows && isNumberRow(view, after);
  const used = a.headers.filter((x) => x.label !== "").map((x) => x.col);
  return {
    top: r,
    rows: h,
    numberRow,
    columns: a.columns,
    headers: a.headers.filter((x) => x.col >= Math.min(...used) && x.col <= Math.max(...used)),
    percentHeader: a.percentHeader,
    left: Math.min(...used),
    right: Math.max(...used),
    score: a.score,
    kind: a.kind,
  };
}

/** Whether candidate b is a better reading than the best so far (higher score; on a tie, a taller all-label header). */
function better(view: GridView, best: HeaderFound | null, r: number, h: number, a: Assigned): boolean {
  return !best || a.score > best.score || (a.score === best.score && best.top === r && allHeaderish(view, r + best.rows, r + h - 1));
}

/**
 * Find the table header by its vocabulary, anywhere in the sheet, 1 to 3 rows high.
 * Returns the best plan header; failing one, the best reading of a look-alike (kind says which:
 * a realisation table, a budget list, a PK without quarters); or null.
 * A plan reading that shares rows with a better look-alike's header (the "I II III IV" row under
 * "Realisasi Kinerja pada Triwulan", taken alone) does not make that table a plan.
 */
export function findHeader(view: GridView): HeaderFound | null {
  let best: HeaderFound | null = null;
  let bestPlan: HeaderFound | null = null;
  const end = view.top + view.rows;
  let scanLimit = end;
  for (let r = view.top; r < end && r < scanLimit; r++) {
    const { score, cells } = rowScore(view, r);
    if (score < 4 || cells < 2) continue;
    for (let h = 1; h <= 3 && r + h - 1 < end; h++) {
      if (h > 1 && rowLooksLikeData(view, r + h - 1)) break;
      const a = assign(view, r, h);
      if (!a.valid) continue;
      const overall = better(view, best, r, h, a);
      const asPlan = a.kind === "plan" && better(view, bestPlan, r, h, a);
      if (!overall && !asPlan) continue;
      const f = found(view, r, h, a);
      if (overall) best = f;
      if (asPlan) bestPlan = f;
    }
    if (best && scanLimit === end) scanLimit = Math.min(end, r + 40);
  }
  if (!best || !bestPlan || best === bestPlan) return best;
  const overlaps = bestPlan.top < best.top + best.rows && best.top < bestPlan.top + bestPlan.rows;
  return overlaps ? best : bestPlan;
}
