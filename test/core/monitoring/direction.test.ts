/**
 * Direction inference (higher or lower is better) on real indicator names labelled by hand
 * (test/fixtures/monitoring/indicator-directions.tsv). Measured: 145 of 147 right (98.6 %);
 * 6 of the 8 lower-is-better indicators found. Missed: "% ibu hamil KEK" (the abbreviation of
 * kurang energi kronis) and "Volume / Capacity (VC) Ratio"; the sheet shows each row's direction
 * and reason, and the user changes what is wrong.
 */
import * as fs from "fs";
import * as path from "path";
import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import { directionWord } from "../../../src/core/plan/measure";
import { monitorRows } from "../../../src/core/monitoring/rows";

const LIST = fs.readFileSync(path.join(__dirname, "../../fixtures/monitoring/indicator-directions.tsv"), "utf8")
  .split("\n").filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.split("\t") as ["naik" | "turun", string]);

describe("direction inferred from the indicator's words", () => {
  it("on real indicator names: accuracy and lower-is-better recall", () => {
    const wrong = LIST.filter(([label, name]) => (directionWord(name).lower ? "turun" : "naik") !== label);
    const lower = LIST.filter(([label]) => label === "turun");
    const found = lower.filter(([, name]) => directionWord(name).lower);
    const accuracy = 1 - wrong.length / LIST.length;
    expect(LIST.length).toBeGreaterThan(140);
    expect(lower.length).toBeGreaterThanOrEqual(8);
    expect(accuracy).toBeGreaterThanOrEqual(0.98);
    expect(found.length / lower.length).toBeGreaterThanOrEqual(0.75);
    // No higher-is-better indicator is read as lower-is-better: a wrong "turun" inverts a capaian silently.
    expect(wrong.filter(([label]) => label === "naik").map(([, n]) => n)).toEqual([]);
  });

  it("says which word decided, in either direction", () => {
    expect(directionWord("Angka Kematian Ibu")).toEqual({ lower: true, word: "Kematian" });
    expect(directionWord("Prevalensi stunting")).toEqual({ lower: true, word: "Prevalensi" });
    expect(directionWord("Tingkat pengangguran terbuka")).toEqual({ lower: true, word: "pengangguran" });
    expect(directionWord("Rata-rata waktu tempuh")).toEqual({ lower: true, word: "waktu" });
    expect(directionWord("Persentase kasus kekerasan yang tertangani")).toEqual({ lower: false, word: "tertangani" });
    expect(directionWord("Cakupan penemuan kasus TBC")).toEqual({ lower: false, word: "Cakupan" });
    expect(directionWord("Jumlah IKM yang dibina")).toEqual({ lower: false, word: null });
  });

  it("a monitoring row takes its counting from its quarters and its direction from its words or falling targets", () => {
    const text = fs.readFileSync(path.join(__dirname, "../../fixtures/monitoring/plan-mixed-2026.tsv"), "utf8");
    const rows = monitorRows(analyzeGrids(gridsFromSource(text)).plans[0]);
    const by = (start: string) => rows.find((r) => r.indicator.startsWith(start))!;
    expect(rows).toHaveLength(12);
    expect(by("Persentase desa")).toMatchObject({ counting: "kumulatif", direction: "naik", directionWhy: null });
    expect(by("Angka kematian bayi")).toMatchObject({ counting: "level", countingFrom: "descending", direction: "turun", directionWhy: { word: "kematian" } });
    expect(by("Indeks kepuasan")).toMatchObject({ counting: "level", direction: "naik" });
    expect(by("Jumlah ibu hamil")).toMatchObject({ counting: "per triwulan" });
    expect(by("Prevalensi balita")).toMatchObject({ counting: "level", direction: "turun" });
    expect(by("Jumlah bulan layanan")).toMatchObject({ counting: "kumulatif", budgetCell: { row: 15, col: 11 } });
    // Targets linked where the plan cell is a number: the monitoring sheet follows the plan.
    expect(by("Persentase desa").quarters.map((q) => [q.link, q.value])).toEqual([[true, 0.25], [true, 0.5], [true, 0.75], [true, 1]]);
  });
});
