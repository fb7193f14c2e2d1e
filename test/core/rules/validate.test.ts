import fc from "fast-check";
import { gridFromRows, type CellValue } from "../../../src/core/grid";
import { analyzeGrids } from "../../../src/core/analyze";
import { gridsFromSource } from "../../support/sourceGrid";
import type { Finding } from "../../../src/core/finding";
import { compareFindings, validate, validateAnalysis } from "../../../src/core/rules";
import { CLEAN_UNITS, fixture, inject, planOf, where } from "./support";

describe("validate", () => {
  it("sorts by row, then column, then severity", () => {
    const findings = validate(planOf(fixture("rules-defects-one-each.tsv")));
    const sorted = findings.slice().sort(compareFindings);
    expect(findings).toEqual(sorted);
    const c10 = findings.filter((f) => f.range.top === 9);
    expect(c10.map((f) => f.severity)).toEqual(["info", "error"]); // C10 spelling (style) before D10 target
  });

  it("keeps the parser's own findings", () => {
    const plan = planOf(CLEAN_UNITS);
    const parsed: Finding = { rule: "layout.emptyTable", severity: "warning", sheet: plan.sheet, range: { top: 6, left: 2, bottom: 6, right: 2 }, message: { id: "x", en: "x" } };
    expect(validate({ ...plan, findings: [parsed] })).toEqual([parsed]);
  });
});

describe("validateAnalysis", () => {
  it("validates every table of a workbook, each finding naming its sheet", () => {
    const broken = inject(CLEAN_UNITS, "2.17.07.2.01.0003", "2.17.08.2.01.0003").replace("#sheet Rencana Aksi", "#sheet Kedua");
    const grids = [...gridsFromSource(fixture("rules-defects-one-each.tsv")), ...gridsFromSource(broken)];
    const findings = validateAnalysis(analyzeGrids(grids));
    expect(new Set(findings.map((f) => f.sheet))).toEqual(new Set(["Lampiran", "Kedua"]));
    expect(where(findings.filter((f) => f.sheet === "Kedua"))).toEqual(["numbering.code@B19"]);
  });

  it("says so when no sheet holds a table", () => {
    const findings = validateAnalysis(analyzeGrids([gridFromRows("Catatan", [["Catatan penyusunan"]])]));
    expect(findings.map((f) => f.rule)).toEqual(["layout.notFound"]);
  });
});

describe("robustness", () => {
  const HEADER: CellValue[] = ["Sasaran", "Program", "Kegiatan", "Sub Kegiatan", "Indikator", "Target", "TW I", "TW II", "TW III", "TW IV"];
  const cell = fc.oneof(
    fc.constant(null),
    fc.constantFrom("Sasaran 1 A", "Sasaran 1 B", "1. Program X", "1) Program Y", "A. Kegiatan", "A) Kegiatan", "C. Kegiatan",
      "1) Sub", "1. Sub", "2.17.07 Program Z", "2.17.08.2.01 Keg", "Persentase x", "Prosentase ijin", "-", "12 Bulan",
      "100 %", "1 2 Bulan", "Bulan", "21,2 5%", "25%", "2", "0", "#REF!", "100 Unit Usaha", "14 Bulan"),
    fc.string({ maxLength: 6 }),
    fc.double({ min: -5, max: 500, noNaN: true }),
    fc.constantFrom({ error: "#DIV/0!" }, true),
  );

  it("never throws on odd tables and gives findings with ranges inside the sheet", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 10, maxLength: 10 }), { maxLength: 25 }), (rows) => {
        const grid = gridFromRows("Acak", [["RENCANA AKSI TAHUN 2024"], HEADER, ...rows]);
        const findings = validateAnalysis(analyzeGrids([grid]));
        for (const f of findings) {
          expect(f.range.top).toBeGreaterThanOrEqual(0);
          expect(f.range.bottom).toBeLessThan(rows.length + 2);
          expect(f.message.id.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
