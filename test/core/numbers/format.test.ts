import { isDateFormat, isPercentFormat, percentFormatKind } from "../../../src/core/numbers";
import { formatDecimals, groupsThousands } from "../../../src/core/numbers/format";

describe("percentFormatKind / isPercentFormat", () => {
  it.each([
    ["0%", "scaled"],
    ["0.00%", "scaled"],
    ["0.0 %", "scaled"],
    ["#,##0.00%", "scaled"],
    ["0.00%;[Red]-0.00%", "scaled"],
    ["[Blue]0%", "scaled"],
    ['0.00"%"', "literal"],
    ['0.00" %"', "literal"],
    ["0.00\\%", "literal"],
    ['0" persen"', "none"],
    ["General", "none"],
    ["", "none"],
    ["0.00", "none"],
    ["#,##0", "none"],
    ["@", "none"],
    ["0.00E+00", "none"],
    ['"%"0.00%', "scaled"], // an unquoted % anywhere scales
    ["_(* 0%_)", "scaled"],
    ["0*%", "none"], // fill character, not a format character
    ["0_%", "none"], // padding character
    ['0.00;0.00%', "none"], // the first section decides without a value
  ] as Array<[string, string]>)("%j -> %s", (format, kind) => {
    expect(percentFormatKind(format)).toBe(kind);
    expect(isPercentFormat(format)).toBe(kind === "scaled");
  });

  it("picks the section that applies to the value", () => {
    const f = "0.00;0.00%;0%";
    expect(percentFormatKind(f, 5)).toBe("none");
    expect(percentFormatKind(f, -5)).toBe("scaled");
    expect(percentFormatKind(f, 0)).toBe("scaled");
    expect(percentFormatKind("0.00%;-0.00", -1)).toBe("none");
    expect(percentFormatKind("0.00%", -1)).toBe("scaled"); // one section serves all
    expect(percentFormatKind("0.00%;-0.00", 0)).toBe("scaled"); // no zero section: the first
  });

  it("never throws on odd input", () => {
    expect(percentFormatKind('"unterminated %')).toBe("literal");
    expect(percentFormatKind("[unterminated %")).toBe("none");
    expect(percentFormatKind("0\\")).toBe("none");
    expect(percentFormatKind(undefined as unknown as string)).toBe("none");
  });
});

describe("isDateFormat", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["d mmmm yyyy", true],
    ["m/d/yy", true],
    ["yyyy-mm-dd", true],
    ["h:mm", true],
    ["hh:mm:ss AM/PM", true],
    ["[h]:mm", true],
    ["[mm]:ss", true],
    ["[$-421]dd mmmm yyyy", true],
    ["[$-F800]dddd, mmmm dd, yyyy", true],
    ["mmm-yy", true],
    ["General", false],
    ["0.00%", false],
    ["#,##0", false],
    ["0.00E+00", false],
    ['0" hari"', false],
    ["0\\d", false],
    ["[Red]0.00", false],
    ["[$Rp-421]#,##0", false],
    ["@", false],
    ["", false],
  ] as Array<[string, boolean]>)("%j -> %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe("formatDecimals: how many decimals a format shows", () => {
  it.each([
    ["0%", 0],
    ["0.0%", 1],
    ["0.00%", 2],
    ["#,##0.0 %", 1],
    ["0.000%;[Red]-0.0%", 3],
    ['0.00"%"', 2],
    ['0"."00%', 0],
    ["0\\.0%", 0],
    ["[Blue]0.0#%", 2],
    ["General", 0],
    ["", 0],
  ] as Array<[string, number]>)("%j -> %d", (format, expected) => {
    expect(formatDecimals(format)).toBe(expected);
  });

  it("reads the section that applies to the value", () => {
    expect(formatDecimals("0.00%;-0%", -0.5)).toBe(0);
    expect(formatDecimals("0.00%;-0%", 0.5)).toBe(2);
  });
});

describe("groupsThousands", () => {
  it("says whether the format groups digits by thousands, quoted text and padding aside", () => {
    for (const f of ["#,##0", '"Rp"#,##0', "#,##0.00", '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', "[$Rp-421]#,##0"]) expect(groupsThousands(f)).toBe(true);
    for (const f of ["General", "0", "0.00", '"1,000"0', "0%"]) expect(groupsThousands(f)).toBe(false);
  });
});
