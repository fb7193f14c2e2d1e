import type { CellRef, GridView } from "../grid";
import type { QuarterGroup, Recognition } from "../layout/types";
import type { Finding } from "../finding";
import type { NumberReading } from "../numbers";

export type Level = "sasaran" | "program" | "kegiatan" | "subKegiatan";

export const LEVELS: readonly Level[] = ["sasaran", "program", "kegiatan", "subKegiatan"];

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** How a node was numbered in the sheet. */
export type NumberingStyle =
  | "sasaran" // "Sasaran 1"
  | "letter" // "A."
  | "letterParen" // "A)"
  | "numDot" // "1."
  | "numParen" // "1)"
  | "code" // "2.17.07.2.01"
  | "outline" // "1.1", "1.1.1" (depth = number of parts)
  | "roman" // "II.", "IV)"
  | "none";

export interface Numbering {
  style: NumberingStyle;
  /** The numbering as written ("A.", "1)", "Sasaran 1", "2.17.07"). */
  raw: string;
  /** Ordinal value: 1 for "1)", "A.", "Sasaran 1"; last code segment for codes. null when none. */
  ordinal: number | null;
}

/**
 * An annual target: what a target cell (or Volume + Satuan) says. Shared: rows whose target reads the same (and the same Satuan) get
 * the same frozen object, so its cell is the row's (PlanRow.targetCell()), not the target's.
 */
export interface Target {
  readonly raw: string;
  readonly quantity: number | null;
  readonly unit: string | null;
  /** True when the target is a percentage ("100%", "100 Persen"). */
  readonly percent: boolean;
  /** Set when the quantity text could not be read as one number. */
  readonly unreadable?: boolean;
  /**
   * Set when the target is a grade, level or range ("BB", "WTP", "Level 3", "80-90 (A)", "≥ 80%"):
   * readable, compared as written, never summed; quantity is null.
   */
  readonly qualitative?: QualitativeTarget;
  /** Set (1..12) when a month or a date stands where the quantity belongs ("November"): a deadline, not a target. */
  readonly month?: number;
  /**
   * Set when the target cell (or its Satuan cell) is a formula saved with no computed value
   * (GridView.isUncomputed): what it says is not known, so nothing is judged on it.
   */
  readonly uncomputed?: true;
  /**
   * Set (2 or more) when the cell holds that many targets, one per line ("100\n75": two indicators
   * written in one row with Alt+Enter): unreadable as one target (rules/stacked.ts says so).
   */
  readonly stacked?: number;
  /**
   * The same target in another unit, written in parentheses after the unit ("(12 bulan)" of
   * "100% (12 bulan)"): a row whose quarters fit it and not the target is read by it.
   */
  readonly equivalent?: Target;
}

/** A target that is not a quantity (plan/grade.ts). */
export interface QualitativeTarget {
  /** predicate: "BB", "A", "WTP", "WBK", "Baik"; level: "Level 3"; range: "80-90 (A)", "70 - 80", "≥ 80%" (one bound). */
  readonly kind: "predicate" | "level" | "range";
  /** As written, spaces normalized. */
  readonly text: string;
  /** A predicate's grade ("BB"), or a range's grade in parentheses ("80-90 (A)": "A"). */
  readonly grade?: string;
  /** A level's number ("Level III": 3). */
  readonly level?: number;
  /** A range's bounds; a one-sided range ("≥ 80%") has one. */
  readonly low?: number;
  readonly high?: number;
  /** A range's own unit ("70 - 80 Nilai": "Nilai"), null when none. */
  readonly unit?: string | null;
  /** A range written in percent ("80-90%"). */
  readonly percent?: boolean;
}

/**
 * One row's four cells of a quarter group (I..IV), quarter q = 0..3. The plan's sets read its
 * view when asked: each list is a new array on every call (the caller's to keep or change);
 * cell(q), text(q) and reading(q) read one quarter without making one.
 */
export interface QuarterSet {
  readonly group: QuarterGroup;
  /** Whether the column header or format marks the values as percentages (null: silent). */
  readonly percentHint: boolean | null;
  /** Cell q (the top-left cell of a merged area). */
  cell(q: number): CellRef;
  /** The four cells. */
  cells(): CellRef[];
  /** Display text of cell q. */
  text(q: number): string;
  texts(): string[];
  /** What cell q says as a number. */
  reading(q: number): NumberReading;
  readings(): NumberReading[];
}

/** One data row of the table. */
export interface PlanRow {
  row: number;
  /** The lowest-level entity the row describes or continues. */
  owner: PlanNode | null;
  target: Target | null;
  /** The target cell (the top-left cell of a merged area); null when the table has no target column. */
  targetCell(): CellRef | null;
  /** The row's quarter sets by group, made on each call (take them once per use). */
  quarterSets(): Partial<Record<QuarterGroup, QuarterSet>>;
  /** One group's quarter set, made on each call; undefined when the table lacks the group. */
  quarterSet(group: QuarterGroup): QuarterSet | undefined;
  /** The row's output indicator (from the indicator column), if any. */
  indikator: Indikator | null;
}

/**
 * One step of an indicator's Rencana Aksi (the actions planned to reach it): a line of the Rencana
 * Aksi cell ("1. Menyusun ...\n2. ..." is two steps), or a row of its own under the indicator.
 * A step is never a Kegiatan and needs no Program above it.
 */
export interface AksiStep {
  readonly text: string;
  /** The cell the step is written in (several steps may share one cell). */
  readonly cell: CellRef;
}

/**
 * A Program, Kegiatan or Sub Kegiatan written beside a Sasaran's indicator in the mixed genre
 * (campuran): the indicator's supporting programme, not a node of the plan's tree.
 */
export interface Support {
  readonly level: Level;
  readonly text: string;
  readonly cell: CellRef;
}

export interface Indikator {
  readonly text: string;
  cell(): CellRef;
  readonly owner: PlanNode;
  /** Where the indicator stands: the row-level indicator column, or the Sasaran / Program / Kegiatan indicator column. */
  readonly kind: "row" | "sasaran" | "program" | "kegiatan";
  readonly planRow: PlanRow;
  /** The indicator's target; for kind "row" this is the row's target. */
  readonly target: Target | null;
  /** Whether the layout has a target column for this indicator at all. */
  readonly hasTargetColumn: boolean;
  /** Its Rencana Aksi steps, in sheet order (empty when the table has no Rencana Aksi column). */
  readonly aksi: readonly AksiStep[];
  /** Its supporting programme (mixed genre only). */
  readonly support: readonly Support[];
}

export interface PlanNode {
  id: number;
  level: Level;
  name: string;
  numbering: Numbering;
  /** Nomenclature code, from the text or a "Kode" column. */
  code: string | null;
  codeCell(): CellRef | null;
  /** Cell holding the name. */
  cell(): CellRef;
  /** First and last row the node spans (including its children). */
  firstRow: number;
  lastRow: number;
  parent: PlanNode | null;
  children: PlanNode[];
  indikators: Indikator[];
}

export interface Plan {
  sheet: string;
  recognition: Recognition;
  /** The sheet the plan was parsed from: its rows' cells, quarter sets and texts read it. */
  readonly view: GridView;
  /** Top-level nodes: normally Sasaran; a Program with no Sasaran above it stands here too. */
  roots: PlanNode[];
  rows: PlanRow[];
  /** Every node in sheet order. */
  nodes: PlanNode[];
  /** Findings made while parsing (unreadable cells belong to the rules, not here). */
  findings: Finding[];
  /**
   * A cell's text as typed (spaces kept, not trimmed); "" for a cell covered by a merged area.
   * For the style rule (double spaces, a space in a number cell); absent on plans not parsed from a sheet.
   */
  rawText?(row: number, col: number): string;
}

export interface PlanCounts {
  sasaran: number;
  program: number;
  kegiatan: number;
  subKegiatan: number;
  indikator: number;
  /** Rencana Aksi steps (0 when the table has no Rencana Aksi column). */
  aksi: number;
}
