import type { CellValue } from "../../../src/core/grid";
import { readCell } from "../../../src/core/numbers";
import type { NumberReading } from "../../../src/core/numbers";

const num = (value: number, percent = false): NumberReading => ({ kind: "number", value, percent });

describe("readCell", () => {
  const cases: Array<[string, CellValue, string, string, NumberReading]> = [
    ["number with a % format", 0.2125, "21,25%", "0.00%", num(21.25, true)],
    ["whole percent", 1, "100%", "0%", num(100, true)],
    ["percent with binary noise", 0.07, "7%", "0%", num(7, true)],
    ["zero percent", 0, "0%", "0%", num(0, true)],
    ["negative percent", -0.05, "-5%", "0%", num(-5, true)],
    ["percent over 100", 1.5, "150%", "0%", num(150, true)],
    ["number without a % format", 21.25, "21,25", "General", num(21.25)],
    ["number with a plain format", 14250, "14.250", "#,##0", num(14250)],
    ["literal % in quotes: value already in percent", 21.25, "21,25%", '0.00"%"', num(21.25, true)],
    ["escaped %", 25, "25%", "0\\%", num(25, true)],
    ["text percentage", "21,25%", "21,25%", "General", num(21.25, true)],
    ["text percentage with space", "21,25 %", "21,25 %", "@", num(21.25, true)],
    ["text English decimal", "21.25%", "21.25%", "General", num(21.25, true)],
    ["text dash", "-", "-", "General", { kind: "empty" }],
    ["text en dash", "\u2013", "\u2013", "General", { kind: "empty" }],
    ["null", null, "", "General", { kind: "empty" }],
    ["empty text", "", "", "General", { kind: "empty" }],
    ["null with a % format", null, "", "0.00%", { kind: "empty" }],
    ["garbled text", "21,25 5%", "21,25 5%", "General", { kind: "invalid", text: "21,25 5%" }],
    ["garbled text with spaces", "2 1,25 5 %", "2 1,25 5 %", "General", { kind: "invalid", text: "2 1,25 5 %" }],
    ["text value wins over display", "25%", "###", "General", num(25, true)],
    ["boolean", true, "TRUE", "General", { kind: "invalid", text: "TRUE" }],
    ["boolean, no display text", false, "", "General", { kind: "invalid", text: "false" }],
    ["error value", { error: "#REF!" }, "#REF!", "General", { kind: "invalid", text: "#REF!" }],
    ["error value, no display text", { error: "#DIV/0!" }, "", "General", { kind: "invalid", text: "#DIV/0!" }],
    ["date where a number belongs", 44573, "12/01/2022", "dd/mm/yyyy", { kind: "invalid", text: "12/01/2022" }],
    ["time where a number belongs", 0.25, "6:00", "h:mm", { kind: "invalid", text: "6:00" }],
    ["date with no display text", 44573, "", "d mmmm yyyy", { kind: "invalid", text: "44573" }],
    ["NaN", NaN, "", "General", { kind: "invalid", text: "NaN" }],
    ["Infinity", Infinity, "", "0%", { kind: "invalid", text: "Infinity" }],
    ["negative zero", -0, "0", "General", num(0)],
  ];
  it.each(cases)("%s", (_label, value, text, format, expected) => {
    expect(readCell(value, text, format)).toEqual(expected);
  });

  it("reads -0 as 0, never -0", () => {
    const r = readCell(-0, "0", "General");
    expect(r.kind === "number" && Object.is(r.value, 0)).toBe(true);
  });

  it("survives values outside the CellValue type", () => {
    expect(readCell(undefined as unknown as CellValue, "", "General")).toEqual({ kind: "empty" });
    expect(readCell({} as unknown as CellValue, "", "General")).toEqual({ kind: "invalid", text: "[object Object]" });
    expect(readCell(5, undefined as unknown as string, undefined as unknown as string)).toEqual(num(5));
  });
});

describe("readCell at the edges of the float range", () => {
  it("reports a %-formatted number that overflows when scaled", () => {
    expect(readCell(1.7976931348623157e308, "", "0%")).toEqual({ kind: "invalid", text: "1.7976931348623157e+308" });
  });
});
