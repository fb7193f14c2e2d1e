import type { GridView } from "../grid";
import { formatDecimals, groupsThousands, isDateFormat, percentFormatKind } from "../numbers/format";
import type { PlanRow } from "../plan/types";
import { decimalsFor } from "./split";

/** Digits grouped by thousands in a text ("125.000.000.000", "Rp 48,500,000"). */
const GROUPED_DIGITS = /\d[.,]\d{3}(?:[.,]\d{3})*(?!\d)/;

/**
 * The number format a row's target cell shows its amount with, when it groups thousands: the cell's
 * own format ("#,##0", '"Rp"#,##0', an accounting format) for a number, "#,##0" for text written so
 * ("Rp 125.000.000.000"); null otherwise (a plain "General" number, a percentage, a date, no target).
 * The fill writes the row's quantities in it where their cells would show them in "General": an
 * amount of 31.250.000.000 beside 125.000.000.000, never 31250000000.
 */
export function targetAmountFormat(row: PlanRow, view: GridView): string | null {
  const c = row.targetCell();
  const t = row.target;
  if (!c || !t || t.percent || t.quantity === null || t.quantity < 1000) return null;
  const v = view.rawValue(c.row, c.col);
  if (typeof v === "number") {
    const format = view.format(c.row, c.col);
    return groupsThousands(format) && percentFormatKind(format) === "none" && !isDateFormat(format, v) ? format : null;
  }
  return typeof v === "string" && GROUPED_DIGITS.test(v) ? "#,##0" : null;
}

/** The amount format with as many decimals as the values need where it shows fewer ("#,##0" over 416.67: "#,##0.00"). */
export function fitAmountFormat(format: string, values: readonly number[]): string {
  const need = Math.max(0, ...values.map((v) => (Number.isInteger(v) ? 0 : decimalsFor(v))));
  return need <= formatDecimals(format) ? format : `#,##0.${"0".repeat(need)}`;
}
