import { ruleCategory } from "../../../src/core/finding";
import { findingsOf, fixture, where } from "./support";

/** Each injected defect of rules-defects-one-each.tsv and the finding it must give (rule @ cell, severity). */
const EXPECTED: [string, string][] = [
  ["target.percentUnit@C9:D9", "error"], // "Persentase ..." with "95 Dokumen"
  ["spelling.nonStandard@C10", "info"], // "kordinasi"
  ["target.unreadable@D10", "error"], // "1 2 Kali"
  ["percent.unreadable@G11", "error"], // "2 5%"
  ["numbering.duplicate@B12", "error"], // a second "1)"
  ["numbering.gap@B13", "warning"], // A, C: every number still its own
  ["percent.noConvention@E13:H13", "error"], // 21,25% x4
  ["target.noUnit@D14", "info"], // "150" under "Jumlah peserta ...": the indicator says what is counted
  ["numbering.mixedStyle@B15", "info"], // "2." beside "1)": style
  ["percent.range@L15", "error"], // 150 under "(%)"
  ["numbering.sasaranSequence@A16", "warning"], // "Sasaran 3" as the second: a number skipped
  ["hierarchy.noIndicator@B17", "warning"], // Program without indicator
  ["hierarchy.subKegiatanNoIndicator@B19", "error"],
  ["hierarchy.indicatorNoTarget@C21:D21", "error"],
  ["nomenclature.duplicateName@B22", "error"], // A and B with one name
  ["target.months@D22", "error"], // "14 Bulan"
  ["spelling.nonStandard@B23", "info"], // "Ijin"
  ["spelling.nonStandard@C23", "info"], // "ijin"
  ["target.noQuantity@D23", "error"], // "Dokumen"
  ["nomenclature.wrongKegiatan@B26", "warning"], // Gaji under Administrasi Umum
  ["percent.mixedUnits@F26", "warning"], // "25" among "25%"
  ["percent.noQuarters@E27:L27", "warning"], // all dashes
  ["hierarchy.kegiatanNoIndicator@B28", "warning"], // Kegiatan with no indicator nor target
];

describe("a plan with one injected defect of each kind", () => {
  const findings = findingsOf(fixture("rules-defects-one-each.tsv"));

  it("reports every defect at its cell with a rule of the right category and nothing else", () => {
    expect(findings.map((f, i) => [where(findings)[i], f.severity])).toEqual(EXPECTED);
  });

  it("says every finding in both languages, with a known category", () => {
    for (const f of findings) {
      expect(["layout", "hierarchy", "numbering", "percent", "target", "spelling", "nomenclature"]).toContain(ruleCategory(f.rule));
      expect(f.sheet).toBe("Lampiran");
      expect(f.message.id).not.toMatch(/\{\w+\}/);
      expect(f.message.en).not.toMatch(/\{\w+\}/);
      expect(f.message.id).not.toBe(f.message.en);
      if (f.hint) expect(f.hint.en).not.toMatch(/\{\w+\}/);
    }
  });
});
