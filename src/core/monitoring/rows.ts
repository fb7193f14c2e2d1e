import type { CellRef, CellValue, GridView } from "../grid";
import { directionWord } from "../plan/measure";
import type { Indikator, Plan, PlanNode } from "../plan/types";
import type { QuarterGroup } from "../layout/types";
import { analyzeInto, conventionBit, fitsMaskOf, ConventionTally } from "../quarters/convention";
import { votingFits } from "../quarters/packed";
import { fallsToTarget, primaryKind, READING, READING_KINDS, readingMask } from "../quarters/readings";
import type { Counting, Direction, Num } from "./capaian";

/**
 * The indicators of a plan as monitoring reads them: each with its plan cells, its four quarter
 * targets as the monitoring sheet holds them, how its quarters count (from the row's own reading
 * of its quarters, quarters/readings.ts) and its direction with the words that decided it.
 */
export interface MonitorRow {
  sasaran: string | null;
  indicator: string;
  indicatorCell: CellRef;
  targetText: string;
  targetCell: CellRef | null;
  /** The target cell's number and number format, when it holds a number (12000 shown "12,000" or "12.000"). */
  targetNumber: { value: number; format: string } | null;
  /** The four quarter targets: plan cell, and the value the monitoring sheet holds (a link's value, or the cell read as a number). */
  quarters: readonly MonitorQuarter[];
  counting: Counting;
  /** The row's reading that gave the counting (READING_KINDS), null when the quarters read no way (kumulatif assumed). */
  countingFrom: (typeof READING_KINDS)[number] | null;
  direction: Direction;
  /** The indicator's word that decided the direction; "falling": its quarters are planned falling; null: nothing spoke (naik). */
  directionWhy: { word: string } | "falling" | null;
  /** The Anggaran cell, when the plan has the column. */
  budgetCell: CellRef | null;
}

export interface MonitorQuarter {
  cell: CellRef;
  /** Linked (the plan cell is a number or empty): the sheet holds ='Plan'!cell; else a constant. */
  link: boolean;
  /** The value the monitoring sheet's target cell holds (null: text, nothing to compute with). */
  value: Num;
  /** A constant's text when the cell is not a number ("Triwulan I"). */
  text: string | null;
  format: string;
}

const COUNTING_OF: Record<(typeof READING_KINDS)[number], Counting> = {
  cumulative: "kumulatif", perQuarter: "per triwulan", level: "level", yearEnd: "level", schedule: "level", descending: "level",
};

/** The quarter group monitoring measures against: Target Kinerja, else Target Pelaksanaan. */
export function monitoredGroup(plan: Plan): QuarterGroup | null {
  const cols = plan.recognition.columns;
  if (cols.kinerja1 !== undefined) return "kinerja";
  if (cols.pelaksanaan1 !== undefined) return "pelaksanaan";
  return null;
}

function sasaranOf(node: PlanNode): PlanNode | null {
  for (let n: PlanNode | null = node; n; n = n.parent) if (n.level === "sasaran") return n;
  return null;
}

/** A cell's number with its number format; null when it holds anything else. */
function numberIn(view: GridView, cell: CellRef): { value: number; format: string } | null {
  const value = view.value(cell.row, cell.col);
  return typeof value === "number" ? { value, format: view.format(cell.row, cell.col) } : null;
}

/**
 * The target as the monitoring sheet and the report write it: the plan cell's number in its
 * format (each reader's Excel shows it as its locale writes numbers), else its text.
 */
export function targetCellOf(row: MonitorRow): { value: CellValue; numberFormat?: string } {
  const n = row.targetNumber;
  if (!n) return { value: row.targetText };
  return n.format && n.format !== "General" ? { value: n.value, numberFormat: n.format } : { value: n.value };
}

/** The plan's indicators in sheet order, each once. */
export function indicatorsOf(plan: Plan): Indikator[] {
  const seen = new Set<Indikator>();
  for (const node of plan.nodes) for (const i of node.indikators) seen.add(i);
  return [...seen].sort((a, b) => a.cell().row - b.cell().row || a.cell().col - b.cell().col);
}

/** What a plan's quarter cell gives the monitoring sheet. */
function quarterOf(view: GridView, cell: CellRef, reading: { kind: string; value?: number; percent?: boolean }): MonitorQuarter {
  const raw = view.rawValue(cell.row, cell.col);
  const format = view.format(cell.row, cell.col);
  if (typeof raw === "number") return { cell, link: true, value: raw, text: null, format };
  if (raw === null || raw === "") return { cell, link: true, value: 0, text: null, format };
  if (reading.kind === "number" && reading.value !== undefined) {
    return reading.percent
      ? { cell, link: false, value: reading.value / 100, text: null, format: "0.##%" }
      : { cell, link: false, value: reading.value, text: null, format: "General" };
  }
  if (reading.kind === "empty") return { cell, link: false, value: 0, text: null, format: "General" };
  return { cell, link: false, value: null, text: view.text(cell.row, cell.col), format: "General" };
}

/** The monitoring rows of a plan (empty when it has no quarter columns). */
export function monitorRows(plan: Plan): MonitorRow[] {
  const group = monitoredGroup(plan);
  if (!group) return [];
  const indicators = indicatorsOf(plan);
  const values = new Float64Array(4 * indicators.length);
  const bits = indicators.map((ind, i) => {
    const set = ind.planRow.quarterSet(group);
    return set ? analyzeInto(set, ind.target, values, 4 * i) : -1;
  });
  const tally = new ConventionTally();
  for (const b of bits) if (b >= 0) tally.addMask(votingFits(b));
  const dominant = tally.dominant();
  const dominantBit = dominant ? conventionBit(dominant) : 0;
  const budgetCol = plan.recognition.columns.anggaran;
  const out: MonitorRow[] = [];
  indicators.forEach((ind, i) => {
    const set = ind.planRow.quarterSet(group);
    if (!set) return;
    let mask = readingMask(bits[i], "other", ind.target);
    const falling = mask === 0 && fallsToTarget(values, 4 * i, ind.target);
    if (falling) mask = READING.descending;
    const kind = mask === 0 ? null : READING_KINDS[primaryKind(mask, dominantBit & fitsMaskOf(bits[i]))];
    const words = directionWord(ind.text);
    // Quarters planned falling say lower-is-better when the words say nothing either way.
    const lower = words.lower || (falling && words.word === null);
    const tc = ind.planRow.targetCell();
    const sasaran = sasaranOf(ind.owner);
    out.push({
      sasaran: sasaran ? sasaran.name : null,
      indicator: ind.text,
      indicatorCell: ind.cell(),
      targetText: tc ? plan.view.text(tc.row, tc.col) : "",
      targetCell: tc,
      targetNumber: tc ? numberIn(plan.view, tc) : null,
      quarters: [0, 1, 2, 3].map((q) => quarterOf(plan.view, set.cell(q), set.reading(q))),
      counting: kind ? COUNTING_OF[kind] : "kumulatif",
      countingFrom: kind,
      direction: lower ? "turun" : "naik",
      directionWhy: words.word !== null ? { word: words.word } : lower ? "falling" : null,
      budgetCell: budgetCol === undefined ? null : { row: ind.planRow.row, col: budgetCol },
    });
  });
  return out;
}
