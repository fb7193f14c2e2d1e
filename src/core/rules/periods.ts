import type { CellRef } from "../grid";
import type { Finding } from "../finding";
import { readCell } from "../numbers";
import { PERIOD_COUNT, periodRole, QUARTER_GROUPS, quarterRole, type PeriodKind } from "../layout/types";
import type { PlanRow, Target } from "../plan/types";
import { classifyCellText } from "../quarters/cellText";
import { clip, finding, spanRange, type RuleContext } from "./context";
import { targetParams } from "./quarterText";
import { groupWord, word } from "./words";

/**
 * Targets written per month or per semester (layout/types.ts, PeriodRole) instead of, or beside,
 * the four quarters. The quarter readings are the product's verdict on a plan; these are not:
 * a month or semester row is read by the same ways a quarter row is (rising or falling to the
 * target, parts adding up to it, the target held, percent of progress to 100%) and by one more a
 * monthly plan uses (levels around the target as its year's average), and a row that fits none is
 * a warning, never an error: monthly plans follow conventions a year of twelve cells allows and
 * four do not (seasonal levels, the month's own rate), and a false error on a valid plan is worse
 * than a warning a planner confirms. Unreadable cells are warnings too, for the same reason.
 * Beside a quarter group, months whose quarters are neither their quarter-end months, nor the sums
 * of their three months, nor the sums since January disagree with it: a warning.
 */
export function periodsRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const rec = ctx.plan.recognition;
  const quarters = QUARTER_GROUPS.filter((g) => ([1, 2, 3, 4] as const).every((q) => rec.columns[quarterRole(g, q)] !== undefined));
  for (const kind of ["bulan", "semester"] as const) {
    const cols = periodColumns(ctx, kind);
    if (cols.length < 2) continue;
    for (const row of ctx.plan.rows) {
      const cells = readPeriods(ctx, row, cols);
      if (!cells) continue;
      const f = judge(ctx, row, kind, cells, quarters.length > 0);
      if (f) out.push(f);
      if (kind === "bulan" && cols.length === 12 && quarters.length > 0 && f === null) {
        const m = againstQuarters(ctx, row, cells, quarters[0]);
        if (m) out.push(m);
      }
    }
  }
  return out;
}

interface PeriodColumn {
  n: number;
  col: number;
}

/** The table's month (or semester) columns, in calendar order. */
function periodColumns(ctx: RuleContext, kind: PeriodKind): PeriodColumn[] {
  const out: PeriodColumn[] = [];
  for (let n = 1; n <= PERIOD_COUNT[kind]; n++) {
    const col = ctx.plan.recognition.columns[periodRole(kind, n)];
    if (col !== undefined) out.push({ n, col });
  }
  return out;
}

/** One row's period cells as read. */
interface PeriodCells {
  cols: readonly PeriodColumn[];
  cells: CellRef[];
  texts: string[];
  /** The number of each cell, NaN when empty, a dash, a mark or words. */
  values: number[];
  marks: number;
  words: string[];
  garbled: number[];
  anyPercent: boolean;
}

/** Null when a cell rests on a formula saved with no computed value (nothing is known). */
function readPeriods(ctx: RuleContext, row: PlanRow, cols: readonly PeriodColumn[]): PeriodCells | null {
  const view = ctx.plan.view;
  const p: PeriodCells = { cols, cells: [], texts: [], values: [], marks: 0, words: [], garbled: [], anyPercent: false };
  for (let i = 0; i < cols.length; i++) {
    const { col } = cols[i];
    if (view.isUncomputed(row.row, col)) return null;
    const cell = view.anchorOf(row.row, col);
    p.cells.push(cell);
    p.texts.push(view.text(row.row, col));
    // A cell merged down from the row above is that row's, not this one's.
    const r = cell.row === row.row ? view.readWith(row.row, col, readCell) : ({ kind: "empty" } as const);
    if (r.kind === "empty") {
      p.values.push(NaN);
    } else if (r.kind === "number") {
      p.values.push(r.value);
      p.anyPercent = p.anyPercent || r.percent;
    } else {
      const c = classifyCellText(r.text);
      if (c.kind === "numberWord") {
        p.values.push(c.value);
        p.anyPercent = p.anyPercent || c.percent;
      } else {
        p.values.push(NaN);
        if (c.kind === "garbled") p.garbled.push(i);
        else if (c.kind === "word") p.words.push(r.text);
        else p.marks++; // a tick, a quarter label or a month: when the work happens, not how much
      }
    }
  }
  return p;
}

const MONTH_KEYS = [
  "rules.period.month1", "rules.period.month2", "rules.period.month3", "rules.period.month4", "rules.period.month5", "rules.period.month6",
  "rules.period.month7", "rules.period.month8", "rules.period.month9", "rules.period.month10", "rules.period.month11", "rules.period.month12",
] as const;
const SEMESTER_KEYS = ["rules.period.semester1", "rules.period.semester2"] as const;

function periodName(kind: PeriodKind, n: number) {
  return word(kind === "bulan" ? MONTH_KEYS[n - 1] : SEMESTER_KEYS[n - 1]);
}

function quote(texts: readonly string[]): string {
  const shown = texts.map((t) => (t ? clip(t, 20) : "-"));
  return shown.every((t) => t === shown[0]) ? `${shown[0]} ×${shown.length}` : shown.join(" / ");
}

/** The row's indicator, else its node's name, else what its indicator column says. */
function nameOf(ctx: RuleContext, row: PlanRow): string {
  const col = ctx.plan.recognition.columns.indikator;
  const own = col !== undefined ? ctx.plan.view.text(row.row, col) : "";
  return clip(row.indikator?.text ?? (own || row.owner?.name || "-"));
}

/** Whether nothing is said of a target (none, empty, a dash). */
function blankTarget(target: Target | null): boolean {
  return !target || /^\s*[-\u2010-\u2015\u2212]*\s*$/.test(target.raw);
}

/** A finding on the row's period cells, or null when they read. */
function judge(ctx: RuleContext, row: PlanRow, kind: PeriodKind, p: PeriodCells, hasQuarters: boolean): Finding | null {
  const target = row.target;
  if (target?.uncomputed || target?.stacked || target?.month) return null; // the target rules say so
  const filled = p.values.map((v, i) => (Number.isNaN(v) ? -1 : i)).filter((i) => i >= 0);
  const at = spanRange(p.cells);
  const name = nameOf(ctx, row);
  const unit = word(kind === "bulan" ? "rules.period.bulan" : "rules.period.semester");
  if (filled.length === 0 && p.marks === 0 && p.words.length === 0 && p.garbled.length === 0) {
    // Nothing planned in any period: a warning where the periods are the table's only ones.
    if (hasQuarters || !row.indikator) return null;
    return finding(ctx.plan, {
      rule: "percent.periodEmpty", severity: "warning", at, key: "rules.period.empty",
      params: { name, target: targetParams(target).target, unit }, hint: "rules.period.emptyHint", hintParams: { unit },
    });
  }
  if (p.garbled.length > 0) {
    const i = p.garbled[0];
    return finding(ctx.plan, {
      rule: "percent.periodUnreadable", severity: "warning", at: p.cells[i], key: "rules.period.unreadable",
      params: { unit, period: periodName(kind, p.cols[i].n), text: clip(p.texts[i], 40) },
    });
  }
  // Ticks or words: when the work happens, or a predicate; numbers beside them are not judged.
  if (p.marks > 0 || p.words.length > 0) return null;
  if (blankTarget(target) && !row.indikator) return null;
  const values = filled.map((i) => p.values[i]);
  const quantities: number[] = [];
  if (target && !target.unreadable) {
    if (target.quantity !== null) quantities.push(target.quantity);
    if (target.equivalent?.quantity != null) quantities.push(target.equivalent.quantity);
    if (target.qualitative?.kind === "level" && target.qualitative.level !== undefined) quantities.push(target.qualitative.level);
    // A range ("≥ 80%", "80-90"): its bounds, reached or held.
    if (target.qualitative?.kind === "range") for (const b of [target.qualitative.low, target.qualitative.high]) if (b !== undefined) quantities.push(b);
  }
  // Only a whole year is read against the target: a sheet of January to June is not expected to reach it.
  const wholeYear = p.cols.length === PERIOD_COUNT[kind];
  if (!wholeYear || fits(values, quantities)) return aboveHundred(ctx, row, kind, p, filled, name);
  // No quantity to read them against: the target rules speak of the target; only progress in percent is judged.
  if (quantities.length === 0 && !p.anyPercent) return null;
  const last = filled[filled.length - 1];
  const above = aboveHundred(ctx, row, kind, p, filled, name);
  if (above) return above;
  const fall = firstFall(values);
  return finding(ctx.plan, {
    rule: "percent.periodNoReading", severity: "warning", at,
    key: fall !== null ? "rules.period.noReadingFall" : "rules.period.noReading",
    params: {
      name, target: targetParams(target).target, unit, cells: quote(p.texts),
      last: periodName(kind, p.cols[last].n), lastValue: p.values[last], sum: round(values.reduce((a, b) => a + b, 0)),
      // Percentages of progress under a target in units ("8,33% ... 95%" of "21.000 Orang") go to 100%.
      expected: quantities.length > 0 && !(p.anyPercent && !target?.percent) ? quantities[0] : 100,
      ...(fall !== null ? { fallAt: periodName(kind, p.cols[filled[fall]].n), from: values[fall - 1], to: values[fall] } : {}),
    },
    hint: "rules.period.noReadingHint", hintParams: { unit },
  });
}

/** A percentage above 100 (above the target when it is a larger percentage) in a percent row: a warning at the first. */
function aboveHundred(ctx: RuleContext, row: PlanRow, kind: PeriodKind, p: PeriodCells, filled: readonly number[], name: string): Finding | null {
  const target = row.target;
  const percentRow = target?.percent === true || p.anyPercent || ctx.plan.recognition.percentHeader[kind] === true;
  if (!percentRow) return null;
  const cap = target?.percent && target.quantity !== null && target.quantity > 100 ? target.quantity : 100;
  const above = filled.find((i) => p.values[i] > cap + 1e-9);
  if (above === undefined) return null;
  return finding(ctx.plan, {
    rule: "percent.periodNoReading", severity: "warning", at: p.cells[above], key: "rules.period.above",
    params: { name, target: targetParams(target).target, period: periodName(kind, p.cols[above].n), text: clip(p.texts[above], 20) },
  });
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Whether filled values (in calendar order) fit a reading: rising or falling to the target (or to
 * 100% of progress) at the last filled period, parts adding up to it, the target held in every
 * filled period, or levels whose average is the target.
 */
export function fits(values: readonly number[], quantities: readonly number[]): boolean {
  if (values.length === 0) return true;
  if (values.some((v) => !(v >= 0) || v === Infinity)) return false;
  const n = values.length;
  const sum = values.reduce((a, b) => a + b, 0);
  const last = values[n - 1];
  let rising = true;
  let falling = true;
  for (let i = 1; i < n; i++) {
    if (values[i] < values[i - 1] - 1e-9) rising = false;
    if (values[i] > values[i - 1] + 1e-9) falling = false;
  }
  const near = (x: number, e: number): boolean => Math.abs(x - e) <= Math.max(0.005 * Math.abs(e), 0.005 * n) + 1e-9;
  if ((rising && near(last, 100)) || near(sum, 100)) return true;
  for (const q of quantities) {
    if (((rising || falling) && near(last, q)) || near(sum, q)) return true;
    if (values.every((v) => near(v, q)) || near(sum / n, q)) return true;
  }
  return false;
}

/** Index (in the filled values) of the first value lower than the one before, in a row rising before it; else null. */
function firstFall(values: readonly number[]): number | null {
  let rose = false;
  for (let i = 1; i < values.length; i++) {
    if (values[i] > values[i - 1] + 1e-9) rose = true;
    else if (values[i] < values[i - 1] - 1e-9) return rose ? i : null;
  }
  return null;
}

/**
 * Months beside a quarter group: each quarter is its last month (a cumulative or level row), the sum
 * of its three months, or the sum since January (months per month, quarters cumulative), also read
 * as percentages of the target. A row whose months and quarters fit none of these disagrees.
 */
function againstQuarters(ctx: RuleContext, row: PlanRow, p: PeriodCells, group: (typeof QUARTER_GROUPS)[number]): Finding | null {
  if (p.marks > 0 || p.words.length > 0 || p.garbled.length > 0) return null;
  const set = row.quarterSet(group);
  if (!set) return null;
  const tw: number[] = [];
  for (let q = 0; q < 4; q++) {
    const r = set.reading(q);
    if (r.kind === "empty") tw.push(0);
    else if (r.kind === "number") tw.push(r.value);
    else return null; // text in a quarter: the quarter rules read it
  }
  const m = p.values.map((v) => (Number.isNaN(v) ? 0 : v));
  if (m.every((v) => v === 0) || tw.every((v) => v === 0)) return null;
  const end = [m[2], m[5], m[8], m[11]];
  const sums = [0, 1, 2, 3].map((q) => m[q * 3] + m[q * 3 + 1] + m[q * 3 + 2]);
  const since = [sums[0], sums[0] + sums[1], sums[0] + sums[1] + sums[2], sums[0] + sums[1] + sums[2] + sums[3]];
  // Held where measured: "- / 80 / - / 80" beside 80 in June and December, or 80 every quarter.
  const held = [0, 1, 2, 3].map((q) => Math.max(...m.slice(0, q * 3 + 3).filter((v) => v > 0), 0));
  const quantity = row.target?.quantity ?? null;
  const near = (x: number, e: number): boolean => Math.abs(x - e) <= Math.max(0.005 * Math.abs(e), 0.02) + 1e-9;
  const same = (view: readonly number[]): boolean => {
    if (view.every((v, q) => near(tw[q], v))) return true;
    // One of the two in percent of the target, the other in its units.
    if (quantity === null || !(quantity > 0)) return false;
    return view.every((v, q) => near(tw[q], (v * 100) / quantity)) || view.every((v, q) => near((tw[q] * 100) / quantity, v));
  };
  if (same(end) || same(sums) || same(since) || same(held)) return null;
  // Both hold the target where they say anything (80 every quarter beside 80 in June and December).
  if (quantity !== null && [...m, ...tw].every((v) => v === 0 || near(v, quantity))) return null;
  const name = nameOf(ctx, row);
  return finding(ctx.plan, {
    rule: "percent.periodQuarters", severity: "warning", at: spanRange([...p.cells, ...set.cells()]), key: "rules.period.quarters",
    params: { name, months: quote(p.texts), group: groupWord(group), quarters: quote(set.texts()) },
    hint: "rules.period.quartersHint",
  });
}
