import { planFill } from "../../../src/core/fill";
import { KINERJA, PELAKSANAAN, indicator, mini, options, quartersOn, writtenOn } from "./table";

const ROW = 3;

describe("the fill never loses what the user typed", () => {
  it("writes only empty cells unless overwrite is on; a row's dashes among blanks stay, as nothing planned that quarter", () => {
    const { plan } = mini([indicator("4 Unit", { k: ["-", "–", null, ""], p: ["10%", "30%", "60%", "100%"] })]);
    const fp = planFill(plan, options());
    // The target spread over the blank quarters only: 0 / 0 / 50% / 100% cumulative, the dashes kept.
    expect(quartersOn(fp, ROW)).toEqual([undefined, undefined, "50%", "100%"]);
    expect(quartersOn(fp, ROW, PELAKSANAAN)).toEqual([undefined, undefined, undefined, undefined]);
    expect(fp.edits.map((e) => e.previous.value)).not.toContain("-");
    // A row of dashes only is a placeholder: filled. Overwrite asks for the table's convention everywhere.
    const dashed = mini([indicator("4 Unit", { k: ["-", "-", "-", "-"] })]);
    expect(quartersOn(planFill(dashed.plan, options({ columns: "kinerja" })), ROW)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(quartersOn(planFill(plan, options({ columns: "kinerja", overwrite: true })), ROW)).toEqual(["25%", "50%", "75%", "100%"]);
  });

  it("spreads a units target over the blank quarters after dashes (- / - / - / _ of 1 Dokumen is 1 in TW IV)", () => {
    const perQuarter = indicator("12 Bulan", { k: [3, 3, 3, 3] });
    const { plan } = mini([perQuarter, perQuarter, indicator("1 Dokumen", { k: ["-", "-", "-", null] }), indicator("8 Laporan", { k: ["-", null, null, null] })]);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    expect(writtenOn(fp, ROW + 2)).toEqual({ G: 1 });
    expect(quartersOn(fp, ROW + 3)).toEqual([undefined, 2, 3, 3]); // 8 whole reports over three quarters, the dash kept
    expect(fp.preview.skipped).toEqual([]);
  });

  it("counts the non-empty cells overwrite would change, and changes them only when asked", () => {
    const { plan } = mini([
      indicator("4 Unit", { k: ["25%", "50%", "75%", "100%"], p: ["21,25%", "21,25%", "21,25%", "21,25%"] }),
      indicator("2 Unit", { k: ["25%", "50%", "70%", "100%"] }),
    ]);
    const off = planFill(plan, options());
    expect(off.preview.overwriteCount).toBe(5); // 4 on row 3 (pelaksanaan) + "70%" on row 4
    expect(off.edits.filter((e) => e.previous.value !== null)).toEqual([]);
    const on = planFill(plan, options({ overwrite: true }));
    expect(on.preview.overwriteCount).toBe(5);
    expect(on.edits.filter((e) => e.previous.value !== null)).toHaveLength(5);
    expect(quartersOn(on, ROW, PELAKSANAAN)).toEqual(["25%", "50%", "75%", "100%"]);
    expect(quartersOn(on, ROW)).toEqual([undefined, undefined, undefined, undefined]); // already right: untouched
    expect(writtenOn(on, ROW + 1)).toMatchObject({ F: "75%" });
  });

  it("fills the empty cells of a partly filled row when the row then fits the convention", () => {
    const { plan } = mini([indicator("4 Unit", { k: ["25%", "50%", null, null] })]);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    expect(quartersOn(fp, ROW)).toEqual([undefined, undefined, "75%", "100%"]);
    expect(fp.preview.skipped).toEqual([]);
  });

  it("also when what the user typed stays as an unusual but valid row (10/50/75/100)", () => {
    const { plan } = mini([indicator("4 Unit", { k: ["10%", null, null, null] })]);
    expect(quartersOn(planFill(plan, options({ columns: "kinerja" })), ROW)).toEqual([undefined, "50%", "75%", "100%"]);
  });

  it("leaves a partly filled row that its dashes complete (nothing planned there), says so, fills one with blanks", () => {
    const cumulative = indicator("12 Bulan", { k: [3, 6, 9, 12] });
    const units = mini([cumulative, cumulative, indicator("3 Dokumen", { k: [1, 1, 1, "-"] })]);
    const fp = planFill(units.plan, options({ columns: "kinerja" }));
    expect(quartersOn(fp, ROW + 2)).toEqual([undefined, undefined, undefined, undefined]); // not 1 / 1 / 1 / 3
    // Reported among the rows left, with its own reason, quoting the row as it reads.
    expect(fp.preview.skipped.map((s) => [s.row + 1, s.groups, s.reason, s.convention])).toEqual([
      [ROW + 2, ["kinerja"], "complete", "unitsPerQuarter"],
    ]);
    expect(fp.preview.skipped[0].message.id).toBe(
      "Baris 5 (Target Kinerja): baris sudah lengkap: 1 / 1 / 1 / - sudah mencapai target (satuan target per triwulan), dan \"-\" berarti tidak ada rencana pada triwulan itu; baris dibiarkan.",
    );
    expect(fp.preview.skipped[0].message.en).toContain("Row 5 (Target Kinerja (performance)): the row already reads as complete: 1 / 1 / 1 / - reaches the target");
    const text = indicator("4 Unit", { k: ["25%", "50%", "75%", "100%"] });
    const pct = mini([text, indicator("4 Unit", { k: ["-", "-", "-", "100%"] }), indicator("4 Unit", { k: [null, null, null, "100%"] })]);
    const fp2 = planFill(pct.plan, options({ columns: "kinerja" }));
    expect(quartersOn(fp2, ROW + 1)).toEqual([undefined, undefined, undefined, undefined]);
    expect(quartersOn(fp2, ROW + 2)).toEqual(["25%", "50%", "75%", undefined]);
    // The dashed row is told (in the table's convention, which it fits); the row with blanks is filled, not listed.
    expect(fp2.preview.skipped.map((s) => [s.row + 1, s.reason, s.convention])).toEqual([[ROW + 1, "complete", "percentCumulative"]]);
    expect(fp2.preview.skipped[0].message.id).toContain("- / - / - / 100% sudah mencapai target (persen kumulatif)");
    // overwrite asks for the table's convention everywhere
    expect(quartersOn(planFill(pct.plan, options({ columns: "kinerja", overwrite: true })), ROW + 1)).toEqual(["25%", "50%", "75%", undefined]);
  });

  it("leaves a partly filled row that would not fit, and says so", () => {
    const { plan } = mini([indicator("4 Unit", { k: ["80%", null, "10%", null] }), indicator("4 Unit", { k: ["21,2 5%", null, null, null] })]);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    expect(fp.edits).toEqual([]);
    expect(fp.preview.skipped.map((s) => [s.row + 1, s.group, s.reason])).toEqual([
      [ROW, "kinerja", "partial"],
      [ROW + 1, "kinerja", "partial"],
    ]);
    expect(fp.preview.skipped[0].message.id).toContain("Baris 3");
    expect(fp.preview.skipped[0].message.en).toContain("Row 3");
  });

  it("does not fill kegiatan header rows with no indicator and no target", () => {
    const { plan } = mini([{ name: "1. Program Penunjang" }, { name: "A. Kegiatan" }, indicator("2 Unit")]);
    const fp = planFill(plan, options());
    expect(new Set(fp.edits.map((e) => e.row + 1))).toEqual(new Set([ROW + 2]));
  });

  it("fills percent conventions without a quantity, reports units conventions without one", () => {
    const rows = [indicator("Bulan"), { name: "1) Sub", indikator: "Terlaksananya rapat" }];
    const pct = mini(rows);
    expect(planFill(pct.plan, options()).preview.rows).toBe(2);
    const units = mini([indicator("12 Bulan", { k: [3, 6, 9, 12] }), ...rows]);
    const fp = planFill(units.plan, options({ columns: "kinerja" }));
    expect(fp.edits).toEqual([]);
    expect(fp.preview.skipped.map((s) => s.reason)).toEqual(["noTarget", "noTarget"]);
  });

  it("never writes into a cell covered by a merge", () => {
    const { plan } = mini([indicator("4 Unit"), indicator("5 Unit"), indicator("6 Unit")], { merges: ["D3:G3", "H4:H5"] });
    const fp = planFill(plan, options());
    const cells = fp.edits.map((e) => `${String.fromCharCode(65 + e.col)}${e.row + 1}`);
    expect(new Set(cells).size).toBe(cells.length);
    for (const c of ["D3", "E3", "F3", "G3", "H5"]) expect(cells).not.toContain(c);
    expect(cells).toEqual(expect.arrayContaining(["H3", "K3", "D4", "H4", "K4", "D5", "G5"]));
    expect(fp.preview.skipped.map((s) => [s.row + 1, s.group, s.reason])).toEqual([
      [ROW, "kinerja", "merged"],
      [ROW + 2, "pelaksanaan", "merged"],
    ]);
  });

  it("reports units that would not read back under a percent header", () => {
    const { plan } = mini([indicator("8 Unit")], { kinerjaHeader: "Target Kinerja (%)" });
    const fp = planFill(plan, options({ columns: "kinerja", convention: "unitsPerQuarter" }));
    expect(fp.edits).toEqual([]);
    expect(fp.preview.skipped.map((s) => s.reason)).toEqual(["noFit"]);
  });

  it("previews cells per column and a few rows before and after", () => {
    const rows = Array.from({ length: 8 }, (_, i) => indicator(`${i + 1} Unit`));
    rows[0] = indicator("1 Unit", { k: ["-", null, null, null] });
    const { plan } = mini(rows);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    // Row 3's dash stays (nothing planned in TW I): 7 cells in D.
    expect(fp.preview.columns.map((c) => [c.column, c.quarter, c.cells])).toEqual([["D", 1, 7], ["E", 2, 8], ["F", 3, 8], ["G", 4, 8]]);
    expect(fp.preview.cells).toBe(31);
    expect(fp.preview.rows).toBe(8);
    expect(fp.preview.examples).toHaveLength(5);
    expect(fp.preview.examples[0]).toEqual({
      sheet: "Lampiran", row: ROW - 1, group: "kinerja", before: ["-", "", "", ""],
      after: [{ id: "-", en: "-" }, { id: "33,34%", en: "33.34%" }, { id: "66,67%", en: "66.67%" }, { id: "100%", en: "100%" }],
    });
    expect(KINERJA).toHaveLength(4);
  });
});
