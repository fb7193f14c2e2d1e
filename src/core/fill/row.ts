import type { CellEdit } from "../edits";
import type { CellRef, GridView } from "../grid";
import type { QuarterSet, Target } from "../plan/types";
import { quarterSetOf } from "../plan/quarterSet";
import { analyzeQuarters, isPercentConvention, SHAPE, type Convention } from "../quarters/convention";
import { readsAsLevel } from "./level";
import { cellWrite, fitRepresentation, type CellWrite, type Representation } from "./representation";
import { fitAmountFormat } from "./amountFormat";
import { fillsInWholes } from "./rowOwn";
import { seriesValues, type RowSeries } from "./strategies/series";
import type { FillWay, SkipReason } from "./types";

export interface RowInput {
  sheet: string;
  row: number;
  target: Target | null;
  set: QuarterSet;
  /** The group's quarter columns (absolute), I..IV. */
  cols: readonly number[];
  /** The table's convention, or "level" for a level row (fill/level.ts: its series holds the values). */
  convention: FillWay;
  /** A level row only: whether its indicator is lower-is-better (it may fall to its target). */
  lower?: boolean;
  /** How the row writes percentages (its own way, else its target cell's or its table's: detect.ts). */
  rep: Representation;
  series: RowSeries;
  overwrite: boolean;
  view: GridView;
  /** Cells already written by this fill (see cellKey). */
  claimed: Set<number>;
  /** The format the target cell groups its amount's thousands in (amountFormat.ts): quantities take it over "General". */
  amountFormat?: string | null;
}

interface Counted {
  /** Non-empty cells of the row that overwrite would change (formula cells never are). */
  overwriteCount: number;
  /** Cells holding a formula that the fill's values would have changed: left alone, with or without overwrite. */
  formulas?: number;
}

export type RowOutcome =
  | ({ kind: "none" } & Counted)
  /** reads: with reason "complete", the convention the row already reads as (see completeWithDashes). */
  | ({ kind: "skip"; reason: SkipReason; reads?: Convention } & Counted)
  /** writes: the four cells as they would be written; quarters: the ones written (0..3). */
  | ({ kind: "fill"; edits: CellEdit[]; quarters: number[]; writes: CellWrite[] } & Counted);

/** One number per cell (Excel has at most 16,384 columns). */
export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

/**
 * Each quarter cell is its own cell (not covered by a merge, so distinct, as the
 * quarter columns are) and not yet written by this fill.
 */
function ownCells(input: RowInput, cells: readonly CellRef[]): boolean {
  const { cols, row, view, claimed } = input;
  for (let q = 0; q < 4; q++) {
    const c = cells[q];
    if (c.row !== row || c.col !== cols[q] || cols[q] < 0 || view.isCovered(c.row, c.col) || claimed.has(cellKey(c.row, c.col))) return false;
  }
  return true;
}

function sameCell(input: RowInput, c: CellRef, w: CellWrite): boolean {
  return input.view.rawValue(c.row, c.col) === w.value && input.view.format(c.row, c.col) === w.format;
}

/**
 * A partly filled row whose dashes say "nothing planned this quarter" and that already reads as a
 * whole plan with them (1 / 1 / 1 / - of "3 Dokumen"; - / - / - / 100%): writing into its dashes
 * would change what the user's own values mean. (A blank cell is one not filled in yet: a row with
 * blanks only is filled as usual.) The convention it reads as (the fill's own when it fits), else null.
 */
function completeWithDashes(input: RowInput, dash: readonly boolean[], empty: readonly boolean[]): Convention | null {
  if (!empty.some((e, q) => e && dash[q]) || empty.every(Boolean)) return null;
  const fits = analyzeQuarters(input.set, input.target).fits;
  return input.convention !== "level" && fits.includes(input.convention) ? input.convention : (fits[0] ?? null);
}

/** The quarters of the row whose cell holds a dash or other text read as "nothing this quarter". */
function dashes(input: RowInput, cells: readonly CellRef[], empty: readonly boolean[]): boolean[] {
  return cells.map((c, q) => {
    const raw = input.view.rawValue(c.row, c.col);
    return empty[q] && typeof raw === "string" && raw.trim() !== "";
  });
}

/**
 * A row of dashes and blanks only (- / - / - / _ of "1 Dokumen"): the dashes are the user's
 * "nothing this quarter", so they stay and weigh nothing, and the target is spread over the
 * blank quarters (TW IV = 1). Null when the row is not such a row or the fill has no weights to
 * spread (a level row, a copy): then it is filled as any other.
 */
function keepingDashes(input: RowInput, dash: readonly boolean[], empty: readonly boolean[]): RowInput | null {
  const { series } = input;
  if (input.overwrite || input.convention === "level" || series.kind !== "weights") return null;
  if (!dash.some(Boolean) || !empty.every(Boolean) || dash.every(Boolean)) return null;
  const weights = series.weights.map((w, q) => (dash[q] ? 0 : w));
  return weights.some((w) => w > 0) ? { ...input, series: { kind: "weights", weights } } : null;
}

/** The four values to write: the series in the convention; a level row's series holds them as they are. */
function rowValues(input: RowInput): readonly number[] | SkipReason {
  const { series, convention } = input;
  if (convention !== "level") return seriesValues(series, convention, input.target, fillsInWholes(input.set, input.target));
  return series.kind === "values" ? series.values.slice(0, 4) : series.kind === "skip" ? series.reason : "noFit";
}

/** Whether the row as filled reads in the fill's way: its convention, or a level (readsAsLevel). */
function readsBack(input: RowInput, after: ReturnType<typeof analyzeQuarters>): boolean {
  const { convention } = input;
  // Units under a header saying "(%)" read as units, against the header (a warning): the fill writes none.
  if ((after.shape & SHAPE.declaredPercent) !== 0 && after.percent === false) return false;
  return convention === "level" ? readsAsLevel(after, input.target, input.lower === true) : after.fits.includes(convention);
}

/**
 * One row of one quarter group: which cells to write, or why the row is left.
 * Only empty cells (empty or a dash) are written unless overwrite is on; in a row of dashes and
 * blanks only, the dashes stay (keepingDashes). A row
 * that is partly filled with dashes and already fits some convention as it stands
 * is complete (see completeWithDashes): left alone and reported (reason "complete"). Otherwise the empty cells of a
 * partly filled row are filled only when the whole row then fits the convention
 * (as analyzeQuarters reads it back); if not, it is left as it is and reported,
 * never half filled. A cell holding a formula is the user's own computation:
 * never written, not even with overwrite, and counted.
 */
export function fillRow(given: RowInput): RowOutcome {
  const { set, convention, overwrite } = given;
  const readings = set.readings();
  const cells = set.cells();
  const typedEmpty = readings.map((r) => r.kind === "empty");
  const dash = dashes(given, cells, typedEmpty);
  const kept = keepingDashes(given, dash, typedEmpty);
  const input = kept ?? given;
  // With its dashes kept, only the row's blank cells are the fill's to write.
  const empty = kept ? typedEmpty.map((e, q) => e && !dash[q]) : typedEmpty;
  const work = overwrite || empty.some(Boolean);
  const leave = (reason: SkipReason): RowOutcome => (work ? { kind: "skip", reason, overwriteCount: 0 } : { kind: "none", overwriteCount: 0 });
  if (!ownCells(input, cells)) return leave("merged");
  const values = rowValues(input);
  if (typeof values === "string") return leave(values);

  const percentValued = (convention !== "level" && isPercentConvention(convention)) || input.target?.percent === true;
  const rep = percentValued ? fitRepresentation(input.rep, values) : input.rep;
  const amount = !percentValued && input.amountFormat ? fitAmountFormat(input.amountFormat, values) : null;
  const writes = values.map((v, q) => {
    const w = cellWrite(v, percentValued, rep, input.view.format(cells[q].row, cells[q].col));
    return amount && w.format === "General" && typeof w.value === "number" ? { ...w, format: amount } : w;
  });
  const formula = cells.map((c) => input.view.hasFormula(c.row, c.col));
  const changed = writes.map((w, q) => !sameCell(input, cells[q], w));
  const formulas = changed.filter((ch, q) => ch && formula[q]).length;
  const overwriteCount = changed.filter((ch, q) => ch && !typedEmpty[q] && !formula[q]).length;
  const quarters = [0, 1, 2, 3].filter((q) => changed[q] && !formula[q] && (overwrite || empty[q]));
  if (quarters.length === 0) return { kind: "none", overwriteCount, formulas };
  const reads = overwrite ? null : completeWithDashes(input, dash, empty);
  if (reads) return { kind: "skip", reason: "complete", reads, overwriteCount, formulas };

  const texts = set.texts();
  for (const q of quarters) {
    readings[q] = writes[q].reading;
    texts[q] = typeof writes[q].value === "string" ? writes[q].value : "";
  }
  const after = quarterSetOf({ group: set.group, cells, readings, texts, percentHint: set.percentHint });
  if (!readsBack(input, analyzeQuarters(after, input.target))) {
    // partial: what the user typed stays and does not fit; noFit: the fill's own values would not read back right
    const kept = [0, 1, 2, 3].some((q) => !quarters.includes(q) && (!empty[q] || formula[q]));
    return kept ? { kind: "skip", reason: "partial", overwriteCount, formulas } : { kind: "skip", reason: "noFit", overwriteCount: 0, formulas };
  }

  const edits: CellEdit[] = quarters.map((q) => {
    const c = cells[q];
    const format = input.view.format(c.row, c.col);
    input.claimed.add(cellKey(c.row, c.col));
    return {
      sheet: input.sheet,
      row: c.row,
      col: c.col,
      value: writes[q].value,
      ...(writes[q].format !== format ? { format: writes[q].format } : {}),
      previous: { value: input.view.rawValue(c.row, c.col), format },
    };
  });
  return { kind: "fill", edits, quarters, writes, overwriteCount, formulas };
}
