import fc from "fast-check";
import { cumulate, decimalsFor, fromUnits, normalizeWeights, quarterSeries, splitUnits } from "../../../src/core/fill/split";

describe("exact split (largest remainder)", () => {
  it("gives 100/3 as 33,34 / 33,33 / 33,33, never 99,99", () => {
    expect(quarterSeries(100, [1, 1, 1, 0], false)).toEqual([33.34, 33.33, 33.33, 0]);
  });

  it("spreads evenly and cumulatively", () => {
    expect(quarterSeries(100, [1, 1, 1, 1], false)).toEqual([25, 25, 25, 25]);
    expect(quarterSeries(100, [1, 1, 1, 1], true)).toEqual([25, 50, 75, 100]);
    expect(quarterSeries(12, [1, 1, 1, 1], true)).toEqual([3, 6, 9, 12]);
    expect(quarterSeries(7, [1, 1, 1, 1], false)).toEqual([1.75, 1.75, 1.75, 1.75]);
  });

  it("gives leftover hundredths to the biggest remainders, earlier quarters on ties", () => {
    expect(quarterSeries(1, [1, 1, 1, 0], false)).toEqual([0.34, 0.33, 0.33, 0]);
    expect(quarterSeries(0.02, [1, 1, 1, 1], false)).toEqual([0.01, 0.01, 0, 0]);
    expect(quarterSeries(100, [1, 2, 0, 0], false)).toEqual([33.33, 66.67, 0, 0]);
  });

  it("keeps the decimals of a total written with more than two", () => {
    expect(decimalsFor(9.7)).toBe(2);
    expect(decimalsFor(9.755)).toBe(3);
    expect(quarterSeries(9.755, [1, 1, 1, 1], true)[3]).toBe(9.755);
  });

  it("splits totals beyond exact integers (1e20, 1e300) at once: the leftover units are one round, not billions", () => {
    // Past 2^53 the floors of the shares lose whole units; the loop handing out the leftover ran once per lost unit.
    const cases: [number, number[]][] = [
      [7.3683220121734160e16, [26.84285580683088, 5.4298935921983205, 19.23521088581188, 82.34320324111677]],
      [3.7575731041631875e201, [78.07971808933456, 3.2414501572404886, 90.32874562068203, 22.61894584165196]],
      [1e300, [1, 1, 1, 1]],
    ];
    for (const [total, w] of cases) {
      const t0 = performance.now();
      const parts = splitUnits(total, w, 0, true);
      expect(performance.now() - t0).toBeLessThan(1_000);
      expect(parts.every((p) => Number.isFinite(p) && p > 0)).toBe(true);
      expect(Math.abs(parts.reduce((a, b) => a + b, 0) - total) / total).toBeLessThan(1e-12);
      // At most one unit over each share's floor, which a double this size holds as at most one step of its
      // precision: the first case lost 16 units to the floors, and each part got 4 of them back.
      const sum = w.reduce((a, b) => a + b, 0);
      parts.forEach((p, i) => {
        const floor = Math.floor((w[i] / sum) * Math.round(total));
        expect(p - floor).toBeLessThanOrEqual(Math.max(1, floor * Number.EPSILON));
      });
    }
  });

  it("rejects unusable weights", () => {
    expect(normalizeWeights([0, 0, 0, 0])).toBeNull();
    expect(normalizeWeights([1, -1, 1, 1])).toBeNull();
    expect(normalizeWeights([1, NaN, 1, 1])).toBeNull();
    expect(normalizeWeights([10, 20, 30, 40])).toEqual([0.1, 0.2, 0.3, 0.4]);
  });

  const weights = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1000, noNaN: true })), { minLength: 4, maxLength: 4 })
    .filter((w) => w.some((x) => x > 0));
  const totals = fc.oneof(
    fc.constant(100),
    fc.integer({ min: 1, max: 1_000_000 }),
    fc.integer({ min: 1, max: 10_000_000 }).map((n) => n / 100),
  );

  it("always adds up to the total exactly, per quarter and cumulative (property)", () => {
    fc.assert(
      fc.property(totals, weights, (total, w) => {
        const d = decimalsFor(total);
        const parts = splitUnits(total, w, d);
        const units = Math.round(total * 10 ** d);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(units);
        // each part is within one unit of its exact share, zero weights get nothing
        const sum = w.reduce((a, b) => a + b, 0);
        parts.forEach((p, i) => {
          expect(Math.abs(p - (units * w[i]) / sum)).toBeLessThan(1 + 1e-6);
          if (w[i] === 0) expect(p).toBe(0);
        });
        const cum = quarterSeries(total, w, true);
        expect(cum[3]).toBe(total);
        for (let i = 1; i < 4; i++) expect(cum[i]).toBeGreaterThanOrEqual(cum[i - 1]);
        // the per-quarter values, written with d decimals, add up to the total in decimal
        const per = quarterSeries(total, w, false);
        expect(per.map((x) => Math.round(x * 10 ** d)).reduce((a, b) => a + b, 0)).toBe(units);
        expect(cum).toEqual(fromUnits(cumulate(parts), d));
      }),
      { numRuns: 500 },
    );
  });
});
