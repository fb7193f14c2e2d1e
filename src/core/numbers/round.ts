/**
 * Round to a number of decimals without binary artifacts: roundTo(1.005, 2) is
 * 1.01 and roundTo(0.1 + 0.2, 2) is 0.3, because the shift by a power of ten is
 * done on the decimal exponent, not by multiplying. Halves round away from zero.
 * decimals is clamped to 0..20; NaN and infinities come back unchanged; never -0.
 */
export function roundTo(n: number, decimals: number): number {
  if (!Number.isFinite(n)) return n;
  const d = Number.isFinite(decimals) ? Math.min(20, Math.max(0, Math.trunc(decimals))) : 0;
  const shifted = Math.round(shiftDecimal(Math.abs(n), d));
  const result = shiftDecimal(shifted, -d);
  return n < 0 && result !== 0 ? -result : result;
}

/** n * 10^by, computed on the decimal representation. */
function shiftDecimal(n: number, by: number): number {
  const [mantissa, exponent = "0"] = String(n).split("e");
  return Number(`${mantissa}e${Number(exponent) + by}`);
}

/** Remove the noise of a float product (0.2125 * 100 = 21.250000000000004 -> 21.25). */
export function cleanFloat(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n === 0 ? 0 : n;
  // An integer of at most 15 digits is its own 15-digit form (and the common case: 0.25 * 100).
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return n;
  return Number(n.toPrecision(15));
}
