import { parseNumberText } from "../../../src/core/numbers";
import { parseTarget } from "../../../src/core/plan/target";
import { quarterSetOf } from "../../../src/core/plan/quarterSet";
import { analyzeInto } from "../../../src/core/quarters/convention";
import { fallsToTarget, primaryKind, READING, readingMask, type TargetKind } from "../../../src/core/quarters/readings";

function readings(texts: string[], raw: string, kind: TargetKind = "other", satuan?: string): number {
  const set = quarterSetOf({ group: "kinerja", cells: texts.map((_, i) => ({ row: 1, col: i })), readings: texts.map((t) => parseNumberText(t)), texts, percentHint: null });
  const target = parseTarget(raw, satuan);
  return readingMask(analyzeInto(set, target, [0, 0, 0, 0], 0), kind, target);
}

describe("readingMask", () => {
  it("gives the numeric conventions as before", () => {
    expect(readings(["25%", "50%", "75%", "100%"], "12 Bulan")).toBe(0b0001);
    expect(readings(["3", "6", "9", "12"], "12 Bulan")).toBe(0b0100);
  });

  it("adds level and year end when they hold the target", () => {
    expect(readings(["98,95", "98,95", "98,95", "98,95"], "98,95%") & READING.level).not.toBe(0);
    expect(readings(["-", "-", "-", "72"], "72", "other", "Nilai") & READING.yearEnd).not.toBe(0);
    expect(readings(["21,25%", "21,25%", "21,25%", "21,25%"], "12 Bulan")).toBe(0);
  });

  it("drops progress percentages in plain numbers under a score, not under a count", () => {
    expect(readings(["25", "50", "75", "100"], "80,35", "scale", "Nilai Sakip")).toBe(0);
    expect(readings(["25%", "50%", "75%", "100%"], "80,35", "scale", "Nilai Sakip")).toBe(0b0001);
    expect(readings(["25", "50", "75", "100"], "12 Bulan")).toBe(0b0001);
  });

  it("lets numbers fit nothing under a predicate, and the predicate's text fit as a level", () => {
    expect(readings(["10", "40", "60", "80"], "BB", "qualitative")).toBe(0);
    expect(readings(["BB", "BB", "BB", "BB"], "BB", "qualitative")).toBe(READING.level);
    expect(readings(["-", "-", "-", "BB"], "BB", "qualitative")).toBe(READING.yearEnd);
  });

  it("gives a schedule for labels and marks, nothing for a month", () => {
    expect(readings(["Triwulan I", "", "Triwulan III", ""], "4 Laporan")).toBe(READING.schedule);
    expect(readings(["0", "0", "0", "November"], "1 Dokumen")).toBe(0);
  });
});

describe("fallsToTarget", () => {
  it("accepts values never rising to the target, not a level or a rise", () => {
    const t = parseTarget("61");
    expect(fallsToTarget([70, 67, 64, 61], 0, t)).toBe(true);
    expect(fallsToTarget([61, 61, 61, 61], 0, t)).toBe(false);
    expect(fallsToTarget([15, 30, 45, 61], 0, t)).toBe(false);
    expect(fallsToTarget([70, 67, 64, 60], 0, t)).toBe(false);
  });
});

describe("primaryKind", () => {
  // READING_KINDS: 0 cumulative, 1 per quarter, 2 level, 3 year end, 4 schedule, 5 descending.
  it("prefers a schedule, a level, then the table's convention, year end, a fall", () => {
    expect(primaryKind(READING.schedule | READING.level | 0b0001, 0b0001)).toBe(4);
    expect(primaryKind(READING.level | 0b0100, 0b0100)).toBe(2);
    expect(primaryKind(READING.yearEnd | 0b1010, 0b1000)).toBe(1);
    expect(primaryKind(READING.yearEnd | 0b0101, 0)).toBe(3);
    expect(primaryKind(READING.descending | 0b0010, 0b0010)).toBe(1);
    expect(primaryKind(READING.descending, 0)).toBe(5);
  });

  it("reads percent and units alike, the first convention when the table has none", () => {
    expect(primaryKind(0b0110, 0)).toBe(1);
    expect(primaryKind(0b0100, 0)).toBe(0);
    expect(primaryKind(0b1100, 0b1000)).toBe(1);
    expect(primaryKind(0b0001, 0)).toBe(primaryKind(0b0100, 0));
  });
});

describe("readingMask of qualitative quarters", () => {
  it("matches a quarter's grade with the target's grade or its explanation in brackets", () => {
    expect(readings(["BB", "BB", "BB", "BB"], "BB (Sangat Baik)", "qualitative")).toBe(READING.level);
    expect(readings(["Sangat Baik", "Sangat Baik", "Sangat Baik", "Sangat Baik"], "BB (Sangat Baik)", "qualitative")).toBe(READING.level);
    expect(readings(["WTP", "WTP", "WTP", "WTP"], "Opini WTP", "qualitative")).toBe(READING.level);
    expect(readings(["-", "-", "-", "WTP"], "Opini WTP", "qualitative")).toBe(READING.yearEnd);
    expect(readings(["BB", "BB", "BB", "BB"], "A (Memuaskan)", "qualitative")).toBe(0);
    expect(readings(["-", "WTP", "WTP", "WTP"], "Opini WTP", "qualitative")).toBe(0b0100);
    expect(readings(["0", "", "BB", "BB"], "BB", "qualitative")).toBe(0b0100);
    expect(readings(["-", "WTP", "WDP", "WTP"], "WTP", "qualitative")).toBe(0);
  });

  it("reads ranges and bounds by their numbers, held or rising to the target's", () => {
    expect(readings(["≥ 80", "≥ 80", "≥ 80", "≥ 80"], "≥ 80", "qualitative")).toBe(READING.level);
    expect(readings(["80 s.d. 90", "80-90", "80 - 90", "80 s/d 90"], "80 s.d. 90", "qualitative")).toBe(READING.level);
    expect(readings(["≥ 70", "≥ 75", "≥ 78", "≥ 80"], "Minimal 80", "qualitative")).toBe(0b0100);
    expect(readings(["≥ 70", "≥ 70", "≥ 70", "≥ 70"], "≥ 80", "qualitative")).toBe(0);
    expect(readings(["≥ 80", "≥ 78", "≥ 75", "≥ 80"], "≥ 80", "qualitative")).toBe(0);
    expect(readings(["≥ 70", "≥ 75", "70 - 80", "≥ 80"], "≥ 80", "qualitative")).toBe(0);
  });

  it("lets levels rise to the target's level, written with the word or as roman numerals, never fall or be summed", () => {
    expect(readings(["Level 1", "Level 2", "Level 2", "Level 3"], "Level 3", "qualitative")).toBe(0b0100);
    expect(readings(["Level I", "Level II", "Level II", "Level III"], "Level 3", "qualitative")).toBe(0b0100);
    expect(readings(["Level 3", "Level 3", "Level 3", "Level 3"], "Level 3", "qualitative")).toBe(READING.level | 0b0100);
    expect(readings(["Level 3", "Level 2", "Level 1", "Level 1"], "Level 3", "qualitative")).toBe(0);
    expect(readings(["Level 1", "Level 1", "Level 1", "Level 0"], "Level 3", "qualitative")).toBe(0);
    expect(readings(["1", "1", "0", "1"], "Level 3", "qualitative")).toBe(0);
    expect(readings(["10", "40", "60", "80"], "BB", "qualitative")).toBe(0);
  });
});
