import { planFill } from "../../../src/core/fill";
import { PELAKSANAAN, indicator, mini, options, quartersOn } from "./table";

const ROW = 3; // first data row in Excel numbering

describe("fill strategies", () => {
  describe("auto", () => {
    it("falls back to percent cumulative when nothing is filled yet", () => {
      const { plan } = mini([indicator("7 Dokumen")]);
      const fp = planFill(plan, options());
      expect(quartersOn(fp, ROW)).toEqual([0.25, 0.5, 0.75, 1]);
      expect(quartersOn(fp, ROW, PELAKSANAAN)).toEqual([0.25, 0.5, 0.75, 1]);
      expect(fp.preview.conventions.map((c) => [c.group, c.convention, c.detected])).toEqual([
        ["kinerja", "percentCumulative", false],
        ["pelaksanaan", "percentCumulative", false],
      ]);
    });

    it("follows a table written in percent per quarter", () => {
      const { plan } = mini([
        indicator("4 Laporan", { k: [0.25, 0.25, 0.25, 0.25], p: [0.1, 0.2, 0.3, 0.4], format: "0.00%" }),
        indicator("3 Dokumen", { format: "0.00%" }),
      ]);
      const fp = planFill(plan, options());
      expect(quartersOn(fp, ROW + 1)).toEqual([0.25, 0.25, 0.25, 0.25]);
      expect(quartersOn(fp, ROW + 1, PELAKSANAAN)).toEqual([0.25, 0.25, 0.25, 0.25]);
    });

    it("follows a table written in target units, cumulative", () => {
      const { plan } = mini([
        indicator("12 Bulan", { k: [3, 6, 9, 12], p: [3, 6, 9, 12] }),
        indicator("20 Orang", { k: [5, 10, 15, 20], p: [5, 10, 15, 20] }),
        indicator("7 Dokumen"),
        indicator("7,5 Km"),
      ]);
      const fp = planFill(plan, options());
      expect(fp.preview.conventions[0]).toMatchObject({ convention: "unitsCumulative", detected: true });
      // Whole documents, the remainder to the later quarters; an amount in Km divides.
      expect(quartersOn(fp, ROW + 2)).toEqual([1, 3, 5, 7]);
      expect(quartersOn(fp, ROW + 3)).toEqual([1.88, 3.76, 5.63, 7.5]);
    });

    it("reads counts of '100 Kasus' adding up to the target as target units per quarter, and fills so", () => {
      const { plan } = mini([
        indicator("100 Kasus", { k: [40, 30, 20, 10] }),
        indicator("100 Orang", { k: [25, 25, 25, 25] }),
        indicator("40 Kasus", { k: [40, 30, 20, 10] }),
        indicator("12 Dokumen"),
      ]);
      const fp = planFill(plan, options({ columns: "kinerja" }));
      expect(fp.preview.conventions[0]).toMatchObject({ convention: "unitsPerQuarter", detected: true });
      expect(quartersOn(fp, ROW + 3)).toEqual([3, 3, 3, 3]);
    });

    it("lets no row of grades vote for the table's convention: 'B / BB / BB' rising to 'BB' says nothing of percent or units", () => {
      const grade = (target: string, k: string[]): ReturnType<typeof indicator> => indicator(target, { indikator: "Nilai SAKIP", k });
      const { plan } = mini([
        grade("BB", ["B", "B", "BB", "BB"]),
        grade("A", ["BB", "BB", "A", "A"]),
        grade("WTP", ["WDP", "WDP", "WTP", "WTP"]),
        indicator("100%", { indikator: "Persentase SOP disusun", k: [25, 50, 75, 100] }),
        indicator("12 Dokumen"),
      ]);
      const fp = planFill(plan, options({ columns: "kinerja" }));
      expect(fp.preview.conventions[0]).toMatchObject({ convention: "percentCumulative", detected: true });
      expect(quartersOn(fp, ROW + 4)).toEqual([25, 50, 75, 100]);
    });

    it("follows a table written in target units per quarter, each group its own", () => {
      const { plan } = mini([
        indicator("12 Bulan", { k: [3, 3, 3, 3], p: [0.25, 0.5, 0.75, 1], pFormat: "0%" }),
        indicator("10 Buah"),
        indicator("10 Ha"),
      ]);
      const fp = planFill(plan, options());
      expect(quartersOn(fp, ROW + 1)).toEqual([2, 2, 3, 3]);
      expect(quartersOn(fp, ROW + 2)).toEqual([2.5, 2.5, 2.5, 2.5]);
      expect(quartersOn(fp, ROW + 1, PELAKSANAAN)).toEqual([0.25, 0.5, 0.75, 1]);
    });

    it("uses a forced convention over the table's (in the column's plain numbers)", () => {
      const { plan } = mini([indicator("12 Bulan", { k: [3, 6, 9, 12] }), indicator("8 Unit")]);
      const fp = planFill(plan, options({ convention: "percentPerQuarter", columns: "kinerja" }));
      expect(quartersOn(fp, ROW + 1)).toEqual([25, 25, 25, 25]);
    });
  });

  describe("even", () => {
    it("spreads 25/50/75/100 cumulative with exact rounding per quarter", () => {
      const { plan } = mini([
        indicator("12 Bulan", { k: [0.1, 0.2, 0.3, 0.4], format: "0.00%" }),
        indicator("3 Unit", { format: "0.00%" }),
      ]);
      const fp = planFill(plan, options({ strategy: { kind: "even" }, columns: "kinerja" }));
      expect(quartersOn(fp, ROW + 1)).toEqual([0.25, 0.25, 0.25, 0.25]);
    });
  });

  describe("months", () => {
    it("spreads 12 Bulan over the year: 25/50/75/100%", () => {
      const { plan } = mini([indicator("12 Bulan")]);
      const fp = planFill(plan, options({ strategy: { kind: "months" } }));
      expect(quartersOn(fp, ROW)).toEqual([0.25, 0.5, 0.75, 1]);
    });

    it("starts 6 Bulan in the third quarter: 0/0/50/100%", () => {
      const { plan } = mini([indicator("6 Bulan")]);
      const fp = planFill(plan, options({ strategy: { kind: "months", startQuarter: 3 } }));
      expect(quartersOn(fp, ROW)).toEqual([0, 0, 0.5, 1]);
    });

    it("gives 4 Bulan from the first quarter as 3 + 1 months, and months in units conventions", () => {
      const { plan } = mini([indicator("12 Bulan", { k: [3, 6, 9, 12] }), indicator("4 Bulan")]);
      const fp = planFill(plan, options({ strategy: { kind: "months" }, columns: "kinerja" }));
      expect(quartersOn(fp, ROW + 1)).toEqual([3, 4, 4, 4]);
    });

    it("falls back to even for other units", () => {
      const { plan } = mini([indicator("1 Paket")]);
      const fp = planFill(plan, options({ strategy: { kind: "months", startQuarter: 3 } }));
      expect(quartersOn(fp, ROW)).toEqual([0.25, 0.5, 0.75, 1]);
    });
  });

  describe("weights", () => {
    it("normalises 10/20/30/40 (cumulative 10/30/60/100%)", () => {
      const { plan } = mini([indicator("1 Paket")]);
      const fp = planFill(plan, options({ strategy: { kind: "weights", weights: [10, 20, 30, 40] } }));
      expect(quartersOn(fp, ROW)).toEqual([0.1, 0.3, 0.6, 1]);
    });

    it("spreads target units by weights per quarter, exactly", () => {
      const { plan } = mini([indicator("12 Bulan", { k: [3, 3, 3, 3] }), indicator("10 Orang"), indicator("10 Ton")]);
      const fp = planFill(plan, options({ strategy: { kind: "weights", weights: [1, 1, 1, 0] }, columns: "kinerja" }));
      expect(quartersOn(fp, ROW + 1)).toEqual([3, 3, 4, 0]);
      expect(quartersOn(fp, ROW + 2)).toEqual([3.34, 3.33, 3.33, 0]);
    });

    it("refuses unusable weights with a problem and no edits", () => {
      const { plan } = mini([indicator("1 Paket")]);
      const fp = planFill(plan, options({ strategy: { kind: "weights", weights: [0, 0, 0, 0] } }));
      expect(fp.edits).toEqual([]);
      expect(fp.problem?.en).toMatch(/weights/i);
      expect(fp.problem?.id).toMatch(/bobot/i);
    });
  });

  describe("copy", () => {
    it("copies Target Kinerja into Target Pelaksanaan as written", () => {
      const { plan } = mini([indicator("5 Unit", { k: [0.1, 0.3, 0.6, 1], format: "0.00%" })]);
      const fp = planFill(plan, options({ strategy: { kind: "copy" }, columns: "pelaksanaan" }));
      expect(quartersOn(fp, ROW, PELAKSANAAN)).toEqual([0.1, 0.3, 0.6, 1]);
    });

    it("copies the other way with columns kinerja, converting to the group's convention", () => {
      const { plan } = mini([
        indicator("12 Bulan", { k: [3, 3, 3, 3], p: [0.1, 0.3, 0.6, 1], pFormat: "0%" }),
        indicator("10 Orang", { p: [0.1, 0.3, 0.6, 1], pFormat: "0%" }),
      ]);
      const fp = planFill(plan, options({ strategy: { kind: "copy" }, columns: "kinerja" }));
      expect(quartersOn(fp, ROW + 1)).toEqual([1, 2, 3, 4]);
    });

    it("with both columns copies into whichever side is empty", () => {
      const { plan } = mini([
        indicator("5 Unit", { k: [0.25, 0.5, 0.75, 1], format: "0%" }),
        indicator("6 Unit", { p: [0, 0, 0.5, 1], format: "0%" }),
      ]);
      const fp = planFill(plan, options({ strategy: { kind: "copy" } }));
      expect(quartersOn(fp, ROW, PELAKSANAAN)).toEqual([0.25, 0.5, 0.75, 1]);
      expect(quartersOn(fp, ROW + 1)).toEqual([0, 0, 0.5, 1]);
      expect(fp.edits).toHaveLength(8);
    });

    it("reports rows with nothing or nothing readable to copy", () => {
      const { plan } = mini([indicator("5 Unit"), indicator("6 Unit", { k: ["21,2 5%", "21,25%", "21,25%", "21,25%"] })]);
      const fp = planFill(plan, options({ strategy: { kind: "copy" }, columns: "pelaksanaan" }));
      expect(fp.edits).toEqual([]);
      expect(fp.preview.skipped.map((s) => [s.row + 1, s.reason])).toEqual([[ROW, "copyEmpty"], [ROW + 1, "copyInvalid"]]);
    });
  });
});
