import { BoundedMemo } from "../../../src/core/numbers/memo";
import { parseNumberText, readCell } from "../../../src/core/numbers";

describe("BoundedMemo", () => {
  it("gives back what was stored and nothing else", () => {
    const memo = new BoundedMemo<string, number>(10);
    expect(memo.set("a", 1)).toBe(1);
    expect(memo.get("a")).toBe(1);
    expect(memo.get("b")).toBeUndefined();
  });

  it("starts again empty when full, keeping the key that did not fit", () => {
    const memo = new BoundedMemo<number, string>(3);
    for (const k of [1, 2, 3]) memo.set(k, String(k));
    memo.set(4, "4");
    expect([1, 2, 3].map((k) => memo.get(k))).toEqual([undefined, undefined, undefined]);
    expect(memo.get(4)).toBe("4");
  });
});

describe("shared readings", () => {
  it("reads a text once: the same frozen reading for the same text", () => {
    const a = parseNumberText("21,25 %");
    expect(parseNumberText("21,25 %")).toBe(a);
    expect(a).toEqual({ kind: "number", value: 21.25, percent: true });
    expect(Object.isFrozen(a)).toBe(true);
    expect(parseNumberText("21,25%")).not.toBe(a); // another text, another reading
    expect(parseNumberText("21,2 5%")).toEqual({ kind: "invalid", text: "21,2 5%" });
  });

  it("reads a number once per format", () => {
    const scaled = readCell(0.25, "25%", "0%");
    expect(readCell(0.25, "25%", "0%")).toBe(scaled);
    expect(scaled).toEqual({ kind: "number", value: 25, percent: true });
    expect(readCell(0.25, "0.25", "General")).toEqual({ kind: "number", value: 0.25, percent: false });
  });

  it("keeps the cell's own text in an invalid number reading (dates are not shared)", () => {
    expect(readCell(45000, "15/03/2023", "dd/mm/yyyy")).toEqual({ kind: "invalid", text: "15/03/2023" });
    expect(readCell(45000, "2023-03-15", "dd/mm/yyyy")).toEqual({ kind: "invalid", text: "2023-03-15" });
  });
});
