import { planFill } from "../../../src/core/fill";
import { indicator, mini, options } from "./table";

const ROW = 3;

describe("the rows left as they are: one entry per row", () => {
  it("a row left in both quarter groups for one reason is one entry naming both groups", () => {
    const partial = ["80%", null, "10%", null];
    const { plan } = mini([indicator("4 Unit", { k: partial, p: partial }), indicator("4 Unit", { k: partial })]);
    const fp = planFill(plan, options());
    expect(fp.preview.skipped.map((s) => [s.row + 1, s.groups, s.reason])).toEqual([
      [ROW, ["kinerja", "pelaksanaan"], "partial"],
      [ROW + 1, ["kinerja"], "partial"],
    ]);
    expect(fp.preview.skipped[0].message.id).toBe(
      "Baris 3 (Target Kinerja dan Target Pelaksanaan): sebagian sel triwulan sudah terisi dan mengisi sisanya tidak menghasilkan persen kumulatif; baris dibiarkan.",
    );
    expect(fp.preview.skipped[0].message.en).toContain("Row 3 (Target Kinerja (performance) and Target Pelaksanaan (implementation)):");
  });

  it("different reasons on one row are said one after the other, in one entry", () => {
    const { plan } = mini([indicator("4 Unit", { k: ["80%", null, "10%", null] }), indicator("4 Unit")], { merges: ["H3:I3"] });
    const fp = planFill(plan, options());
    expect(fp.preview.skipped).toHaveLength(1);
    const [s] = fp.preview.skipped;
    expect([s.row + 1, s.group, s.groups, s.reason]).toEqual([ROW, "kinerja", ["kinerja", "pelaksanaan"], "partial"]);
    expect(s.message.id).toMatch(/^Baris 3 \(Target Kinerja\): sebagian .* Baris 3 \(Target Pelaksanaan\): sel triwulan digabung/);
    expect(s.message.en).toMatch(/^Row 3 \(Target Kinerja \(performance\)\): some .* Row 3 \(Target Pelaksanaan \(implementation\)\): the quarter cells are merged/);
  });
});

describe("rows their dashes already complete", () => {
  it("are listed with their own reason; both groups alike are one entry naming both", () => {
    const done = [1, 1, 1, "-"];
    const { plan } = mini([indicator("3 Dokumen", { k: done, p: done })]);
    const fp = planFill(plan, options());
    expect(fp.edits).toEqual([]);
    expect(fp.preview.skipped.map((s) => [s.row + 1, s.groups, s.reason])).toEqual([[ROW, ["kinerja", "pelaksanaan"], "complete"]]);
    expect(fp.preview.skipped[0].message.id).toMatch(/^Baris 3 \(Target Kinerja dan Target Pelaksanaan\): baris sudah lengkap: 1 \/ 1 \/ 1 \/ - /);
  });

  it("each group's own cells are quoted: two groups complete in different ways are said one after the other", () => {
    const { plan } = mini([indicator("3 Dokumen", { k: [1, 1, 1, "-"], p: [1, 2, "-", null] })]);
    const fp = planFill(plan, options());
    expect(fp.preview.skipped).toHaveLength(1);
    const [s] = fp.preview.skipped;
    expect([s.groups, s.reason]).toEqual([["kinerja", "pelaksanaan"], "complete"]);
    // Neither group is told the other's cells (a blank cell is named as blank).
    expect(s.message.id).toMatch(/^Baris 3 \(Target Kinerja\): baris sudah lengkap: 1 \/ 1 \/ 1 \/ - .* Baris 3 \(Target Pelaksanaan\): baris sudah lengkap: 1 \/ 2 \/ - \/ \(kosong\) /);
    expect(s.message.en).toMatch(/^Row 3 \(Target Kinerja \(performance\)\): .*1 \/ 1 \/ 1 \/ - .* Row 3 \(Target Pelaksanaan \(implementation\)\): .*1 \/ 2 \/ - \/ \(blank\) /);
  });
});
