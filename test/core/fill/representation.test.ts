import fc from "fast-check";
import { planFill } from "../../../src/core/fill";
import { readCell } from "../../../src/core/numbers";
import { cellWrite, describeWrite } from "../../../src/core/fill/representation";
import { KINERJA, PELAKSANAAN, indicator, mini, options, quartersOn } from "./table";

const ROW = 3;

function formatsOn(fp: ReturnType<typeof planFill>, excelRow: number, cols: string[]): (string | undefined)[] {
  return cols.map((c) => fp.edits.find((e) => e.row === excelRow - 1 && e.col === c.charCodeAt(0) - 65)?.format);
}

describe("values are written the way the column writes them", () => {
  it("numbers with the column's percent format (0.25 with \"0.00%\")", () => {
    const { plan } = mini([indicator("4 Unit", { k: [0.2, 0.4, 0.7, 1], format: "0.00%" }), indicator("3 Unit")]);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    expect(quartersOn(fp, ROW + 1)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(formatsOn(fp, ROW + 1, KINERJA)).toEqual(["0.00%", "0.00%", "0.00%", "0.00%"]);
  });

  it("keeps a \"0%\" format and sets no format where the cell already has it", () => {
    const { plan } = mini([indicator("4 Unit", { k: [0.2, 0.4, 0.7, 1], format: "0%" }), indicator("3 Unit", { format: "0%" })]);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    expect(quartersOn(fp, ROW + 1)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(formatsOn(fp, ROW + 1, KINERJA)).toEqual([undefined, undefined, undefined, undefined]);
    expect(fp.edits[0].previous).toEqual({ value: null, format: "0%" });
  });

  it("plain numbers (25) where the column holds unformatted numbers", () => {
    const { plan } = mini([indicator("4 Unit", { k: [20, 40, 70, 100] }), indicator("3 Unit")]);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    expect(quartersOn(fp, ROW + 1)).toEqual([25, 50, 75, 100]);
    expect(formatsOn(fp, ROW + 1, KINERJA)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("text in the column's style: \"25 %\" with a space", () => {
    const { plan } = mini([indicator("4 Unit", { k: ["20 %", "40 %", "70 %", "100 %"] }), indicator("3 Unit")]);
    const fp = planFill(plan, options({ columns: "kinerja", strategy: { kind: "weights", weights: [1, 1, 1, 0] } }));
    expect(quartersOn(fp, ROW + 1)).toEqual(["33,34 %", "66,67 %", "100 %", "100 %"]);
  });

  it("text with a decimal comma and no space: \"33,33%\"", () => {
    const { plan } = mini([indicator("4 Unit", { k: ["12,5%", "25%", "50%", "12,5%"] }), indicator("3 Unit")]);
    const fp = planFill(plan, options({ columns: "kinerja", strategy: { kind: "weights", weights: [1, 1, 1, 0] } }));
    expect(quartersOn(fp, ROW + 1)).toEqual(["33,34%", "33,33%", "33,33%", "0%"]);
  });

  it("text with a decimal point where the table writes one: \"12.5%\"", () => {
    const { plan } = mini([indicator("4 Unit", { k: ["12.5%", "37.5%", "62.5%", "100%"] }), indicator("8 Unit")]);
    const fp = planFill(plan, options({ columns: "kinerja", strategy: { kind: "weights", weights: [1, 2, 2, 3] } }));
    expect(quartersOn(fp, ROW + 1)).toEqual(["12.5%", "37.5%", "62.5%", "100%"]);
  });

  it("an empty column follows its group, then the table, else numbers with \"0.00%\"", () => {
    const { plan } = mini([indicator("4 Unit", { k: ["25%", "50%", null, null] }), indicator("3 Unit")]);
    const fp = planFill(plan, options());
    expect(quartersOn(fp, ROW + 1)).toEqual(["25%", "50%", "75%", "100%"]);
    expect(quartersOn(fp, ROW + 1, PELAKSANAAN)).toEqual(["25%", "50%", "75%", "100%"]);
    const blank = mini([indicator("3 Unit")]);
    const fp2 = planFill(blank.plan, options());
    expect(formatsOn(fp2, ROW, PELAKSANAAN)).toEqual(["0.00%", "0.00%", "0.00%", "0.00%"]);
  });

  it("units conventions write numbers and take a percent format off the cell", () => {
    const { plan } = mini([indicator("12 Bulan", { k: [3, 6, 9, 12] }), indicator("8 Unit", { format: "0.00%" })]);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    expect(quartersOn(fp, ROW + 1)).toEqual([2, 4, 6, 8]);
    expect(formatsOn(fp, ROW + 1, KINERJA)).toEqual(["General", "General", "General", "General"]);
  });

  it("cellWrite: a literal '0.00\"%\"' format takes percent units; describeWrite shows both languages", () => {
    const w = cellWrite(33.34, true, { kind: "number", format: '0.00"%"' }, "General");
    expect(w).toMatchObject({ value: 33.34, format: '0.00"%"' });
    expect(describeWrite(w)).toEqual({ id: "33,34%", en: "33.34%" });
    expect(describeWrite(cellWrite(12.5, true, { kind: "scaled", format: "0.00%" }, "General"))).toEqual({ id: "12,5%", en: "12.5%" });
    expect(cellWrite(12.5, true, { kind: "scaled", format: "0.00%" }, "General").value).toBe(0.125);
  });
});

describe("each row is written the way the row itself writes (the example's bare 25 / 50 beside \"75%\")", () => {
  it("text beside a column of stray bare numbers: the row's text, not the column's numbers", () => {
    const stray = indicator("4 Unit", { k: [20, 40, "70%", "100%"] });
    const { plan } = mini([stray, stray, stray, indicator("4 Unit", { k: [null, null, "75%", "100%"] }), indicator("4 Unit")]);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    expect(quartersOn(fp, ROW + 3)).toEqual(["25%", "50%", undefined, undefined]);
    // an empty row: the table's rows vote once each (all of them write text), never a stray cell's column
    expect(quartersOn(fp, ROW + 4)).toEqual(["25%", "50%", "75%", "100%"]);
  });

  it("bare numbers stay bare numbers on their row, whatever the table writes", () => {
    const text = indicator("4 Unit", { k: ["25%", "50%", "75%", "100%"] });
    const { plan } = mini([text, text, indicator("4 Unit", { k: [25, 50, null, null] })]);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    expect(quartersOn(fp, ROW + 2)).toEqual([undefined, undefined, 75, 100]);
    expect(formatsOn(fp, ROW + 2, KINERJA)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("percent numbers with the row's own format among text rows", () => {
    const text = indicator("4 Unit", { k: ["25%", "50%", "75%", "100%"] });
    const { plan } = mini([text, text, indicator("4 Unit", { k: [0.25, 0.5, null, null], kFormat: "0%" })]);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    expect(quartersOn(fp, ROW + 2)).toEqual([undefined, undefined, 0.75, 1]);
    expect(formatsOn(fp, ROW + 2, KINERJA)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("the row's own text style (\"75 %\") over the table's (\"75%\"); the table's where the row shows none", () => {
    const text = indicator("4 Unit", { k: ["12,5%", "50%", "75%", "100%"] });
    const { plan } = mini([text, text, indicator("4 Unit", { k: [null, null, "75 %", "100 %"] }), indicator("8 Unit")]);
    const fp = planFill(plan, options({ columns: "kinerja", strategy: { kind: "weights", weights: [1, 2, 3, 2] } }));
    expect(quartersOn(fp, ROW + 2)).toEqual(["12,5 %", "37,5 %", undefined, undefined]);
    expect(quartersOn(fp, ROW + 3)).toEqual(["12,5%", "37,5%", "75%", "100%"]);
  });
});

describe("cellWrite's reading is what readCell gives for the written cell", () => {
  const reps = [
    { kind: "scaled", format: "0.00%" },
    { kind: "scaled", format: "0%" },
    { kind: "number", format: "General" },
    { kind: "number", format: '0.00"%"' },
    { kind: "text", style: { decimalComma: true, spaceBeforePercent: true } },
    { kind: "text", style: { decimalComma: false, spaceBeforePercent: false } },
  ] as const;

  it("for any value with at most two decimals (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.boolean(), fc.constantFrom(...reps), fc.constantFrom("General", "0.00%", "0.0"), (cents, pct, rep, current) => {
        const v = cents / 100;
        const w = cellWrite(v, pct, rep, current);
        expect(readCell(w.value, "", w.format)).toEqual(w.reading);
        if (w.reading.kind === "number") expect(w.reading.value).toBe(v);
      }),
      { numRuns: 400 },
    );
  });
});
