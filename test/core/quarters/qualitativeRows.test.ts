import { CLEAN_UNITS, findingsOf, inCategory, inject } from "../rules/support";

/**
 * Qualitative quarters on one rewritten row of CLEAN_UNITS, through the whole validation: a grade,
 * a range or a level in the quarter cells is read as plan/grade.ts reads the target.
 */
const SASARAN_2 = "Jumlah usaha mikro yang naik kelas\t120\tUnit Usaha\t20\t30\t40\t30";
const row15 = (indicator: string, target: string, quarters: string) => inject(CLEAN_UNITS, SASARAN_2, `${indicator}\t${target}\t${quarters}`);
const found = (indicator: string, target: string, quarters: string) =>
  inCategory(findingsOf(row15(indicator, target, quarters)), "percent").filter((f) => f.rule !== "percent.mixedReadings").map((f) => `${f.rule}:${f.severity}`);
const four = (t: string) => [t, t, t, t].join("\t");

describe("qualitative quarters against their target", () => {
  it("accepts the grade every quarter under a target that explains it or names its scale", () => {
    expect(found("Nilai SAKIP", "BB (Sangat Baik)\tPredikat", four("BB"))).toEqual([]);
    expect(found("Nilai SAKIP", "BB (Sangat Baik)\tPredikat", four("Sangat Baik"))).toEqual([]);
    expect(found("Opini BPK", "Opini WTP\tOpini", four("WTP"))).toEqual([]);
    expect(found("Opini BPK", "Opini WTP\tOpini", "-\t-\t-\tWTP")).toEqual([]);
  });

  it("accepts the target's grade reached in a later quarter and held to TW IV, as numbers held from there fit", () => {
    expect(found("Opini BPK", "WTP\tPredikat", "-\tWTP\tWTP\tWTP")).toEqual([]);
    expect(found("Nilai SAKIP", "BB\tPredikat", "\t\tBB\tBB")).toEqual([]);
    expect(found("Opini BPK", "WTP\tPredikat", "-\tWDP\tWDP\tWDP")).toEqual(["percent.noConvention:error"]);
    // Measured in some quarters, TW IV among them, as the level "72 / - / 72 / 72" is (rules/conventions.test.ts).
    expect(found("Opini BPK", "WTP\tPredikat", "WTP\tWTP\t-\tWTP")).toEqual([]);
  });

  it("reads grades rising to the target's grade by TW IV as cumulative, as levels and indices rising in numbers are", () => {
    expect(found("Indeks kepuasan", "80\tIndeks", "70\t75\t78\t80")).toEqual([]);
    expect(found("Nilai SAKIP", "BB\tPredikat", "B\tB\tBB\tBB")).toEqual([]);
    expect(found("Nilai SAKIP", "BB\tPredikat", "C\tB\tB\tBB")).toEqual([]);
    expect(found("Nilai SAKIP", "BB (Sangat Baik)\tPredikat", "B (Baik)\tB (Baik)\tBB (Sangat Baik)\tBB (Sangat Baik)")).toEqual([]);
    expect(found("Opini BPK", "WTP\tPredikat", "WDP\tWDP\tWTP\tWTP")).toEqual([]);
    expect(found("Opini BPK", "WTP\tPredikat", "-\tWDP\tWTP\tWTP")).toEqual([]);
    expect(found("Akreditasi Puskesmas", "Paripurna\tPredikat", "Madya\tUtama\tUtama\tParipurna")).toEqual([]);
    expect(found("Tingkat maturitas SPIP", "Level 3\tLevel", "Level 2\tLevel 2\tLevel 3\tLevel 3")).toEqual([]);
  });

  it("keeps grades that fall, end past the target or elsewhere, or mix scales an error", () => {
    expect(found("Nilai SAKIP", "BB\tPredikat", "BB\tBB\tB\tB")).toEqual(["percent.noConvention:error"]);
    expect(found("Nilai SAKIP", "BB\tPredikat", "B\tBB\tB\tBB")).toEqual(["percent.noConvention:error"]);
    expect(found("Nilai SAKIP", "BB\tPredikat", "B\tBB\tA\tA")).toEqual(["percent.noConvention:error"]);
    expect(found("Nilai SAKIP", "BB\tPredikat", "B\tB\tB\tB")).toEqual(["percent.noConvention:error"]);
    expect(found("Opini BPK", "WTP\tPredikat", "WTP\tWDP\tWTP\tWTP")).toEqual(["percent.noConvention:error"]);
    expect(found("Nilai SAKIP", "BB\tPredikat", "Baik\tBaik\tBB\tBB")).toEqual(["percent.noConvention:error"]);
  });

  it("still says when the quarters hold another grade", () => {
    expect(found("Nilai SAKIP", "BB (Sangat Baik)\tPredikat", four("A"))).toEqual(["percent.noConvention:error"]);
    expect(found("Opini BPK", "Opini WTP\tOpini", four("WDP"))).toEqual(["percent.noConvention:error"]);
  });

  it("reads range and at-least cells as the target reads them, not as unreadable cells", () => {
    expect(found("Persentase kepatuhan", "≥ 80\tPersen", four("≥ 80"))).toEqual([]);
    expect(found("Indeks kepuasan", "80 s.d. 90\tNilai", four("80 s.d. 90"))).toEqual([]);
    expect(found("Indeks kepuasan", "80 s.d. 90\tNilai", four("80 - 90"))).toEqual([]);
    expect(found("Persentase kepatuhan", "≥ 80\tPersen", "≥ 70\t≥ 75\t≥ 78\t≥ 80")).toEqual([]);
    expect(found("Persentase kepatuhan", "≥ 80\tPersen", four("≥ 70"))).toEqual(["percent.noConvention:error"]);
  });

  it("reads numbers rising to the target's bound written in TW IV as the target writes it (20% / 40% / 60% / ≥ 80% under ≥ 80%) as cumulative", () => {
    expect(found("Persentase kepatuhan", "≥ 80%\t", "20%\t40%\t60%\t≥ 80%")).toEqual([]);
    expect(found("Persentase kepatuhan", "≥ 80\tPersen", "20\t40\t60\t≥ 80")).toEqual([]);
    // Falling numbers, numbers past the bound, or a bound other than the target's still fit nothing.
    expect(found("Persentase kepatuhan", "≥ 80\tPersen", "40\t20\t60\t≥ 80")).toEqual(["percent.noConvention:error"]);
    expect(found("Persentase kepatuhan", "≥ 80\tPersen", "20\t40\t90\t≥ 80")).toEqual(["percent.noConvention:error"]);
    expect(found("Persentase kepatuhan", "≥ 80\tPersen", "20\t40\t60\t≥ 70")).toEqual(["percent.noConvention:error"]);
  });

  it("gives levels rising to the target at most the warning the same levels get as numbers", () => {
    const asNumbers = found("Tingkat maturitas SPIP", "3\tLevel", "1\t2\t2\t3");
    expect(asNumbers.every((f) => f.endsWith(":warning"))).toBe(true);
    for (const quarters of ["Level 1\tLevel 2\tLevel 2\tLevel 3", "Level I\tLevel II\tLevel II\tLevel III"]) {
      const asWords = found("Tingkat maturitas SPIP", "Level 3\tLevel", quarters);
      expect(asWords.filter((f) => f.endsWith(":error"))).toEqual([]);
      expect(asWords.length).toBeLessThanOrEqual(asNumbers.length);
    }
    expect(found("Tingkat maturitas SPIP", "Level 3\tLevel", "Level 3\tLevel 2\tLevel 1\tLevel 1")).toEqual(["percent.noConvention:error"]);
  });

  it("keeps a month in a quarter cell an error", () => {
    expect(found("Jumlah dokumen", "1\tDokumen", "-\t-\t-\tBulan Nopember")).toEqual(["percent.month:error"]);
  });
});
