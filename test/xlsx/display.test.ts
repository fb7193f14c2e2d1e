import { displayText } from "../../src/xlsx/display";

describe("displayText remembers each format's and locale's texts apart", () => {
  it("gives each format and locale its own text, however the calls alternate", () => {
    const cases: [number, string, string, string][] = [
      [0.25, "0%", "en-US", "25%"],
      [0.25, "General", "en-US", "0.25"],
      [0.25, "0%", "en-US", "25%"],
      [12000, "#,##0", "en-US", "12,000"],
      [12000, "#,##0", "de", "12.000"],
      [12000, "#,##0", "en-US", "12,000"],
      [0.25, "0.00%", "en-US", "25.00%"],
      [0.25, "0%", "en-US", "25%"],
    ];
    for (const [value, fmt, locale, shown] of cases) expect(displayText(value, fmt, locale)).toBe(shown);
  });
});
