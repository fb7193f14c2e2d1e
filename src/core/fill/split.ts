/**
 * Exact splitting of a total over the four quarters.
 *
 * Values are handled as integers of the smallest written unit (hundredths by
 * default) so that the parts always add up to the total exactly: the largest
 * remainder method gives the leftover units to the quarters with the biggest
 * fractional shares, earlier quarters first on ties (100 / 3 -> 33,34 / 33,33 / 33,33).
 */

/** Decimals written: at least 2, more when the total itself has more (at most 6). */
export function decimalsFor(total: number): number {
  for (let d = 2; d <= 6; d++) if (Number.isInteger(Math.round(total * 10 ** d * 1e6) / 1e6)) return d;
  return 6;
}

/** Normalised shares of non-negative weights (summing to 1); null when unusable. */
export function normalizeWeights(weights: readonly number[]): number[] | null {
  if (weights.length === 0 || weights.some((w) => !Number.isFinite(w) || w < 0)) return null;
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return null;
  return weights.map((w) => w / sum);
}

/**
 * The total split in proportion to the weights, in integer units of 10^-decimals
 * (the parts add up to round(total * 10^decimals) exactly). Weights must be usable
 * (see normalizeWeights); a negative or non-finite total gives zeros. Ties go to the earlier
 * quarters, or to the later ones with `laterFirst` (whole things are done by the end: 1 of 4
 * equal shares falls in TW IV).
 */
export function splitUnits(total: number, weights: readonly number[], decimals: number, laterFirst = false): number[] {
  const shares = normalizeWeights(weights);
  const units = Math.round(total * 10 ** decimals);
  if (!shares || !Number.isFinite(units) || units <= 0) return weights.map(() => 0);
  const exact = shares.map((s) => s * units);
  const parts = exact.map((x) => Math.floor(x));
  let left = units - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - parts[i] }))
    .filter((o) => shares[o.i] > 0)
    .sort((a, b) => b.rest - a.rest || (laterFirst ? b.i - a.i : a.i - b.i));
  // The remainders add up to less than one unit each, so at most one more unit goes to each part. Past 2^53
  // (a total of 1e20, or 1e300) the floors lose whole units and `left` can be any size: one round, never more.
  if (left > order.length) left = order.length;
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) parts[order[k].i]++;
  return parts;
}

/** Running sums. */
export function cumulate(parts: readonly number[]): number[] {
  let run = 0;
  return parts.map((p) => (run += p));
}

/** Integer units back to numbers: 3334 at 2 decimals -> 33.34 (the closest double). */
export function fromUnits(parts: readonly number[], decimals: number): number[] {
  const scale = 10 ** decimals;
  return parts.map((p) => p / scale);
}

/**
 * The four quarter values: the total split by the weights, per quarter or
 * cumulative (cumulative values are sums of the rounded parts, so the fourth is
 * exactly the total). `whole`: the total counts whole things (7 Dokumen), split into whole
 * numbers, the remainder to the later quarters (1 / 2 / 2 / 2, cumulative 1 / 3 / 5 / 7).
 */
export function quarterSeries(total: number, weights: readonly number[], cumulative: boolean, whole = false): number[] {
  const d = whole ? 0 : decimalsFor(total);
  const parts = splitUnits(total, weights, d, whole);
  return fromUnits(cumulative ? cumulate(parts) : parts, d);
}
