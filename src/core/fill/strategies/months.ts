import type { Target } from "../../plan/types";
import type { Quarter } from "../types";

const MONTH_UNIT = /^(bulan|bln\.?|month|months)$/i;

/** True when the annual target is a number of months ("12 Bulan"). */
export function isMonthsTarget(target: Target | null): boolean {
  return target !== null && !target.unreadable && target.quantity !== null && target.quantity > 0 &&
    target.unit !== null && MONTH_UNIT.test(target.unit.trim());
}

/**
 * Months of work in each quarter: the target's months run from the first month
 * of startQuarter on, three per quarter, and stop at the end of the year
 * (12 Bulan: 3/3/3/3; 6 Bulan from Q3: 0/0/3/3; 4 Bulan: 3/1/0/0).
 * null when the target is not in months.
 */
export function monthWeights(target: Target | null, startQuarter: Quarter = 1): number[] | null {
  if (!isMonthsTarget(target)) return null;
  const weights = [0, 0, 0, 0];
  let left = Math.min(target?.quantity ?? 0, 12 - 3 * (startQuarter - 1));
  for (let q = startQuarter - 1; q < 4 && left > 0; q++) {
    weights[q] = Math.min(3, left);
    left -= weights[q];
  }
  return weights;
}
