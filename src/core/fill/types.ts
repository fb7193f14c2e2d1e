import type { CellEdit } from "../edits";
import type { Text } from "../i18n/types";
import type { QuarterGroup } from "../layout/types";
import type { Convention } from "../quarters/convention";

export type Quarter = 1 | 2 | 3 | 4;

/** How the fill writes one quarter group of a row: a numeric convention, or the level of a level row (fill/level.ts). */
export type FillWay = Convention | "level";

/**
 * How the four quarter values of a row are chosen. The values are then written
 * in the table's convention (percent or target units, cumulative or per quarter).
 * - auto: even spread in the convention the table already uses (the default);
 * - even: the annual target spread evenly over the four quarters;
 * - months: a target in Bulan spread by months, from the first month of
 *   startQuarter (default 1) on, within the year; other units: even;
 * - weights: four user-given weights (10/20/30/40), normalised;
 * - copy: Target Pelaksanaan from Target Kinerja or the other way (see FillColumns).
 */
export type FillStrategy =
  | { kind: "auto" }
  | { kind: "even" }
  | { kind: "months"; startQuarter?: Quarter }
  | { kind: "weights"; weights: readonly number[] }
  | { kind: "copy" };

/**
 * Which quarter columns are filled. With the copy strategy: "pelaksanaan" copies
 * Kinerja into Pelaksanaan, "kinerja" copies Pelaksanaan into Kinerja, "both"
 * copies each way into whichever side of a row is empty.
 */
export type FillColumns = QuarterGroup | "both";

export interface FillScope {
  /** Only this sheet (case-insensitive). */
  sheet?: string;
  /** Only these rows (absolute, 0-based, inclusive), e.g. the Excel selection. */
  rows?: { top: number; bottom: number };
}

export interface FillOptions {
  strategy: FillStrategy;
  columns: FillColumns;
  /** Also replace non-empty quarter cells. Off: only empty cells (empty or a dash) are written. */
  overwrite: boolean;
  scope?: FillScope;
  /** Force a convention instead of the table's own (absent: the table's, else percent cumulative). */
  convention?: Convention;
}

export const DEFAULT_FILL_OPTIONS: FillOptions = { strategy: { kind: "auto" }, columns: "both", overwrite: false };

/** Why a row in scope was left as it is. */
export type SkipReason =
  /** Some cells are filled, and filling the empty ones would break the convention. */
  | "partial"
  /** A units convention needs the annual target's quantity, and the row has none. */
  | "noTarget"
  /** The row's quarter cells are merged together or into another row. */
  | "merged"
  /** Copy: the other side of the row is empty. */
  | "copyEmpty"
  /** Copy: the other side of the row is unreadable or fits no convention. */
  | "copyInvalid"
  /** The values would not read back as the convention (e.g. target units under a "(%)" header). */
  | "noFit"
  /** The target (or Satuan) or a quarter cell is a formula saved with no computed value (plan/uncomputed.ts): not known. */
  | "uncomputed"
  /**
   * Partly filled with dashes ("nothing planned this quarter") and already complete as it stands
   * (1 / 1 / 1 / - of "3 Dokumen"): filling its dashes would change what the user's values mean.
   */
  | "complete"
  /**
   * Overwrite: a level indicator (an index, a rate, lower is better) whose quarters already read as
   * a level in their own way (the target every quarter or in TW IV, falling or rising to it): kept.
   */
  | "ownReading"
  /**
   * A count of a harm, lower is better ("Jumlah kasus DBD"), in a table that accumulates: a rising
   * ladder would read as cases piling up, and whether to write parts or a ceiling nothing says.
   */
  | "lowerCount"
  /** Copy into a level or lower-is-better row: the other group is a ladder accumulated from near 0. */
  | "copyLadder"
  /** The target is a predicate or a grade ("A", "WTP", "Level 3"): no numbers are spread under it. */
  | "qualitative";

/**
 * A row left as it is: one entry per row, whichever of its quarter groups were left
 * (group, reason and convention: the first's; message: why, for every group in groups).
 */
export interface FillSkip {
  sheet: string;
  row: number;
  group: QuarterGroup;
  /** Every quarter group of the row that was left, group first. */
  groups: QuarterGroup[];
  reason: SkipReason;
  /** The convention the message names for group (the fill's, "level" for a level row, or with "complete" the one the row reads as). */
  convention: FillWay;
  message: Text;
}

/** Cells written in one quarter column. */
export interface FillColumnCount {
  sheet: string;
  /** Column letters, e.g. "G". */
  column: string;
  group: QuarterGroup;
  quarter: Quarter;
  cells: number;
}

/** One row as it is and as it would be (4 cells). */
export interface FillExample {
  sheet: string;
  row: number;
  group: QuarterGroup;
  before: string[];
  after: Text[];
}

export interface FillPreview {
  columns: FillColumnCount[];
  /** A few rows with their before/after text. */
  examples: FillExample[];
  /** Rows that receive at least one edit. */
  rows: number;
  /** Cells written in all. */
  cells: number;
  /**
   * Rows written as a level (the annual target in every quarter) rather than in the table's
   * convention: their indicator is an index, a score or a rate, or lower is better (fill/level.ts).
   */
  levelRows: number;
  /**
   * Non-empty cells that overwrite would change (whether or not overwrite is on):
   * the number the user confirms before overwriting.
   */
  overwriteCount: number;
  /**
   * Quarter cells holding a formula that the fill would otherwise have changed:
   * a formula is the user's own computation, never written (not even with overwrite).
   */
  formulasKept: number;
  /** The convention used per sheet and quarter group. */
  conventions: { sheet: string; group: QuarterGroup; convention: Convention; detected: boolean }[];
  /** The rows left as they are, one entry per row. */
  skipped: FillSkip[];
}

export interface FillPlan {
  edits: CellEdit[];
  preview: FillPreview;
  /** Set when the options cannot be used (then there are no edits). */
  problem?: Text;
}
