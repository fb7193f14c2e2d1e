import { parseNumberText } from "../../../src/core/numbers";
import { parseTarget } from "../../../src/core/plan/target";
import { quarterSetOf } from "../../../src/core/plan/quarterSet";
import { analyzeInto } from "../../../src/core/quarters/convention";
import { fallsToTarget, primaryKind, primaryReading, READING, readingMask, type TargetKind } from "../../../src/core/quarters/readings";

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

describe("primaryReading", () => {
  it("prefers a schedule, a level, then the table's convention", () => {
    expect(primaryReading(READING.level | 0b0100, 0b0100)).toBe("level");
    expect(primaryReading(READING.yearEnd | 0b1010, 0b1000)).toBe("unitsPerQuarter");
    expect(primaryReading(READING.yearEnd | 0b0101, 0)).toBe("yearEnd");
    expect(primaryReading(0b0110, 0)).toBe("percentPerQuarter");
  });
});

describe("primaryKind", () => {
  it("agrees with primaryReading, percent and units alike", () => {
    const kindOf = { percentCumulative: 0, unitsCumulative: 0, percentPerQuarter: 1, unitsPerQuarter: 1, level: 2, yearEnd: 3, schedule: 4, descending: 5 };
    for (let mask = 1; mask < 256; mask++) {
      for (const dominant of [0, 1, 2, 4, 8]) expect([mask, dominant, primaryKind(mask, dominant & mask)]).toEqual([mask, dominant, kindOf[primaryReading(mask, dominant & mask)]]);
    }
  });
});
