import { roundTo } from "../../../src/core/numbers";
import { cleanFloat } from "../../../src/core/numbers/round";

describe("roundTo", () => {
  it.each([
    [1.005, 2, 1.01],
    [0.1 + 0.2, 2, 0.3],
    [0.2125 * 100, 2, 21.25],
    [2.675, 2, 2.68],
    [1.45, 1, 1.5],
    [-1.005, 2, -1.01],
    [-2.5, 0, -3], // halves away from zero
    [2.5, 0, 3],
    [33.333333, 2, 33.33],
    [100, 2, 100],
    [1234567.891, 1, 1234567.9],
    [1e-7, 2, 0],
    [1.23e-7, 9, 1.23e-7],
    [1e21, 2, 1e21],
    [12.3456, -1, 12], // negative decimals clamp to 0
    [12.3456, 2.9, 12.35], // fractional decimals truncate
    [12.3456, NaN, 12],
  ])("roundTo(%p, %p) = %p", (n, d, expected) => {
    expect(roundTo(n, d)).toBe(expected);
  });

  it("never gives -0", () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundTo(-0, 2), 0)).toBe(true);
  });

  it("passes NaN and infinities through", () => {
    expect(roundTo(NaN, 2)).toBeNaN();
    expect(roundTo(Infinity, 2)).toBe(Infinity);
    expect(roundTo(-Infinity, 2)).toBe(-Infinity);
  });
});

describe("cleanFloat", () => {
  it("removes product noise but keeps small magnitudes", () => {
    expect(cleanFloat(0.2125 * 100)).toBe(21.25);
    expect(cleanFloat(0.07 * 100)).toBe(7);
    expect(cleanFloat(1.23e-9)).toBe(1.23e-9);
    expect(Object.is(cleanFloat(-0), 0)).toBe(true);
  });

  it("keeps integers up to 15 digits as they are, and rounds longer ones to 15 digits", () => {
    expect(cleanFloat(0.25 * 100)).toBe(25);
    expect(cleanFloat(-14250)).toBe(-14250);
    expect(cleanFloat(999_999_999_999_999)).toBe(999_999_999_999_999);
    expect(cleanFloat(1_234_567_890_123_456)).toBe(1_234_567_890_123_460);
  });
});
