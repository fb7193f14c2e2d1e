import { boundsOf, classifyCellText, numberInText, qualitativeKey, targetKeys, textKey } from "../../../src/core/quarters/cellText";

describe("classifyCellText", () => {
  const kind = (t: string) => classifyCellText(t).kind;

  it("reads quarter names, bare roman numerals and prefixed numbers, as the quarter they name", () => {
    for (const [text, quarter] of [["Triwulan I", 0], ["TW II", 1], ["tw.3", 2], ["III", 2], ["Q4", 3], ["Triwulan IV", 3], ["Kuartal 2", 1]] as const) {
      expect([text, classifyCellText(text)]).toMatchObject([text, { kind: "label", quarter }]);
    }
  });

  it("reads ticks and crosses as marks", () => {
    for (const t of ["v", "V", "√", "✓", "x", "X"]) expect([t, kind(t)]).toEqual([t, "mark"]);
  });

  it("finds month names, alone or in words", () => {
    for (const t of ["November", "nopember", "Bulan Maret", "1 Desember 2024"]) expect([t, kind(t)]).toEqual([t, "month"]);
  });

  it("reads one number with a unit word after it, or a scale word before it", () => {
    expect(classifyCellText("1 dokumen")).toMatchObject({ kind: "numberWord", value: 1, unitWord: true, percent: false });
    expect(classifyCellText("1.250 Orang")).toMatchObject({ kind: "numberWord", value: 1250, unitWord: true });
    expect(classifyCellText("Level 3")).toMatchObject({ kind: "numberWord", value: 3, unitWord: false });
    expect(classifyCellText("Nilai 80,5")).toMatchObject({ kind: "numberWord", value: 80.5, unitWord: false });
    expect(classifyCellText("Rp 250.000.000")).toMatchObject({ kind: "numberWord", value: 250_000_000, unitWord: true, percent: false });
    expect(classifyCellText("Rp. 1.500.000,-")).toMatchObject({ kind: "numberWord", value: 1_500_000, unitWord: true });
    expect(classifyCellText("Rp 1,2 5")).toMatchObject({ kind: "garbled" });
    expect(classifyCellText("Rp 300 Juta")).toMatchObject({ kind: "numberWord", value: 300_000_000, unitWord: true });
    expect(classifyCellText("Rp 1,2 M")).toMatchObject({ kind: "numberWord", value: 1_200_000_000, unitWord: true });
  });

  it("reads predicates and ranges as words", () => {
    for (const t of ["BB", "WTP", "Sangat Baik", "A (Baik)", "80-90 (A)", "Ada"]) expect([t, kind(t)]).toEqual([t, "word"]);
  });

  it("reads ranges and bounds as the target reader does, whatever their separator or sign", () => {
    for (const t of ["≥ 80", ">= 80%", "Minimal 75", "80 s.d. 90", "80 s/d 90", "3,5 sampai 4", "≤ 10", "70 – 80 (B)"]) expect([t, kind(t)]).toEqual([t, "word"]);
  });

  it("reads a level by its number, in digits or roman numerals", () => {
    expect(classifyCellText("Level III")).toMatchObject({ kind: "numberWord", value: 3, unitWord: false });
    expect(classifyCellText("Tingkat 2")).toMatchObject({ kind: "numberWord", value: 2, unitWord: false });
    expect(classifyCellText("Skor 3")).toMatchObject({ kind: "numberWord", value: 3, unitWord: false });
  });

  it("keeps garbled numbers garbled, never guessed", () => {
    for (const t of ["21,25 5%", "2 1,25 5 %", "21,2 5%", "1 2", "#REF!", "15/03/2024", "1,2,3 dokumen x", "3O"]) expect([t, kind(t)]).toEqual([t, "garbled"]);
  });
});

describe("textKey and numberInText", () => {
  it("compare text as written, case and spaces aside", () => {
    expect(textKey("  Sangat   Baik ")).toBe(textKey("sangat baik"));
  });

  it("find the one number of a text", () => {
    expect(numberInText("Level 3")).toBe(3);
    expect(numberInText("80-90 (A)")).toBeNull();
    expect(numberInText("BB")).toBeNull();
  });
});

describe("qualitativeKey and targetKeys", () => {
  it("key a range by its numbers and a grade by its grade", () => {
    expect(qualitativeKey("80 s.d. 90")).toBe(qualitativeKey("80-90"));
    expect(qualitativeKey("≥ 80")).toBe(qualitativeKey("Minimal 80"));
    expect(qualitativeKey("≥ 80")).not.toBe(qualitativeKey("≤ 80"));
    expect(qualitativeKey("Opini WTP")).toBe("wtp");
    expect(qualitativeKey("BB (Sangat Baik)")).toBe("bb");
    expect(qualitativeKey("Sangat  Baik")).toBe("sangat baik");
  });

  it("give a target's text, grade and bracketed explanation", () => {
    expect(targetKeys("BB (Sangat Baik)")).toEqual(expect.arrayContaining(["bb (sangat baik)", "bb", "sangat baik"]));
    expect(targetKeys("Opini WTP")).toContain("wtp");
    expect(targetKeys("A")).not.toContain("bb");
  });

  it("boundsOf reads a range's numbers, nothing else", () => {
    expect(boundsOf("80 s.d. 90")).toEqual({ low: 80, high: 90 });
    expect(boundsOf("≥ 80")).toEqual({ low: 80, high: undefined });
    expect(boundsOf("BB")).toBeNull();
  });
});
