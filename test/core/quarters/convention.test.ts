import fc from "fast-check";
import {
  analyzeInto, analyzeQuarters, conventionBit, CONVENTIONS, dominantConvention, isPercentConvention, PERCENT_TOLERANCE, SHAPE, UNITS_TOLERANCE,
  type Convention, type QuarterAnalysis,
} from "../../../src/core/quarters/convention";
import { parseNumberText, readCell } from "../../../src/core/numbers";
import { parseTarget } from "../../../src/core/plan/target";
import type { QuarterSet } from "../../../src/core/plan/types";
import { quarterSetOf } from "../../../src/core/plan/quarterSet";
import { votingFits } from "../../../src/core/quarters/packed";

/** A quarter set from four display texts (numbers as text, as pasted). */
function set(texts: string[], percentHint: boolean | null = null): QuarterSet {
  return quarterSetOf({
    group: "kinerja",
    cells: texts.map((_, i) => ({ row: 10, col: 6 + i })),
    readings: texts.map((t) => parseNumberText(t)),
    texts,
    percentHint,
  });
}

const target = (raw: string) => parseTarget(raw);

/**
 * The four conventions as DOMAIN.md states them, one at a time: the reference the engine's
 * one-pass check (analyzeQuarters) is held to. Negative or non-finite values fit nothing;
 * units conventions need the target's quantity (0 is one: "0 Kasus", zeros every quarter).
 */
function fitsConvention(values: readonly number[], convention: Convention, quantity: number | null): boolean {
  if (values.length !== 4 || values.some((v) => !Number.isFinite(v) || v < 0)) return false;
  const rising = values.every((v, i) => i === 0 || v >= values[i - 1] - 1e-9);
  const sum = values[0] + values[1] + values[2] + values[3];
  const nearPercent = (x: number) => Math.abs(x - 100) <= PERCENT_TOLERANCE + 1e-9;
  const nearUnits = (x: number) => quantity !== null && quantity >= 0 && Math.abs(x - quantity) <= UNITS_TOLERANCE * quantity + 1e-9;
  switch (convention) {
    case "percentCumulative":
      return rising && nearPercent(values[3]);
    case "percentPerQuarter":
      return nearPercent(sum);
    case "unitsCumulative":
      return rising && nearUnits(values[3]);
    case "unitsPerQuarter":
      return nearUnits(sum);
  }
}

describe("analyzeQuarters", () => {
  it("reads percent cumulative 25/50/75/100%", () => {
    const a = analyzeQuarters(set(["25%", "50%", "75%", "100%"]), target("12 Bulan"));
    expect(a.values).toEqual([25, 50, 75, 100]);
    expect(a.percent).toBe(true);
    expect(a.fits).toEqual(["percentCumulative"]);
    expect(a.sum).toBe(250);
    expect(a.last).toBe(100);
  });

  it("reads percent per quarter 25% x4", () => {
    expect(analyzeQuarters(set(["25%", "25%", "25%", "25%"]), target("12 Bulan")).fits).toEqual(["percentPerQuarter"]);
  });

  it("finds that 21,25% x4 fits nothing (sums to 85)", () => {
    const a = analyzeQuarters(set(["21,25%", "21,25%", "21,25%", "21,25%"]), target("12 Bulan"));
    expect(a.fits).toEqual([]);
    expect(a.sum).toBeCloseTo(85);
  });

  it("counts dashes and empty cells as 0", () => {
    const a = analyzeQuarters(set(["0,5%", "11,2%", "4,8%", "-"]), target("100 Unit Usaha"));
    expect(a.values).toEqual([0.5, 11.2, 4.8, 0]);
    expect(a.empty).toEqual([false, false, false, true]);
    expect(a.sum).toBeCloseTo(16.5);
    expect(a.fits).toEqual([]);
  });

  it("says a row of dashes is all empty and fits nothing", () => {
    const a = analyzeQuarters(set(["-", "–", "", "-"]), target("50 Unit"));
    expect(a.allEmpty).toBe(true);
    expect(a.fits).toEqual([]);
  });

  it("lists unreadable cells and fits nothing then, keeping percent from their text", () => {
    const a = analyzeQuarters(set(["21,2 5%", "21,25 %", "2 1,25 5 %", "1 2"]), target("7 Dokumen"));
    expect(a.invalid).toEqual([0, 2, 3]);
    expect(a.percent).toBe(true);
    expect(a.fits).toEqual([]);
  });

  it("tells units from percent by the values when the cells say nothing", () => {
    const cum = analyzeQuarters(set(["3", "6", "9", "12"]), target("12 Bulan"));
    expect(cum.percent).toBe(false);
    expect(cum.fits).toEqual(["unitsCumulative"]);
    const per = analyzeQuarters(set(["3", "3", "3", "3"]), target("12 Bulan"));
    expect(per.fits).toEqual(["unitsPerQuarter"]);
    const pct = analyzeQuarters(set(["25", "50", "75", "100"]), target("12 Bulan"));
    expect(pct.percent).toBe(true);
    expect(pct.fits).toEqual(["percentCumulative"]);
  });

  it("reads a row by the target's equivalent in parentheses when it fits that and not the target", () => {
    expect(analyzeQuarters(set(["3 bulan", "6 bulan", "9 bulan", "12 bulan"]), target("100% (12 bulan)")).fits).toEqual(["unitsCumulative"]);
    expect(analyzeQuarters(set(["3", "3", "3", "3"]), target("100% (12 Bulan)")).fits).toEqual(["unitsPerQuarter"]);
    // the target's own reading first: a row that fits the target reads as it did without the parentheses
    const progress = set(["25%", "50%", "75%", "100%"]);
    expect(analyzeQuarters(progress, target("100% (12 bulan)"))).toEqual(analyzeQuarters(progress, target("100%")));
    // fitting neither is no reading, as without the parentheses
    expect(analyzeQuarters(set(["3", "6", "9", "10"]), target("100% (12 bulan)")).fits).toEqual([]);
  });

  it("lists every convention a row fits", () => {
    expect(analyzeQuarters(set(["0%", "0%", "0%", "100%"]), target("1 Paket")).fits).toEqual(["percentCumulative", "percentPerQuarter"]);
    expect(analyzeQuarters(set(["0", "0", "100", "100"]), target("1 Paket")).fits).toEqual(["percentCumulative"]);
    expect(analyzeQuarters(set(["100", "0", "0", "0"]), target("1 Paket")).fits).toEqual(["percentPerQuarter"]);
    const both = analyzeQuarters(set(["25", "50", "75", "100"]), target("100"));
    expect(both.fits).toEqual(["percentCumulative", "unitsCumulative"]);
    expect(both.percent).toBeNull();
  });

  it("lets percentages be units when the target is a percentage (9,7%)", () => {
    const a = analyzeQuarters(set(["2,4%", "4,9%", "7,5%", "9,7%"]), target("9,7%"));
    expect(a.fits).toEqual(["unitsCumulative"]);
    const hundred = analyzeQuarters(set(["25%", "50%", "75%", "100%"]), target("100 %"));
    expect(hundred.fits).toEqual(["percentCumulative", "unitsCumulative"]);
  });

  it("does not read percent cells as units of a non-percent target", () => {
    expect(analyzeQuarters(set(["3%", "6%", "9%", "12%"]), target("12 Bulan")).fits).toEqual([]);
  });

  it("follows the header hint when the cells are plain numbers", () => {
    const a = analyzeQuarters(set(["25", "50", "75", "100"], true), target("12 Bulan"));
    expect(a.percent).toBe(true);
    expect(a.fits).toEqual(["percentCumulative"]);
    expect(analyzeQuarters(set(["10", "20", "30", "30"], true), target("100%")).percent).toBe(true);
  });

  it("reads plain numbers in the target's unit under a percent header when no percentage fits (the header is wrong)", () => {
    const a = analyzeQuarters(set(["3", "6", "9", "12"], true), target("12 Bulan"));
    expect(a.percent).toBe(false);
    expect(a.fits).toEqual(["unitsCumulative"]);
    expect(a.shape & SHAPE.declaredPercent).not.toBe(0);
    // Fitting neither: the header stands.
    expect(analyzeQuarters(set(["3", "6", "9", "10"], true), target("12 Bulan")).percent).toBe(true);
    expect(analyzeQuarters(set(["0", "50", "0", "150"], true), target("2 Forum")).percent).toBe(true);
  });

  it("reads numbers with a percent format (0.25 shown 25%)", () => {
    const s: QuarterSet = quarterSetOf({
      group: "kinerja",
      cells: [0, 1, 2, 3].map((i) => ({ row: 10, col: 6 + i })),
      readings: [0.25, 0.5, 0.75, 1].map((v) => readCell(v, `${v * 100}%`, "0%")),
      texts: ["25%", "50%", "75%", "100%"],
      percentHint: null,
    });
    const a = analyzeQuarters(s, target("4 Dokumen"));
    expect(a.values).toEqual([25, 50, 75, 100]);
    expect(a.percentCells).toEqual([true, true, true, true]);
    expect(a.fits).toEqual(["percentCumulative"]);
  });

  it("applies the tolerances: 0.01 on percent sums, 0.5% relative on units", () => {
    expect(analyzeQuarters(set(["33,33%", "33,33%", "33,33%", "0%"]), null).fits).toEqual(["percentPerQuarter"]);
    expect(analyzeQuarters(set(["33%", "33%", "33%", "0%"]), null).fits).toEqual([]);
    expect(analyzeQuarters(set(["250", "250", "250", "1248"]), target("2000 Dokumen")).fits).toContain("unitsPerQuarter");
    expect(analyzeQuarters(set(["250", "250", "250", "1230"]), target("2000 Dokumen")).fits).not.toContain("unitsPerQuarter");
    expect(analyzeQuarters(set(["1", "2", "3", "4"]), target("Dokumen")).fits).toEqual([]);
    expect(analyzeQuarters(set(["-10%", "50%", "60%", "100%"]), null).fits).toEqual([]);
  });
});

describe("analyzeQuarters: the row's shape", () => {
  const shape = (texts: string[], raw: string | null) => analyzeQuarters(set(texts), raw === null ? null : target(raw)).shape;

  it("says when every quarter holds the same value, and whether it is the target", () => {
    expect(shape(["72", "72", "72", "72"], "72 Nilai")).toBe(SHAPE.constant | SHAPE.matchesTarget);
    expect(shape(["3", "3", "3", "3"], "12 Bulan")).toBe(SHAPE.constant);
    expect(shape(["3", "3", "3", "3"], "Level 3")).toBe(SHAPE.constant | SHAPE.matchesTarget); // the target's one number
    expect(shape(["0", "0", "0", "0"], "12 Bulan")).toBe(0);
  });

  it("says when only TW IV is filled, and whether it is the target", () => {
    expect(shape(["-", "", "0", "72"], "72 Nilai")).toBe(SHAPE.yearEnd | SHAPE.matchesTarget);
    expect(shape(["-", "-", "-", "70"], "72 Nilai")).toBe(SHAPE.yearEnd);
    expect(shape(["1", "-", "-", "72"], "72 Nilai")).toBe(0);
  });

  it("reads quarter labels in their own column and marks as a schedule, a label elsewhere as misplaced", () => {
    const a = analyzeQuarters(set(["Triwulan I", "-", "TW III", ""]), target("4 Laporan"));
    expect(a.shape).toBe(SHAPE.schedule);
    expect(a.textCells).toEqual([true, false, true, false]);
    expect(a.invalid).toEqual([]);
    expect(a.fits).toEqual([]);
    expect(shape(["v", "√", "x", "0"], null)).toBe(SHAPE.schedule);
    expect(shape(["Triwulan II", "", "", ""], null) & SHAPE.misplacedLabel).not.toBe(0);
  });

  it("reads predicates as text, the same every quarter or only in TW IV, against the target's text", () => {
    expect(shape(["BB", "BB", "bb", "BB"], "BB")).toBe(SHAPE.words | SHAPE.constant | SHAPE.matchesTarget);
    expect(shape(["-", "-", "-", "BB"], "BB")).toBe(SHAPE.words | SHAPE.yearEnd | SHAPE.matchesTarget);
    expect(shape(["A", "A", "A", "A"], "BB")).toBe(SHAPE.words | SHAPE.constant);
    expect(shape(["A", "BB", "A", "A"], "BB")).toBe(SHAPE.words);
  });

  it("flags a month name, and reads numbers written with a unit word", () => {
    expect(shape(["0", "0", "0", "November"], "November") & SHAPE.month).not.toBe(0);
    const a = analyzeQuarters(set(["1 dokumen", "3 dokumen", "2 dokumen", "1 dokumen"]), target("7 Dokumen"));
    expect(a.values).toEqual([1, 3, 2, 1]);
    expect(a.shape & SHAPE.unitWord).not.toBe(0);
    expect(a.fits).toEqual(["unitsPerQuarter"]);
  });

  it("marks rows whose cells say percent", () => {
    expect(shape(["25%", "50%", "75%", "100%"], "72 Nilai") & SHAPE.declaredPercent).not.toBe(0);
    expect(analyzeQuarters(set(["25", "50", "75", "100"], true), target("72 Nilai")).shape & SHAPE.declaredPercent).not.toBe(0);
    expect(shape(["25", "50", "75", "100"], "72 Nilai") & SHAPE.declaredPercent).toBe(0);
  });
});

describe("analyzeQuarters against fitsConvention", () => {
  // analyzeQuarters checks the four conventions in one pass; fitsConvention is the readable
  // statement of each. Whatever the values, the target and the percent hint, they must agree.
  const number = fc.oneof(
    fc.constantFrom(0, 25, 50, 75, 100, 33.33, 33.34, 3, 6, 9, 12, -1),
    fc.double({ min: -10, max: 200, noNaN: true }),
  );
  it("fits exactly the conventions fitsConvention accepts and the percent/units reading allows", () => {
    fc.assert(fc.property(
      fc.array(number, { minLength: 4, maxLength: 4 }), fc.boolean(), fc.constantFrom(null, true, false),
      fc.constantFrom("12 Bulan", "100%", "9,7%", "250 Dokumen", "0 Dokumen", "-", "12"),
      (values, withPercentSign, hint, rawTarget) => {
        const texts = values.map((v) => `${String(v).replace(".", ",")}${withPercentSign ? "%" : ""}`);
        const s = set(texts, hint);
        const t = target(rawTarget);
        const a = analyzeQuarters(s, t);
        const quantity = t.unreadable ? null : t.quantity;
        const declared = withPercentSign ? true : hint;
        const allowed = (c: (typeof CONVENTIONS)[number]) =>
          isPercentConvention(c) ? declared !== false : quantity !== null && (declared !== true || t.percent);
        const read = s.readings().map((r) => (r.kind === "number" ? r.value : 0));
        let expected = s.readings().some((r) => r.kind === "invalid") ? [] : CONVENTIONS.filter((c) => allowed(c) && fitsConvention(read, c, quantity));
        // Only the header says "(%)" over plain numbers that fit no percentage, under a target in units: the row
        // is read in the target's unit when it fits it (DOMAIN.md; percent.headerUnits says so), unless it
        // holds the target itself every quarter or only in TW IV (a level, then, not a unit count).
        const [q1, q2, q3, q4] = read;
        const holdsTarget = quantity !== null && ((q1 > 0 && q1 === q2 && q2 === q3 && q3 === q4) || (q1 === 0 && q2 === 0 && q3 === 0 && q4 > 0)) && Math.abs(q4 - quantity) <= UNITS_TOLERANCE * Math.abs(quantity) + 1e-9;
        if (expected.length === 0 && !withPercentSign && hint === true && quantity !== null && !t.percent && !holdsTarget && !s.readings().some((r) => r.kind === "invalid")) {
          expected = CONVENTIONS.filter((c) => !isPercentConvention(c) && fitsConvention(read, c, quantity));
        }
        expect(a.fits).toEqual(expected);
      },
    ), { numRuns: 2000 });
  });

  it("needs rising values for the cumulative conventions, in any order of the same values", () => {
    const orders = [[0, 1, 2, 3], [1, 0, 2, 3], [0, 2, 1, 3], [2, 1, 0, 3], [0, 1, 3, 2]];
    for (const [base, raw] of [[[3, 6, 9, 12], "12 Bulan"], [[25, 50, 75, 100], "4 Dokumen"]] as const) {
      for (const order of orders) {
        const values = order.map((i) => base[i]);
        const a = analyzeQuarters(set(values.map(String)), target(raw));
        const rising = values.every((v, i) => i === 0 || v >= values[i - 1]);
        expect(a.fits.includes(base[3] === 12 ? "unitsCumulative" : "percentCumulative")).toBe(rising);
      }
    }
  });
});

describe("analyzeQuarters: counts under a target of 100 things counted", () => {
  it("reads counts adding up to (or rising to) '100 Kasus' in the target's units, not as percentages", () => {
    for (const [values, fit] of [[["40", "30", "20", "10"], "unitsPerQuarter"], [["25", "50", "75", "100"], "unitsCumulative"]] as const) {
      const a = analyzeQuarters(set([...values]), parseTarget("100", "Kasus"));
      expect(a.fits).toEqual([fit]);
      expect(a.percent).toBe(false);
      expect(analyzeQuarters(set([...values]), target("100 Orang")).fits).toEqual([fit]);
    }
  });

  it("keeps both readings open under '100' with no unit, and reads percent under '100%'", () => {
    expect(analyzeQuarters(set(["40", "30", "20", "10"]), target("100")).fits).toEqual(["percentPerQuarter", "unitsPerQuarter"]);
    expect(analyzeQuarters(set(["40", "30", "20", "10"]), target("100%")).fits).toEqual(["percentPerQuarter", "unitsPerQuarter"]);
  });

  it("reads counts summing to 100 under '40 Kasus' as percentages per quarter, and 10 / 20 / 30 / 40 as either", () => {
    expect(analyzeQuarters(set(["40", "30", "20", "10"]), target("40 Kasus")).fits).toEqual(["percentPerQuarter"]);
    expect(analyzeQuarters(set(["10", "20", "30", "40"]), target("40 Kasus")).fits).toEqual(["percentPerQuarter", "unitsCumulative"]);
  });
});

describe("dominantConvention", () => {
  const fits = (...f: QuarterAnalysis["fits"][]) => f.map((x) => ({ fits: x }) as QuarterAnalysis);

  it("takes the convention most unambiguous rows fit", () => {
    expect(dominantConvention(fits(["percentPerQuarter"], ["percentCumulative"], ["percentCumulative"], []))).toBe("percentCumulative");
  });

  it("ignores ambiguous rows unless nothing else decides", () => {
    expect(dominantConvention(fits(
      ["percentCumulative", "percentPerQuarter"], ["percentCumulative", "percentPerQuarter"], ["percentPerQuarter"],
    ))).toBe("percentPerQuarter");
    expect(dominantConvention(fits(["percentPerQuarter", "unitsPerQuarter"], ["unitsPerQuarter", "unitsCumulative"]))).toBe("unitsPerQuarter");
  });

  it("lets no row of text vote: grades rising to the target fit units cumulative but say nothing of the table's numbers", () => {
    const grades = analyzeQuarters(set(["B", "B", "BB", "BB"]), target("BB"));
    expect(grades.fits).toEqual(["unitsCumulative"]);
    const values = [0, 0, 0, 0];
    expect(votingFits(analyzeInto(set(["B", "B", "BB", "BB"]), target("BB"), values, 0))).toBe(0);
    expect(votingFits(analyzeInto(set(["3", "6", "9", "12"]), target("12 Bulan"), values, 0))).toBe(conventionBit("unitsCumulative"));
    const ambiguous = analyzeQuarters(set(["25", "50", "75", "100"]), target("100%"));
    expect(dominantConvention([grades, grades, ambiguous])).toBe("percentCumulative");
  });

  it("breaks ties in the order of the type and says null when nothing fits", () => {
    expect(dominantConvention(fits(["unitsPerQuarter"], ["percentCumulative"]))).toBe("percentCumulative");
    expect(dominantConvention(fits([], []))).toBeNull();
    expect(dominantConvention([])).toBeNull();
  });
});
