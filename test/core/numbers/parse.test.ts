import { isAmbiguousNumberText, parseNumberText } from "../../../src/core/numbers";
import type { NumberReading } from "../../../src/core/numbers";

const num = (value: number, percent = false): NumberReading => ({ kind: "number", value, percent });
const EMPTY: NumberReading = { kind: "empty" };

describe("parseNumberText: numbers and percentages", () => {
  const cases: Array<[string, NumberReading]> = [
    // percentages as the seed and real workbooks write them
    ["21,25%", num(21.25, true)],
    ["21,25 %", num(21.25, true)],
    ["21.25%", num(21.25, true)],
    ["21.25 %", num(21.25, true)],
    ["0,5%", num(0.5, true)],
    ["11,2%", num(11.2, true)],
    ["100 %", num(100, true)],
    ["100%", num(100, true)],
    ["100,00%", num(100, true)],
    ["100 Persen", num(100, true)],
    ["100 persen", num(100, true)],
    ["100persen", num(100, true)],
    ["25 PERSEN", num(25, true)],
    ["25 prosen", num(25, true)],
    ["25 percent", num(25, true)],
    ["25％", num(25, true)],
    ["-5%", num(-5, true)],
    ["150%", num(150, true)],
    ["0%", num(0, true)],
    // plain numbers
    ["21,25", num(21.25)],
    ["100", num(100)],
    ["2", num(2)],
    ["0", num(0)],
    ["007", num(7)],
    ["1.250,5", num(1250.5)],
    ["1,250.5", num(1250.5)],
    ["14.250", num(14250)],
    ["1.500.000", num(1500000)],
    ["1,500,000", num(1500000)],
    ["1.500.000,75", num(1500000.75)],
    ["1,500,000.75", num(1500000.75)],
    ["1.000.000.000.000", num(1e12)],
    ["12345678", num(12345678)],
    ["1234,5", num(1234.5)],
    ["1234.5", num(1234.5)],
    ["1234.567", num(1234.567)],
    ["0.2125", num(0.2125)],
    ["0,2125", num(0.2125)],
    ["0.250", num(0.25)],
    ["0,250", num(0.25)],
    [".5", num(0.5)],
    [",5", num(0.5)],
    ["-12,5", num(-12.5)],
    ["\u221212,5", num(-12.5)],
    ["+3", num(3)],
    ["-0", num(0)],
    // documented ambiguous cases
    ["1.250", num(1250)], // Indonesian thousands
    ["1,5", num(1.5)], // decimal comma
    ["1,250", num(1.25)], // single comma: always decimal (Indonesian first)
    ["12.5", num(12.5)], // one dot not followed by exactly 3 digits: decimal point
    ["12.50", num(12.5)],
    ["12.5000", num(12.5)],
    // white space of every kind around the number
    ["  21,25%  ", num(21.25, true)],
    ["\u00a021,25\u00a0%", num(21.25, true)],
    ["21,25\u202f%", num(21.25, true)],
    ["21,25\u2007%", num(21.25, true)],
    ["\t100\n", num(100)],
    ["\u200b14.250\ufeff", num(14250)],
    // empty and dashes
    ["", EMPTY],
    ["  ", EMPTY],
    ["\u00a0", EMPTY],
    ["-", EMPTY],
    ["\u2013", EMPTY], // en dash
    ["\u2014", EMPTY], // em dash
    ["\u2212", EMPTY], // minus sign
    [" - ", EMPTY],
    ["--", EMPTY],
  ];
  it.each(cases)("%j", (text, expected) => {
    expect(parseNumberText(text)).toEqual(expected);
  });
});

describe("parseNumberText: invalid text is reported with its original text", () => {
  const garbled = [
    "21,25 5%", // the seed's garbled cells
    "2 1,25 5 %",
    "21,2 5%",
    "21, 25 5%",
    "21, 25 %",
    "2 1, 2 5 %",
    "21,25 5",
    "14 250", // no space thousands: never guessed
    "1\u00a0250",
    "(%)",
    "%",
    "Persen",
    "100%%",
    "% 25",
    "25 %%",
    "(5)",
    "21,",
    "21.",
    ",",
    ".",
    "1.2.3",
    "1,2,3",
    "1.250.5",
    "1,250,5",
    "1.25,5", // grouping "1.25" is not a thousands group
    "1,2.5",
    "0.250.000",
    "1.250,5,5",
    "1,250.5.5",
    "+-5",
    "- 5",
    "\u20135", // en dash is a placeholder, not a minus
    "5-",
    "1e5",
    "abc",
    "12 Bulan",
    "Rp 1.500",
    "21,25%x",
    "x21,25%",
    "- -",
  ];
  it.each(garbled)("%j is invalid", (text) => {
    expect(parseNumberText(text)).toEqual({ kind: "invalid", text });
  });

  it("reports digits that overflow to Infinity as invalid", () => {
    const huge = "9".repeat(400);
    expect(parseNumberText(huge)).toEqual({ kind: "invalid", text: huge });
    expect(parseNumberText(`${huge}%`)).toEqual({ kind: "invalid", text: `${huge}%` });
  });

  it("keeps white space and odd characters of the original text", () => {
    expect(parseNumberText("  2 1,25 5 %\u00a0")).toEqual({ kind: "invalid", text: "  2 1,25 5 %\u00a0" });
  });

  it("tolerates a non-string argument from untyped callers", () => {
    expect(parseNumberText(42 as unknown as string)).toEqual(num(42));
    expect(parseNumberText(undefined as unknown as string)).toEqual({ kind: "invalid", text: "undefined" });
  });
});

describe("isAmbiguousNumberText", () => {
  it.each([
    ["1.250", true],
    ["1,250", true],
    ["999,999", true],
    ["-14.250%", true],
    ["14.250 %", true],
    ["0,250", false], // a leading 0 is never a thousands group
    ["1.250,5", false],
    ["1.500.000", false],
    ["1234,567", false],
    ["12.5", false],
    ["21,25%", false],
    ["1.25", false],
    ["", false],
    ["2 1.250", false],
  ] as Array<[string, boolean]>)("%j -> %s", (text, expected) => {
    expect(isAmbiguousNumberText(text)).toBe(expected);
  });
});
