/**
 * A partly typed row whose typed quarters are exactly another convention's values (25 / 25 / 25 / _
 * of "100": 25 per quarter) in a table that accumulates is completed in that convention (25), not
 * given the table's (100, a jump of 75 in TW IV the office never meant). Where the typed values are
 * the table's own (or several conventions' alike: 25 / _ / _ / _), the table's convention decides.
 */
import { planFill } from "../../../src/core/fill";
import { indicator, mini, options, quartersOn } from "./table";

const CUMULATIVE = [indicator("8 Unit", { k: [2, 4, 6, 8] }), indicator("4 Unit", { k: [1, 2, 3, 4] })];
const PER_QUARTER = [indicator("8 Unit", { k: [2, 2, 2, 2] }), indicator("4 Unit", { k: [1, 1, 1, 1] })];

describe("a partly typed row keeps the convention its typed quarters show", () => {
  it("per quarter in a cumulative table", () => {
    const { plan } = mini([...CUMULATIVE, indicator("100 Unit", { k: [25, 25, 25, null] }), indicator("60 Unit", { k: [15, 15, null, null] })]);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    expect(quartersOn(fp, 5)).toEqual([undefined, undefined, undefined, 25]);
    expect(quartersOn(fp, 6)).toEqual([undefined, undefined, 15, 15]);
  });

  it("with overwrite too, so the count of cells overwrite would change is what it changes", () => {
    const { plan } = mini([...CUMULATIVE, indicator("100 Unit", { k: [25, 25, 25, null] })]);
    const over = planFill(plan, options({ columns: "kinerja", overwrite: true }));
    expect(quartersOn(over, 5)).toEqual([undefined, undefined, undefined, 25]);
    expect(planFill(plan, options({ columns: "kinerja" })).preview.overwriteCount).toBe(over.edits.filter((e) => e.previous.value !== null).length);
  });

  it("cumulative in a per-quarter table", () => {
    const { plan } = mini([...PER_QUARTER, indicator("12 Unit", { k: [3, 6, null, null] })]);
    expect(quartersOn(planFill(plan, options({ columns: "kinerja" })), 5)).toEqual([undefined, undefined, 9, 12]);
  });

  it("the table's convention where the typed values are its own or fit several", () => {
    const { plan } = mini([...CUMULATIVE, indicator("100 Unit", { k: [25, null, null, null] }), indicator("12 Unit", { k: [3, 6, null, null] })]);
    const fp = planFill(plan, options({ columns: "kinerja" }));
    expect(quartersOn(fp, 5)).toEqual([undefined, 50, 75, 100]);
    expect(quartersOn(fp, 6)).toEqual([undefined, undefined, 9, 12]);
  });

  it("an explicit strategy or convention is followed as asked", () => {
    const { plan } = mini([...CUMULATIVE, indicator("100 Unit", { k: [25, 25, 25, null] })]);
    expect(quartersOn(planFill(plan, options({ columns: "kinerja", convention: "unitsCumulative" })), 5)).toEqual([undefined, undefined, undefined, 100]);
  });
});
