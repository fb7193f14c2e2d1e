import type { GridView } from "../grid";
import type { Recognition } from "../layout/types";
import { isDateFormat, readCell } from "../numbers";
import { numericTarget, parseTarget, stackedCount, stackedTarget } from "./target";
import type { Target } from "./types";

/** A target read from a formula cell holding no computed value: not known (see Target.uncomputed). */
const UNCOMPUTED: Target = Object.freeze({ raw: "", quantity: null, unit: null, percent: false, uncomputed: true });

/** Whether the cell (the top-left cell of its merged area) is a formula saved with no computed value. */
function uncomputedAt(view: GridView, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  const a = view.anchorOf(row, col);
  return view.isUncomputed(a.row, a.col);
}

/** The row's target column: the changed target's ("Target Perubahan"), or the first one's where that is empty. */
export function targetColumn(view: GridView, rec: Recognition, row: number): number | undefined {
  const { target, targetAwal } = rec.columns;
  if (targetAwal === undefined || target === undefined || view.isCovered(row, target) || view.text(row, target) !== "") return target;
  return targetAwal;
}

/** The row's target, read from its target column (targetColumn). */
export function readTarget(view: GridView, rec: Recognition, row: number, tc: number | undefined): Target | null {
  if (tc === undefined) return null;
  const sc = rec.columns.satuan;
  if (view.hasUncomputed && (uncomputedAt(view, row, tc) || uncomputedAt(view, row, sc))) return UNCOMPUTED;
  const raw = view.text(row, tc);
  const satuan = sc === undefined ? undefined : view.text(row, sc);
  if (!raw && !satuan) return null;
  const value = view.value(row, tc);
  // A date where the quantity belongs (a number with a date format): unreadable, never "1 April 2024".
  if (typeof value === "number") {
    const format = view.format(row, tc);
    if (isDateFormat(format, value)) return { raw, quantity: null, unit: null, percent: false, unreadable: true };
    // The number itself, never its display text (which follows the locale the adapter formatted it in).
    const reading = readCell(value, raw, format);
    if (reading.kind === "number") return numericTarget(raw, reading.value, reading.percent, satuan || undefined);
  }
  // Several values one per line ("100\n75": indicators stacked in one row), seen before the line breaks are folded.
  const anchor = raw.includes(" ") ? view.anchorOf(row, tc) : null;
  const written = anchor ? view.rawText(anchor.row, anchor.col) : "";
  const count = stackedCount(written);
  return count > 0 ? stackedTarget(raw, count, satuan || undefined) : parseTarget(raw, satuan || undefined);
}
