/** Arbitrary usable fill options: every strategy, every column choice, overwrite or not, with or without a row scope. */
import fc from "fast-check";
import type { FillOptions, FillStrategy } from "../../../src/core/fill";

const weights = fc
  .array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100 }), fc.double({ min: 0.001, max: 1e6, noNaN: true })), { minLength: 4, maxLength: 4 })
  .filter((w) => w.some((x) => x > 0));

export const STRATEGY_KINDS = ["auto", "even", "months", "weights", "copy"] as const;

export function strategyOf(kind: (typeof STRATEGY_KINDS)[number]): fc.Arbitrary<FillStrategy> {
  switch (kind) {
    case "months":
      return fc.option(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, { nil: undefined }).map((q) => (q === undefined ? { kind } : { kind, startQuarter: q }));
    case "weights":
      return weights.map((w) => ({ kind, weights: w }));
    default:
      return fc.constant({ kind });
  }
}

/** One option set per strategy kind, so that every case goes through every strategy. */
export function fillOptionsForEach(rowSpan: { top: number; bottom: number }): fc.Arbitrary<FillOptions[]> {
  const scope = fc.option(
    fc.tuple(fc.integer({ min: rowSpan.top, max: rowSpan.bottom }), fc.integer({ min: rowSpan.top, max: rowSpan.bottom }))
      .map(([a, b]) => ({ rows: { top: Math.min(a, b), bottom: Math.max(a, b) } })),
    { nil: undefined, freq: 4 },
  );
  const one = (kind: (typeof STRATEGY_KINDS)[number]) =>
    fc.record({ strategy: strategyOf(kind), columns: fc.constantFrom("kinerja", "pelaksanaan", "both") as fc.Arbitrary<FillOptions["columns"]>, overwrite: fc.boolean(), scope })
      .map(({ scope: s, ...o }): FillOptions => (s ? { ...o, scope: s } : o));
  return fc.tuple(...STRATEGY_KINDS.map(one));
}
