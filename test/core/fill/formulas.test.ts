import { mergeFillPlans, planFill } from "../../../src/core/fill";
import type { Grid } from "../../../src/core/grid";
import { at, indicator, mini, options, planOf, quartersOn, writtenOn, type MiniRow } from "./table";

const ROW = 3;

/** A mini table whose cells at the given addresses hold formulas (their values are the formulas' last results). */
function withFormulas(rows: MiniRow[], cells: string[]): { grid: Grid; fill: (o?: Parameters<typeof options>[0]) => ReturnType<typeof planFill> } {
  const { grid } = mini(rows);
  const withF: Grid = { ...grid, formulaCells: cells.map((a) => ({ top: at(a).row, left: at(a).col, bottom: at(a).row, right: at(a).col })) };
  const plan = planOf(withF);
  return { grid: withF, fill: (o = {}) => planFill(plan, options(o)) };
}

describe("the fill never writes into a quarter cell holding a formula", () => {
  it("leaves it alone even with overwrite, fills the others around it, and counts it", () => {
    const { fill } = withFormulas([indicator("4 Unit", { k: [0.2, null, null, null], kFormat: "0%" })], ["D3"]);
    const fp = fill({ overwrite: true, columns: "kinerja" });
    expect(writtenOn(fp, ROW)).not.toHaveProperty("D");
    expect(quartersOn(fp, ROW).slice(1).every((v) => v !== undefined)).toBe(true);
    expect(fp.preview.formulasKept).toBe(1);
    expect(fp.preview.overwriteCount).toBe(0); // the formula is not among the cells overwrite would change
  });

  it("the same cell holding a typed value is overwritten: only the formula is protected", () => {
    const { fill } = withFormulas([indicator("4 Unit", { k: [0.2, null, null, null], kFormat: "0%" })], []);
    const fp = fill({ overwrite: true, columns: "kinerja" });
    expect(writtenOn(fp, ROW)).toHaveProperty("D", 0.25);
    expect(fp.preview.formulasKept).toBe(0);
    expect(fp.preview.overwriteCount).toBe(1);
  });

  it("a formula whose result is empty looks empty, and is still not written", () => {
    const { fill } = withFormulas([indicator("4 Unit")], ["G3"]);
    const fp = fill({ columns: "kinerja" });
    expect(writtenOn(fp, ROW)).not.toHaveProperty("G");
    expect(fp.preview.formulasKept).toBe(1);
  });

  it("a row the formula's value does not fit is left as it is, reported as partly filled, and the formula counted", () => {
    const { fill } = withFormulas([indicator("4 Unit", { k: ["80%", null, null, null] })], ["D3"]);
    const fp = fill({ overwrite: true, columns: "kinerja" });
    expect(fp.edits).toEqual([]);
    expect(fp.preview.skipped.map((s) => s.reason)).toEqual(["partial"]);
    expect(fp.preview.formulasKept).toBe(1);
  });

  it("a formula already giving the value the fill would write is not counted (nothing would change)", () => {
    const { fill } = withFormulas([indicator("4 Unit", { k: ["25%", null, null, null] })], ["D3"]);
    const fp = fill({ columns: "kinerja" });
    expect(quartersOn(fp, ROW)).toEqual([undefined, "50%", "75%", "100%"]);
    expect(fp.preview.formulasKept).toBe(0);
  });

  it("formula cells in Pelaksanaan count too, and tables' counts add up", () => {
    const { fill } = withFormulas([indicator("4 Unit", { p: [null, 0.4, null, null], pFormat: "0%" }), indicator("8 Unit")], ["I3", "K4"]);
    const fp = fill({ overwrite: true });
    expect(Object.keys(writtenOn(fp, ROW)).sort()).toEqual(["D", "E", "F", "G", "H", "J", "K"]);
    expect(writtenOn(fp, ROW + 1)).not.toHaveProperty("K");
    expect(fp.preview.formulasKept).toBe(2);
    expect(mergeFillPlans([fp, fp]).preview.formulasKept).toBe(4);
  });
});
