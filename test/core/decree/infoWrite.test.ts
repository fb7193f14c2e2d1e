import { invertEdits, type CellEdit } from "../../../src/core/edits";
import { metaFromInfoGrid } from "../../../src/core/decree/infoRead";
import { infoSheetSpec } from "../../../src/core/decree/infoSheet";
import { infoSheetEdits } from "../../../src/core/decree/infoWrite";
import { gridFromRows, type CellValue, type Grid } from "../../../src/core/grid";
import { gridFromSpec } from "./specGrid";
import { seedMeta } from "./seed";

/** Apply edits to a copy of a grid (origin 0,0), growing it as needed. */
function applied(grid: Grid, edits: readonly CellEdit[]): Grid {
  const values = grid.values.map((r) => [...r]);
  for (const e of edits) {
    while (values.length <= e.row) values.push([]);
    const row = values[e.row];
    while (row.length <= e.col) row.push(null);
    row[e.col] = e.value;
  }
  const width = Math.max(...values.map((r) => r.length));
  return gridFromRows(grid.sheet, values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]), { merges: grid.merges });
}

describe("infoSheetEdits", () => {
  test("saving changed metadata: read back it is the new metadata; undo restores the sheet", () => {
    const grid = gridFromSpec(infoSheetSpec(seedMeta()));
    const next = seedMeta();
    next.nomor = "188/7/411.310/2022";
    next.menimbang.push("bahwa keempat.");
    next.mengingat = next.mengingat.slice(0, 2);
    next.penandatangan.nip = "19631015 198903 1 016";
    next.tembusan = ["Yth. Bupati Nganjuk."];

    const edits = infoSheetEdits(grid, next)!;
    const after = applied(grid, edits);
    expect(metaFromInfoGrid(after)).toEqual({ meta: next, issues: [] });

    // Only what changed is written; values go in as text.
    const written = edits.filter((e) => e.col === 2 && e.value !== "");
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((e) => e.format === "@")).toBe(true);
    // Mengingat 3-8 emptied.
    expect(edits.filter((e) => e.col === 2 && e.value === "")).toHaveLength(6);
    expect(edits.find((e) => e.value === "188/7/411.310/2022")!.previous.value).toBe("188 / 001.1 / K / 411.310 / 2022");
    // The new list item gets a new row under the last one, with key and label.
    const lastRow = grid.values.length - 1;
    const added = edits.filter((e) => e.row > lastRow);
    expect(added.map((e) => e.value)).toEqual(["menimbang.4", "Menimbang butir 4", "bahwa keempat."]);

    const undone = applied(after, invertEdits(edits));
    expect(metaFromInfoGrid(undone).meta).toEqual(seedMeta());
  });

  test("nothing changed: no edits", () => {
    const grid = gridFromSpec(infoSheetSpec(seedMeta()));
    expect(infoSheetEdits(grid, seedMeta())).toEqual([]);
  });

  test("a sheet without keys is not an Info sheet", () => {
    expect(infoSheetEdits(gridFromRows("X", [["a", "b"]]), seedMeta())).toBeNull();
  });
});
