import { typedValue } from "../../../src/core/numbers";

describe("what a typed text puts in a cell", () => {
  it.each([
    ["12,5", "General", 12.5],
    ["12.5", "General", 12.5],
    ["1.250", "General", 1250],
    ["1.250,75", "0.00", 1250.75],
    ["-3", "General", -3],
    [" 7 ", "General", 7],
    ["80%", "General", 0.8],
    ["21,25 %", "0.00%", 0.2125],
    ["80 persen", "General", 0.8],
  ])("%s in a %s cell is the number %p", (text, format, value) => {
    expect(typedValue(text, format)).toBe(value);
  });

  it("a plain number in a percent cell is read as Excel's automatic percent entry reads it", () => {
    expect(typedValue("80", "0%")).toBe(0.8);
    expect(typedValue("12,5", "0.0%")).toBe(0.125);
    expect(typedValue("0,8", "0%")).toBe(0.8); // below 1: already the fraction
    expect(typedValue("80", '0"%"')).toBe(80); // a quoted % shows the value as it is
  });

  it("text stays text, as typed; an apostrophe keeps a number as text; nothing empties the cell", () => {
    expect(typedValue("belum ada data", "General")).toBe("belum ada data");
    expect(typedValue("-", "General")).toBe("-");
    expect(typedValue("1.2.3", "General")).toBe("1.2.3");
    expect(typedValue("'12", "General")).toBe("12");
    expect(typedValue("", "0%")).toBeNull();
    expect(typedValue("   ", "General")).toBeNull();
  });
});
