import type { Finding } from "../finding";
import { GridView, type Grid } from "../grid";
import { msg } from "../i18n";
import { recognize } from "../layout/recognize";
import { readCell, roundTo } from "../numbers";
import { directionWord } from "../plan/measure";
import { numberInText } from "../quarters/cellText";

/**
 * An office's own evaluation table (Renja evaluation, LKjIP "Capaian Kinerja", monev): recognized
 * as a realisation table (layout/notPlan.ts), read as monitoring data, and each capaian it writes
 * recomputed from its target and realisasi. A figure that none of the formulas in use gives (R / T;
 * for a lower-is-better indicator also (2T - R) / T and T / R) is a finding: the table's formula,
 * or the figure, is wrong.
 */
export interface EvaluationCheck {
  sheet: string;
  /** Rows whose capaian was recomputed. */
  rows: number;
  findings: Finding[];
}

const HEADER_SCAN = 20;
/** Difference allowed between a written capaian and the recomputed one, in percent points, at least (rounding; more for a figure written with fewer decimals). */
const TOLERANCE = 0.06;

/** The evaluation tables of the grids and what recomputing their capaian found. */
export function checkEvaluations(grids: readonly Grid[]): EvaluationCheck[] {
  const out: EvaluationCheck[] = [];
  for (const grid of grids) {
    const view = new GridView(grid);
    const r = recognize(grid, view);
    if (r.ok || r.notPlan !== "realisasi") continue;
    const check = checkTable(view, grid.sheet);
    if (check) out.push(check);
  }
  return out;
}

interface Columns {
  bottom: number;
  target: number;
  /** The year's realisasi column; without one, the quarters' (the last filled one of a row is its realisasi so far). */
  realisasi: readonly number[];
  capaian: number;
  indicator: number | null;
}

const lower = (s: string): string => s.toLowerCase().replace(/\s+/g, " ");
const MONEY = /\brp\b|anggaran|keuangan|pagu|dana/;
const QUARTER = /triwulan|\btw\b|\bq[1-4]\b|\/ (i|ii|iii|iv|[1-4])\b/;

/** Each column's header words: the header rows' texts joined ("target kinerja / k"). */
function columns(view: GridView): Columns | null {
  const last = Math.min(view.top + view.rows, view.top + HEADER_SCAN);
  for (let top = view.top; top < last; top++) {
    const labels: string[] = [];
    let bottom = top;
    for (const m of view.grid.merges) if (m.top === top && m.bottom > bottom && m.bottom - top < 4) bottom = m.bottom;
    for (let c = view.left; c < view.left + view.cols; c++) {
      const parts: string[] = [];
      for (let r = top; r <= bottom; r++) {
        const t = view.text(r, c).trim();
        if (t && parts[parts.length - 1] !== t) parts.push(t);
      }
      labels[c] = lower(parts.join(" / "));
    }
    const find = (test: (l: string) => boolean, from = view.left, to = view.left + view.cols - 1) => {
      for (let c = from; c <= to; c++) if (labels[c] && test(labels[c])) return c;
      return -1;
    };
    const capaian = find((l) => /capaian/.test(l) && /%|persen|tingkat/.test(l) && !/\/ rp$/.test(l));
    if (capaian < 0) continue;
    const kinerja = (l: string) => !/\/ rp$/.test(l) && !MONEY.test(l.split(" / ").pop() ?? "");
    let year = -1;
    const quarters: number[] = [];
    for (let c = capaian - 1; c >= view.left && year < 0; c--) {
      const l = labels[c] ?? "";
      if (!/realisasi/.test(l) || !kinerja(l)) continue;
      if (QUARTER.test(l)) quarters.unshift(c);
      else if (!quarters.length) year = c;
    }
    const first = year >= 0 ? year : quarters[0] ?? -1;
    // The target the capaian is of: the last one before the realisasi (a Renja's year, not the Renstra's).
    let target = -1;
    for (let c = first - 1; c >= view.left && target < 0; c--) if (/target/.test(labels[c] ?? "") && kinerja(labels[c])) target = c;
    if (first < 0 || target < 0) continue;
    const indicator = find((l) => /indikator/.test(l));
    return { bottom, target, realisasi: year >= 0 ? [year] : quarters, capaian, indicator: indicator >= 0 ? indicator : null };
  }
  return null;
}

/** The number a cell says: a plain number, or the one number of a text ("4.800 Izin", "95 %"); a column number "(6)" none. */
function numberOf(view: GridView, row: number, col: number): number | null {
  if (/^\(\d+\)$/.test(view.text(row, col).trim())) return null;
  const reading = readCell(view.value(row, col), view.text(row, col), view.format(row, col));
  if (reading.kind === "number") return reading.value;
  return reading.kind === "invalid" ? numberInText(reading.text) : null;
}

function checkTable(view: GridView, sheet: string): EvaluationCheck | null {
  const cols = columns(view);
  if (!cols) return null;
  const findings: Finding[] = [];
  let rows = 0;
  for (let r = cols.bottom + 1; r < view.top + view.rows; r++) {
    const t = numberOf(view, r, cols.target);
    let real: number | null = null;
    for (const c of cols.realisasi) real = numberOf(view, r, c) ?? real;
    const written = numberOf(view, r, cols.capaian);
    if (t === null || real === null || written === null || t === 0) continue;
    rows++;
    // A capaian written as a fraction with a percent format reads in percent already (readCell); a bare 1,02 is a ratio.
    const shown = written <= 3 && !/%/.test(view.text(r, cols.capaian)) && t > 3 ? written * 100 : written;
    const name = cols.indicator === null ? "" : view.text(r, cols.indicator);
    const candidates = [(real / t) * 100];
    if (directionWord(name).lower) candidates.push(((2 * t - real) / t) * 100, real === 0 ? NaN : (t / real) * 100);
    // A figure written rounded ("95%" for 94.67 %) is as right as its last digit: half of it is allowed.
    const decimals = /[.,](\d+)\s*%?\s*$/.exec(view.text(r, cols.capaian))?.[1].length ?? 0;
    const allowed = Math.max(TOLERANCE, 0.5 * 10 ** -decimals + 1e-9);
    if (candidates.some((c) => Math.abs(c - shown) <= allowed)) continue;
    findings.push({
      rule: "realisasi.formula",
      severity: "warning",
      sheet,
      range: { top: r, left: cols.capaian, bottom: r, right: cols.capaian },
      message: msg("monitoring.check.formula", { written: roundTo(shown, 2), target: t, realisasi: real, computed: roundTo(candidates[0], 2) }),
      key: "monitoring.check.formula",
    });
  }
  return rows > 0 ? { sheet, rows, findings } : null;
}
