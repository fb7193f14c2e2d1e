import {
  SHOW_ALL, categoriesOf, countBySeverity, filterFindings, findingAddress, groupByRule, groupFindings, readyToAdopt, tableEmpty, verdict, findingPlace,
} from "../../src/app/findingView";
import type { Finding, RuleId, Severity } from "../../src/core/finding";

const f = (rule: RuleId, severity: Severity, row: number, sheet = "Lampiran I"): Finding => ({
  rule, severity, sheet, range: { top: row, left: 6, bottom: row, right: 6 }, message: { id: rule, en: rule },
});

const list = [
  f("spelling.nonStandard", "warning", 12),
  f("percent.range", "error", 10),
  f("numbering.sasaranDuplicate", "error", 45),
  f("percent.mixedUnits", "warning", 11),
  f("percent.unreadable", "error", 13),
];

describe("findingView", () => {
  test("counts per severity and readiness", () => {
    expect(countBySeverity(list)).toEqual({ error: 3, warning: 2, info: 0 });
    expect(readyToAdopt(list)).toBe(false);
    expect(readyToAdopt(list.filter((x) => x.severity !== "error"))).toBe(true);
  });

  test("the verdict: errors first; without one, a plan with no indicator anywhere is empty, never ready", () => {
    const none = { sasaran: 0, program: 0, kegiatan: 0, subKegiatan: 0, indikator: 0, aksi: 0 };
    const prefilled = { ...none, program: 1, kegiatan: 8, subKegiatan: 20 };
    const some = { ...none, sasaran: 1, indikator: 2 };
    const warnings = list.filter((x) => x.severity !== "error");
    expect(tableEmpty(prefilled)).toBe(true);
    expect(tableEmpty(some)).toBe(false);
    expect(verdict([], [none])).toBe("empty");
    expect(verdict(warnings, [prefilled])).toBe("empty");
    expect(verdict([], [])).toBe("empty");
    expect(verdict(warnings, [none, some])).toBe("ready");
    expect(verdict(list, [none])).toBe("notReady");
    expect(verdict(list, [some])).toBe("notReady");
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
      "spelling.nonStandard", "percent.mixedUnits",
    ]);
    expect(filterFindings(list, { severities: ["error", "warning"], category: "percent" })).toHaveLength(3);
    expect(filterFindings(list, { severities: [], category: "all" })).toEqual([]);
  });

  test("one item per rule and message key on a sheet, in order of first appearance; the quoted value may differ", () => {
    const noUnit = (row: number, value: string, sheet = "Lampiran I"): Finding => ({
      ...f("target.noUnit", "error", row, sheet), key: "rules.target.noUnit", message: { id: `Target "${value}" tanpa satuan.`, en: `Target "${value}" has no unit.` },
    });
    const items = groupByRule([
      noUnit(8, "85"), f("spelling.nonStandard", "warning", 8), noUnit(9, "85"), noUnit(10, "90"),
      { ...noUnit(11, "7"), key: "rules.target.noUnitCount" }, // another message of the rule: another problem
      { ...noUnit(12, "85"), severity: "warning" }, noUnit(13, "85", "Lampiran II"),
    ]);
    expect(items.map((g) => [g.rule, g.severity, g.sheet, g.findings.map((x) => x.range.top), g.sameText])).toEqual([
      ["target.noUnit", "error", "Lampiran I", [8, 9, 10], false],
      ["spelling.nonStandard", "warning", "Lampiran I", [8], true],
      ["target.noUnit", "error", "Lampiran I", [11], true],
      ["target.noUnit", "warning", "Lampiran I", [12], true],
      ["target.noUnit", "error", "Lampiran II", [13], true],
    ]);
    // Without a key the text decides; the same text on several cells is one item.
    expect(groupByRule([f("layout.notFound", "info", 1), f("layout.notFound", "info", 2)]).map((g) => [g.findings.length, g.sameText])).toEqual([[2, true]]);
    // The pane's sections carry the items.
    expect(groupFindings([noUnit(8, "85"), noUnit(9, "90")])[0].items).toHaveLength(1);
  });

  test("addresses as Excel writes them: quoted sheet names when needed, ranges", () => {
    expect(findingPlace(f("layout.notFound", "info", 10))).toEqual({ sheet: "Lampiran I", cell: "G11", single: true });
    expect(findingPlace({ ...f("layout.notFound", "info", 0, "O'Brien"), range: { top: 0, left: 0, bottom: 1, right: 2 } })).toEqual({
      sheet: "O'Brien", cell: "A1:C2", single: false,
    });
    expect(findingAddress(f("layout.notFound", "info", 10))).toBe("'Lampiran I'!G11");
    expect(findingAddress(f("layout.notFound", "info", 0, "Sheet1"))).toBe("Sheet1!G1");
    expect(findingAddress({ ...f("layout.notFound", "info", 0, "O'Brien"), range: { top: 0, left: 0, bottom: 1, right: 2 } })).toBe("'O''Brien'!A1:C2");
    expect(findingAddress(f("layout.notFound", "info", 0, "2024"))).toBe("'2024'!G1");
  });
});
