import { detectTextPercentStyle, formatPercentText } from "../../../src/core/numbers";
import type { PercentTextStyle } from "../../../src/core/numbers";

const ID: PercentTextStyle = { decimalComma: true, spaceBeforePercent: false };
const ID_SPACE: PercentTextStyle = { decimalComma: true, spaceBeforePercent: true };
const EN: PercentTextStyle = { decimalComma: false, spaceBeforePercent: false };
const EN_SPACE: PercentTextStyle = { decimalComma: false, spaceBeforePercent: true };

describe("formatPercentText", () => {
  it.each([
    [25, ID, "25%"],
    [25, ID_SPACE, "25 %"],
    [25.5, ID, "25,5%"],
    [25.5, EN, "25.5%"],
    [21.25, ID_SPACE, "21,25 %"],
    [21.25, EN_SPACE, "21.25 %"],
    [100, EN, "100%"],
    [0, ID, "0%"],
    [33.333333, ID, "33,33%"],
    [66.666666, EN, "66.67%"],
    [1.005, ID, "1,01%"],
    [0.1 + 0.2, EN, "0.3%"],
    [-5, ID, "-5%"],
    [-0.001, ID, "0%"], // rounds to zero: no "-0%"
    [1250.5, ID, "1250,5%"], // no thousands separator: reads back unambiguously
    [1250, EN, "1250%"],
  ] as Array<[number, PercentTextStyle, string]>)("%p in %j -> %j", (value, style, expected) => {
    expect(formatPercentText(value, style)).toBe(expected);
  });

  it("writes non-finite values as they are", () => {
    expect(formatPercentText(NaN, ID)).toBe("NaN");
    expect(formatPercentText(Infinity, EN)).toBe("Infinity");
  });
});

describe("detectTextPercentStyle", () => {
  it.each([
    [["25%", "50%", "75%", "100%"], ID],
    [["25 %", "50 %", "75 %", "100 %"], ID_SPACE],
    [["21,25%", "21,25%"], ID],
    [["21,25 %", "21,25 %", "-", ""], ID_SPACE],
    [["21.25%", "42.5%"], EN],
    [["21.25 %", "42.5 %"], EN_SPACE],
    [["1.250%"], ID], // a thousands dot means a decimal comma
    [["1,250.5%"], EN],
    [["21,25%", "21.25%"], ID], // tie: Indonesian
    [["25%", "25 %"], ID], // tie: no space
    [["25 %", "25 %", "25%"], ID_SPACE],
    [["21,25%", "12.5%", "7.5%"], EN],
    [["21,25 5%", "2 1,25 5 %", "21,2 5%", "25 %"], ID_SPACE], // garbled samples do not vote
    [["0,5%", "11,2%", "4,8%", "-"], ID],
  ] as Array<[string[], PercentTextStyle]>)("%j -> %j", (samples, expected) => {
    expect(detectTextPercentStyle(samples)).toEqual(expected);
  });

  it.each([
    [[]],
    [["", "-", "\u2013"]],
    [["25", "50"]], // numbers without a percent sign
    [["100 Persen"]], // the word is not a sign: no spacing evidence for "%"
    [["21,25 5%", "(%)"]],
  ] as Array<[string[]]>)("%j -> null", (samples) => {
    expect(detectTextPercentStyle(samples)).toBeNull();
  });

  it("tolerates junk from untyped callers", () => {
    expect(detectTextPercentStyle([null, 5, "25 %"] as unknown as string[])).toEqual(ID_SPACE);
    expect(detectTextPercentStyle(undefined as unknown as string[])).toBeNull();
  });
});
