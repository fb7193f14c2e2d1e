import { planFill } from "../../../src/core/fill";
import { KINERJA, PELAKSANAAN, indicator, mini, options, quartersOn } from "./table";

const rows = [indicator("1 Unit"), indicator("2 Unit"), indicator("3 Unit"), indicator("4 Unit")];

describe("fill scope", () => {
  it("fills only the rows of the selection", () => {
    const { plan } = mini(rows);
    const fp = planFill(plan, options({ scope: { rows: { top: 3, bottom: 4 } } }));
    expect([...new Set(fp.edits.map((e) => e.row + 1))]).toEqual([4, 5]);
    expect(fp.preview.rows).toBe(2);
  });

  it("fills only the named sheet (case-insensitive)", () => {
    const { plan } = mini(rows, { sheet: "TW 2024" });
    expect(planFill(plan, options({ scope: { sheet: "Lain" } })).edits).toEqual([]);
    expect(planFill(plan, options({ scope: { sheet: "tw 2024" } })).edits).toHaveLength(32);
  });

  it("fills Target Kinerja only, or Target Pelaksanaan only", () => {
    const { plan } = mini(rows);
    const k = planFill(plan, options({ columns: "kinerja" }));
    expect(quartersOn(k, 3, PELAKSANAAN)).toEqual([undefined, undefined, undefined, undefined]);
    expect(k.edits.every((e) => e.col >= 3 && e.col <= 6)).toBe(true);
    const p = planFill(plan, options({ columns: "pelaksanaan" }));
    expect(quartersOn(p, 3, KINERJA)).toEqual([undefined, undefined, undefined, undefined]);
    expect(p.edits.every((e) => e.col >= 7 && e.col <= 10)).toBe(true);
    expect(p.preview.columns.map((c) => c.column)).toEqual(["H", "I", "J", "K"]);
  });

  it("detects the convention over the whole table, not only the selection", () => {
    const { plan } = mini([indicator("12 Bulan", { k: [3, 3, 3, 3] }), indicator("8 Unit")]);
    const fp = planFill(plan, options({ columns: "kinerja", scope: { rows: { top: 3, bottom: 3 } } }));
    expect(quartersOn(fp, 4)).toEqual([2, 2, 2, 2]);
  });
});
