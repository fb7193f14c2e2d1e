import type { SkipReason } from "../types";

/** What a strategy says about one row: a shape to spread, exact values, or why not. */
export type RowSeries =
  | { kind: "weights"; weights: readonly number[] }
  | { kind: "values"; values: readonly number[] }
  | { kind: "skip"; reason: SkipReason };
