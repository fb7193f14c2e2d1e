import { decimalsOf, ladderNote } from "../../../src/core/quarters/ladder";

const note = (values: number[], units = true) => ladderNote(values, 0, units);

describe("ladderNote", () => {
  it("finds one rung slightly off an even ladder", () => {
    expect(note([22.5, 44, 67.5, 90])).toEqual({ kind: "off", quarter: 1, value: 44, expected: 45 });
    expect(note([25, 50, 74, 100], false)).toEqual({ kind: "off", quarter: 2, value: 74, expected: 75 });
  });

  it("tells a rounded rung (the exact value has two decimals) from unavoidable rounding", () => {
    expect(note([21.75, 43.5, 65.3, 87])).toEqual({ kind: "rounded", quarter: 2, value: 65.3, expected: 65.25 });
    expect(note([1.6, 3.2, 4.9, 6.59])).toBeNull(); // 1,6475 / 3,295 / 4,9425: no short exact value
    expect(note([33.33, 66.67, 100, 100], false)).toBeNull();
  });

  it("finds a jump in TW IV after an even start, in target units only", () => {
    const jump = note([10.8, 21.7, 32.5, 76]);
    expect(jump).toMatchObject({ kind: "jump" });
    expect(jump && jump.kind === "jump" ? jump.step : 0).toBeCloseTo(10.833, 2);
    expect(note([10.8, 21.7, 32.5, 76], false)).toBeNull();
  });

  it("is silent on even ladders, far-off rungs and plans of their own shape", () => {
    for (const v of [[25, 50, 75, 100], [3, 6, 9, 12], [10, 30, 60, 100], [0, 0, 100, 100], [0, 0, 0, 72], [25, 40, 75, 100], [1.2, 2.4, 3.6, 5], [0, 45, 67.5, 90]]) {
      expect([v, note(v)]).toEqual([v, null]);
    }
  });
});

describe("decimalsOf", () => {
  it("counts the decimals a value is written with", () => {
    expect([44, 65.3, 65.25, 0.1 + 0.2, 1e-3].map(decimalsOf)).toEqual([0, 1, 2, 1, 3]);
  });
});
