/**
 * Tables whose quarter cells are numbers typed as text without "%" ("21,25", "42,5" under a
 * target "85 %"), as e-SAKIP exports write them: the fill writes text numbers in the row's own
 * notation, never scaled percentages (0.6375 shown "63,75%") beside them, which validation then
 * reads as cells without a % sign among percentage cells (percent.mixedUnits).
 */
import { planFill } from "../../../src/core/fill";
import type { Finding } from "../../../src/core/finding";
import { GridView } from "../../../src/core/grid";
import { validate } from "../../../src/core/rules";
import { applyToGrid } from "../../reliability/support/wellFormed";
import { indicator, mini, options, planOf, quartersOn, type MiniRow } from "./table";

const TABLE: MiniRow[] = [
  indicator("85 %", { k: ["21,25", "42,5", null, null] }),
  indicator("90 %", { k: ["22,5", "45", "67,5", "90"] }),
  indicator("40 %", { k: ["10", "20", "30", "40"] }),
  indicator("89,68 %"),
  indicator("7 Dokumen", { k: ["1,75", "3,5", null, null] }),
];

function keys(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${JSON.stringify(f.range ?? null)}`).sort();
}

describe("quarter cells holding numbers as text without %", () => {
  it("are filled with text numbers in the row's notation (decimal comma)", () => {
    const { plan } = mini(TABLE);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    expect(quartersOn(fp, 3)).toEqual([undefined, undefined, "63,75", "85"]);
    expect(quartersOn(fp, 6)).toEqual(["22,42", "44,84", "67,26", "89,68"]);
    expect(quartersOn(fp, 7)).toEqual([undefined, undefined, "5,25", "7"]);
  });

  it("a decimal point where the table writes one", () => {
    const { plan } = mini([indicator("85 %", { k: ["21.25", "42.5", null, null] }), indicator("30 %", { k: ["7.5", "15", "22.5", "30"] })]);
    expect(quartersOn(planFill(plan, options({ columns: "kinerja" })), 3)).toEqual([undefined, undefined, "63.75", "85"]);
  });

  it("raise no finding that was not there before", () => {
    const { plan, grid } = mini(TABLE);
    const before = keys(validate(plan));
    const fp = planFill(plan, options({ columns: "kinerja" }));
    const { values, formats } = applyToGrid(grid, fp.edits);
    const text = values.map((r) => r.map((v) => (v === null ? "" : String(v))));
    const after = planOf({ ...grid, values, formats, text });
    expect(after.view).toBeInstanceOf(GridView);
    const added = keys(validate(after)).filter((k) => !before.includes(k));
    expect(added.filter((k) => !k.startsWith("percent.noConvention") && !k.startsWith("percent.noQuarters"))).toEqual([]);
  });

  it("the fill is idempotent: a second fill over the first one's output writes nothing", () => {
    const { grid } = mini(TABLE);
    const first = planFill(planOf(grid), options({ columns: "kinerja" }));
    const { values, formats } = applyToGrid(grid, first.edits);
    const text = values.map((r) => r.map((v) => (v === null ? "" : String(v))));
    expect(planFill(planOf({ ...grid, values, formats, text }), options({ columns: "kinerja" })).edits).toEqual([]);
  });
});
