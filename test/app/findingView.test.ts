import {
  SHOW_ALL, categoriesOf, countBySeverity, filterFindings, findingAddress, groupFindings, readyToAdopt,
} from "../../src/app/findingView";
import type { Finding, Severity } from "../../src/core/finding";

const f = (rule: string, severity: Severity, row: number, sheet = "Lampiran I"): Finding => ({
  rule, severity, sheet, range: { top: row, left: 6, bottom: row, right: 6 }, message: { id: rule, en: rule },
});

const list = [
  f("spelling.nonStandard", "warning", 12),
  f("percent.sum", "error", 10),
  f("numbering.sasaranDuplicate", "error", 45),
  f("percent.mixed", "warning", 11),
  f("percent.unreadable", "error", 13),
];

describe("findingView", () => {
  test("counts per severity and readiness", () => {
    expect(countBySeverity(list)).toEqual({ error: 3, warning: 2, info: 0 });
    expect(readyToAdopt(list)).toBe(false);
    expect(readyToAdopt(list.filter((x) => x.severity !== "error"))).toBe(true);
  });

  test("groups by category in catalog order, errors before warnings, sheet order kept inside", () => {
    const groups = groupFindings(list).map((g) => [g.category, g.severity, g.findings.map((x) => x.range.top)]);
    expect(groups).toEqual([
      ["numbering", "error", [45]],
      ["percent", "error", [10, 13]],
      ["percent", "warning", [11]],
      ["spelling", "warning", [12]],
    ]);
    expect(categoriesOf(list)).toEqual(["numbering", "percent", "spelling"]);
  });

  test("filters by severity and category", () => {
    expect(filterFindings(list, SHOW_ALL)).toHaveLength(5);
    expect(filterFindings(list, { severities: ["warning"], category: "all" }).map((x) => x.rule)).toEqual([
      "spelling.nonStandard", "percent.mixed",
    ]);
    expect(filterFindings(list, { severities: ["error", "warning"], category: "percent" })).toHaveLength(3);
    expect(filterFindings(list, { severities: [], category: "all" })).toEqual([]);
  });

  test("addresses as Excel writes them: quoted sheet names when needed, ranges", () => {
    expect(findingAddress(f("x.y", "info", 10))).toBe("'Lampiran I'!G11");
    expect(findingAddress(f("x.y", "info", 0, "Sheet1"))).toBe("Sheet1!G1");
    expect(findingAddress({ ...f("x.y", "info", 0, "O'Brien"), range: { top: 0, left: 0, bottom: 1, right: 2 } })).toBe("'O''Brien'!A1:C2");
  });
});
