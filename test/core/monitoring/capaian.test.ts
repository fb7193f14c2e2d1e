import { bandOf, cumulativeCapaian, DEFAULT_THRESHOLDS, quarterCapaian, readCounting, readDirection, readFormula, type CapaianRule, type Num } from "../../../src/core/monitoring/capaian";

const rule = (over: Partial<CapaianRule> = {}): CapaianRule => ({ direction: "naik", counting: "kumulatif", formula: 3, ...over });

describe("capaian, worked by hand", () => {
  it("kumulatif: quarter q's cumulative cells, per quarter and to date alike", () => {
    // 12 Bulan: 3 / 6 / 9 / 12 planned, 2 / 6 / 10 done.
    const t = [3, 6, 9, 12];
    const r: Num[] = [2, 6, 10, null];
    expect(quarterCapaian(t, r, 0, rule())).toBeCloseTo(2 / 3, 12);
    expect(cumulativeCapaian(t, r, 0, rule())).toBeCloseTo(0.6667, 4);
    expect(cumulativeCapaian(t, r, 1, rule())).toBe(1);
    expect(cumulativeCapaian(t, r, 2, rule())).toBeCloseTo(10 / 9, 12);
    expect(cumulativeCapaian(t, r, 3, rule())).toBeNull(); // TW IV not reported yet
  });

  it("per triwulan: to date adds the quarters' targets and realisasi", () => {
    // 1.200 Orang as 300 a quarter; 250, 320, 300 served.
    const t = [300, 300, 300, 300];
    const r = [250, 320, 300, null];
    const c = rule({ counting: "per triwulan" });
    expect(quarterCapaian(t, r, 1, c)).toBeCloseTo(320 / 300, 12);
    expect(cumulativeCapaian(t, r, 1, c)).toBeCloseTo(570 / 600, 12); // 95 %
    expect(cumulativeCapaian(t, r, 2, c)).toBeCloseTo(870 / 900, 12);
  });

  it("level: each quarter against its own level, never added up", () => {
    const t = [85, 85, 85, 85];
    const r = [80, 90, null, null];
    expect(cumulativeCapaian(t, r, 1, rule({ counting: "level" }))).toBeCloseTo(90 / 85, 12);
    expect(quarterCapaian(t, r, 0, rule({ counting: "level" }))).toBeCloseTo(80 / 85, 12);
  });

  describe("lower is better, each of the three formulas", () => {
    // Angka kematian bayi: target 11 / 10 / 9 / 8, realisasi 12, 10, 0.
    const t = [11, 10, 9, 8];
    const r = [12, 10, 0, null];
    const lower = (formula: number, counting: CapaianRule["counting"] = "level") => rule({ direction: "turun", formula, counting });

    it("1: T / R", () => {
      expect(quarterCapaian(t, r, 0, lower(1))).toBeCloseTo(11 / 12, 12); // 91,67 %
      expect(quarterCapaian(t, r, 1, lower(1))).toBe(1);
      expect(quarterCapaian(t, r, 2, lower(1))).toBeNull(); // R = 0: T / R has no value, never #DIV/0!
    });
    it("2: T / R of the quarter itself, also to date under per triwulan", () => {
      const c = lower(2, "per triwulan");
      expect(cumulativeCapaian(t, r, 1, c)).toBe(1); // 10 / 10, not (11 + 10) / (12 + 10)
      expect(cumulativeCapaian(t, r, 1, lower(1, "per triwulan"))).toBeCloseTo(21 / 22, 12);
    });
    it("3: (2T - R) / T, the guidance's special condition", () => {
      expect(quarterCapaian(t, r, 0, lower(3))).toBeCloseTo((22 - 12) / 11, 12); // 90,91 %
      expect(quarterCapaian(t, r, 2, lower(3))).toBe(2); // R = 0: 200 %
      expect(quarterCapaian([2], [5], 0, lower(3))).toBeCloseTo(-0.5, 12); // far worse than planned: below zero, as the formula says
    });
    it("a formula outside 1-3 computes nothing (the sheet's CHOOSE fails the same way)", () => {
      expect(quarterCapaian(t, r, 0, lower(4))).toBeNull();
      expect(quarterCapaian(t, r, 0, rule({ formula: 4 }))).toBeCloseTo(12 / 11, 12); // higher is better ignores it
    });
  });

  it("zero, missing and text targets or realisasi give no capaian, never a division by zero", () => {
    expect(quarterCapaian([0, 0, 0, 1], [0, 0, 0, 1], 0, rule())).toBeNull(); // year end: nothing planned in TW I
    expect(quarterCapaian([0, 0, 0, 1], [0, 0, 0, 1], 3, rule())).toBe(1);
    expect(quarterCapaian([null, 5, 5, 5], [3, 3, 3, 3], 0, rule())).toBeNull(); // a text target ("Triwulan I")
    expect(quarterCapaian([5, 5, 5, 5], [null, 3, 3, 3], 0, rule())).toBeNull(); // realisasi not a number
    expect(cumulativeCapaian([0, 0, 0, 0], [1, 1, 1, 1], 3, rule({ counting: "per triwulan" }))).toBeNull();
    expect(cumulativeCapaian([5, 5, 5, 5], [null, 3, null, null], 1, rule({ counting: "per triwulan" }))).toBeCloseTo(3 / 10, 12); // a text quarter adds nothing, as SUM
  });

  it("bands at the default thresholds, edges included", () => {
    expect(bandOf(1)).toBe("achieved");
    expect(bandOf(0.9999)).toBe("near");
    expect(bandOf(0.9)).toBe("near");
    expect(bandOf(0.8999)).toBe("partly");
    expect(bandOf(0.7)).toBe("partly");
    expect(bandOf(0.6999)).toBe("not");
    expect(bandOf(null)).toBeNull();
    expect(bandOf(0.95, { ...DEFAULT_THRESHOLDS, achieved: 0.95 })).toBe("achieved");
  });

  it("reads direction, counting and formula cells as the formulas compare them (TRIM, case ignored), never guessing", () => {
    expect(readDirection("TURUN")).toBe("turun");
    expect(readDirection(" turun ")).toBe("turun"); // the formulas TRIM
    expect(readDirection("Naik")).toBe("naik");
    for (const typo of ["tutun", "turun.", "tu run", "\u00a0turun", "", null, 1]) expect(readDirection(typo)).toBeNull();
    expect(readCounting("Per  Triwulan")).toBe("per triwulan"); // TRIM makes runs of spaces one
    expect(readCounting("level")).toBe("level");
    for (const typo of ["kumulatip", "pertriwulan", null, 4]) expect(readCounting(typo)).toBeNull();
    expect([1, 2, 3].map(readFormula)).toEqual([1, 2, 3]);
    for (const bad of ["2", 2.5, 0, 4, null, ""]) expect(readFormula(bad)).toBeNull();
  });

  it("an unread Arah computes nothing; an unread Penghitungan no capaian to date, the quarter's own still", () => {
    const t = [3, 6, 9, 12];
    const r: Num[] = [2, 6, null, null];
    expect(quarterCapaian(t, r, 0, rule({ direction: null }))).toBeNull();
    expect(cumulativeCapaian(t, r, 1, rule({ direction: null }))).toBeNull();
    expect(quarterCapaian(t, r, 0, rule({ counting: null }))).toBeCloseTo(2 / 3, 12);
    expect(cumulativeCapaian(t, r, 1, rule({ counting: null }))).toBeNull();
  });
});
