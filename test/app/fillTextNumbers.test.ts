/**
 * A table whose quarter cells are numbers typed as text ("21,25", as e-SAKIP exports write them)
 * through the app's use cases over the .xlsx package: the fill writes text numbers, a second fill
 * writes nothing, and undo gives back every cell exactly as it was.
 */
import { applyFill, undoFill } from "../../src/app/fill";
import type { FillOptions } from "../../src/core/fill";
import { indicator, miniSource } from "../core/fill/table";
import { openSource, snapshot } from "./fillSupport";

const AUTO: FillOptions = { strategy: { kind: "auto" }, columns: "kinerja", overwrite: false };

const SOURCE = miniSource([
  indicator("85 %", { k: ["21,25", "42,5", null, null] }),
  indicator("90 %", { k: ["22,5", "45", "67,5", "90"] }),
  indicator("89,68 %"),
]);

describe("fill and undo on numbers typed as text", () => {
  it("writes text numbers, is idempotent, and undo restores the blanks", async () => {
    const wb = await openSource(SOURCE);
    const before = await snapshot(wb);
    const first = await applyFill(wb, AUTO);
    expect(first.plan.edits.map((e) => e.value)).toEqual(["63,75", "85", "22,42", "44,84", "67,26", "89,68"]);
    const filled = await snapshot(wb);
    expect(filled.get("Lampiran!F3")?.value).toBe(JSON.stringify("63,75"));
    const second = await applyFill(wb, AUTO);
    expect(second.applied).toBe(0);
    expect(await snapshot(wb)).toEqual(filled);
    const undone = await undoFill(wb);
    expect(undone).toMatchObject({ restored: 6, changedSince: 0, remaining: 0 });
    expect(await snapshot(wb)).toEqual(before);
  });
});
