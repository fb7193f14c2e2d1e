/**
 * Level and lower-is-better indicators (core/fill/level.ts): the fill writes what validation accepts
 * for them, never the table's cumulative ladder (percent.rateCumulative).
 */
import { planFill } from "../../../src/core/fill";
import { validate } from "../../../src/core/rules";
import { applyToGrid } from "../../reliability/support/wellFormed";
import { PELAKSANAAN, indicator, mini, options, planOf, quartersOn, type MiniRow } from "./table";

const ROW = 3; // first data row in Excel numbering

/** A row accumulating in target units (the table's convention), then the rows under test. */
const LADDER: MiniRow = indicator("12 Bulan", { k: [3, 6, 9, 12], p: [3, 6, 9, 12] });
const row = (indikator: string, target: string, extra: Partial<MiniRow> = {}): MiniRow => ({ name: "", indikator, target, ...extra });

describe("level and lower-is-better rows in a table that accumulates", () => {
  it("an index, a rate and a waiting time (lower is better) get their target in every quarter; a count still accumulates", () => {
    const { plan } = mini([
      LADDER,
      row("Indeks kepuasan masyarakat", "85 Nilai"),
      row("Angka kematian bayi per 1.000 kelahiran hidup", "8 Per 1.000 KH"),
      row("Rata-rata waktu tunggu pembayaran gaji", "2 Hari"),
      row("Jumlah dokumen perencanaan", "7 Dokumen"),
    ]);
    const fp = planFill(plan, options());
    expect(fp.preview.conventions[0]).toMatchObject({ convention: "unitsCumulative", detected: true });
    expect(quartersOn(fp, ROW + 1)).toEqual([85, 85, 85, 85]);
    expect(quartersOn(fp, ROW + 2)).toEqual([8, 8, 8, 8]);
    expect(quartersOn(fp, ROW + 3, PELAKSANAAN)).toEqual([2, 2, 2, 2]);
    expect(quartersOn(fp, ROW + 4)).toEqual([1, 3, 5, 7]);
    expect(fp.preview.levelRows).toBe(3);
    expect(fp.preview.skipped).toEqual([]);
  });

  it("validation finds nothing new on what the fill wrote (no percent.rateCumulative)", () => {
    const { grid, plan } = mini([
      LADDER,
      row("Angka kematian ibu", "90 Per 100.000 KH", { k: [23, 45, 68, 90] }),
      row("Nilai SAKIP perangkat daerah", "80 Nilai"),
      row("Prevalensi balita stunting", "14 %"),
    ]);
    const rules = (p: typeof plan) => validate(p).map((f) => f.rule);
    expect(rules(plan)).toContain("percent.rateCumulative");
    const fp = planFill(plan, options({ overwrite: true }));
    const { values, formats } = applyToGrid(grid, fp.edits);
    const after = planOf({ ...grid, values, formats });
    expect(rules(after)).not.toContain("percent.rateCumulative");
    expect(quartersOn(fp, ROW + 1)).toEqual([90, 90, 90, undefined]); // TW IV holds 90 already
  });

  it("a partly filled row is completed only when it then reads as a level, or falling to its target", () => {
    const { plan } = mini([
      LADDER,
      row("Persentase penduduk miskin", "9,5 %", { k: [12, 11, null, null], p: [12, 2, null, null] }),
      row("Nilai SAKIP perangkat daerah", "80 Nilai", { k: [80, null, null, null] }),
    ]);
    const fp = planFill(plan, options());
    expect(quartersOn(fp, ROW + 1)).toEqual([undefined, undefined, 9.5, 9.5]);
    expect(quartersOn(fp, ROW + 2)).toEqual([undefined, 80, 80, 80]);
    const left = fp.preview.skipped.find((s) => s.row + 1 === ROW + 1);
    expect(left).toMatchObject({ groups: ["pelaksanaan"], reason: "partial", convention: "level" });
    expect(left?.message.en).toContain("the target's value in every quarter");
  });

  it("with overwrite: a ladder from near 0 is replaced, the row's own reading is kept and said, the level itself is no change", () => {
    const { plan } = mini([
      LADDER,
      row("Angka kematian bayi", "8 Per 1.000 KH", { k: [2, 4, 6, 8], p: [11, 10, 9, 8] }),
      row("Indeks kepuasan masyarakat", "85 Nilai", { k: [85, 85, 85, 85], p: [80, 82, 84, 85] }),
    ]);
    const fp = planFill(plan, options({ overwrite: true }));
    expect(quartersOn(fp, ROW + 1)).toEqual([8, 8, 8, undefined]); // TW IV holds 8 already
    expect(quartersOn(fp, ROW + 1, PELAKSANAAN)).toEqual([undefined, undefined, undefined, undefined]);
    expect(quartersOn(fp, ROW + 2)).toEqual([undefined, undefined, undefined, undefined]);
    expect(quartersOn(fp, ROW + 2, PELAKSANAAN)).toEqual([undefined, undefined, undefined, undefined]);
    expect(fp.preview.skipped.map((s) => [s.row + 1, s.groups, s.reason])).toEqual([
      [ROW + 1, ["pelaksanaan"], "ownReading"],
      [ROW + 2, ["pelaksanaan"], "ownReading"],
    ]);
    expect(fp.preview.skipped[0].message.id).toContain("(11 / 10 / 9 / 8)");
    // without overwrite nothing is filled there, and nothing counted for overwrite on the kept rows
    const plain = planFill(plan, options());
    expect(plain.preview.overwriteCount).toBe(3); // 2, 4, 6 of the ladder; none of the kept rows
    expect(plain.preview.skipped).toEqual([]);
  });

  it("blank cells are not filled in yet, dashes are: TW IV alone with blanks is filled, with dashes kept", () => {
    const { plan } = mini([
      LADDER,
      row("Indeks Pembangunan Gender", "92,15 Indeks", { k: [null, null, null, "92,15"], p: ["-", "-", "-", "92,15"] }),
    ]);
    const fp = planFill(plan, options());
    // written as the row writes its TW IV: a number typed as text with a decimal comma
    expect(quartersOn(fp, ROW + 1)).toEqual(["92,15", "92,15", "92,15", undefined]);
    expect(quartersOn(fp, ROW + 1, PELAKSANAAN)).toEqual([undefined, undefined, undefined, undefined]);
    expect(fp.preview.skipped.map((s) => [s.row + 1, s.groups, s.reason])).toEqual([[ROW + 1, ["pelaksanaan"], "ownReading"]]);
  });

  it("a level measured each semester (\"- / 85 / - / 85\", as validation reads it) keeps its dashes; with blanks it is filled", () => {
    const { plan } = mini([
      LADDER,
      row("Indeks kepuasan masyarakat", "85 Nilai", { k: ["-", 85, "-", 85], p: [null, 85, null, 85] }),
    ]);
    expect(validate(plan).filter((f) => f.rule.startsWith("percent.") && f.rule !== "percent.mixedReadings")).toEqual([]);
    const fp = planFill(plan, options());
    expect(quartersOn(fp, ROW + 1)).toEqual([undefined, undefined, undefined, undefined]);
    expect(quartersOn(fp, ROW + 1, PELAKSANAAN)).toEqual([85, undefined, 85, undefined]);
    expect(fp.preview.skipped.map((s) => [s.row + 1, s.groups, s.reason])).toEqual([[ROW + 1, ["kinerja"], "ownReading"]]);
  });

  it("a lower-is-better count is left with its reason where the table accumulates, split where it writes parts", () => {
    const cases = row("Jumlah kasus demam berdarah", "40 Kasus");
    const accumulating = planFill(mini([LADDER, cases]).plan, options());
    expect(quartersOn(accumulating, ROW + 1)).toEqual([undefined, undefined, undefined, undefined]);
    expect(accumulating.preview.skipped.map((s) => [s.row + 1, s.groups, s.reason])).toEqual([[ROW + 1, ["kinerja", "pelaksanaan"], "lowerCount"]]);
    expect(accumulating.preview.skipped[0].message.id).toContain("makin kecil makin baik");
    const parts = planFill(mini([indicator("12 Bulan", { k: [3, 3, 3, 3], p: [3, 3, 3, 3] }), cases]).plan, options());
    expect(quartersOn(parts, ROW + 1)).toEqual([10, 10, 10, 10]);
  });

  it("a predicate is never given numbers: left with its reason, with overwrite too", () => {
    const { plan } = mini([
      LADDER,
      row("Predikat SAKIP", "BB", { k: ["BB", "BB", "BB", "BB"] }),
      row("Opini BPK", "WTP"),
    ]);
    for (const overwrite of [false, true]) {
      const fp = planFill(plan, options({ overwrite }));
      expect(fp.edits.filter((e) => e.row + 1 > ROW)).toEqual([]);
      const left = fp.preview.skipped.map((s) => [s.row + 1, s.groups, s.reason]);
      expect(left).toEqual([
        ...(overwrite ? [[ROW + 1, ["kinerja", "pelaksanaan"], "qualitative"]] : [[ROW + 1, ["pelaksanaan"], "qualitative"]]),
        [ROW + 2, ["kinerja", "pelaksanaan"], "qualitative"],
      ]);
    }
  });

  it("copy: a level is copied as it is, a ladder from near 0 is not", () => {
    const { plan } = mini([
      LADDER,
      row("Angka kematian bayi", "8 Per 1.000 KH", { k: [8, 8, 8, 8] }),
      row("Prevalensi balita stunting", "14", { k: [3.5, 7, 10.5, 14] }),
      row("Jumlah kasus demam berdarah", "40 Kasus", { k: [10, 10, 10, 10] }),
    ]);
    const fp = planFill(plan, options({ strategy: { kind: "copy" }, columns: "pelaksanaan" }));
    expect(quartersOn(fp, ROW + 1, PELAKSANAAN)).toEqual([8, 8, 8, 8]);
    expect(quartersOn(fp, ROW + 2, PELAKSANAAN)).toEqual([undefined, undefined, undefined, undefined]);
    expect(quartersOn(fp, ROW + 3, PELAKSANAAN)).toEqual([10, 10, 10, 10]);
    expect(fp.preview.skipped.map((s) => [s.row + 1, s.reason])).toEqual([[ROW + 2, "copyLadder"]]);
  });
});
