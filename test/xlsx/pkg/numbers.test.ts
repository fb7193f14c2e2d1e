/**
 * Numbers are read as numbers: a target's quantity is the cell's value, never
 * its display text (en-US "12,000" is twelve thousand, "1.25E+11" is 125
 * billion), so fill writes quarters in the target's own units.
 */
import { previewFill } from "../../../src/app/fill";
import { loadWorkbook } from "../../../src/xlsx/load";
import { smallPlanBytes } from "./pkgHelpers";

function plan(): Promise<Uint8Array> {
  return smallPlanBytes(
    [
      [1, "Meningkatnya pelayanan", "Jumlah dokumen yang diterbitkan", "Dokumen", 12000],
      [2, "Meningkatnya pelayanan", "Nilai investasi", "Rupiah", 125000000000],
      [3, "Meningkatnya pelayanan", "Jumlah pelaku usaha dibina", "Orang", 400],
      // A row written in cumulative target units: the table's own convention.
      [4, "Meningkatnya pelayanan", "Jumlah kegiatan", "Kegiatan", 8, 2, 4, 6, 8],
      // A target of 0 (nothing planned this year): a target like any other. (A lower-is-better count in a
      // cumulative table is left by the fill with its reason, whatever its target: test/core/fill/level.test.ts.)
      [5, "Meningkatnya pelayanan", "Jumlah pelatihan tambahan", "Kegiatan", 0],
    ],
    (ws) => (ws.getCell("E4").numFmt = "#,##0"),
  );
}

describe("numbers are numbers", () => {
  it("a 12000 target shown as 12,000 and 125000000000 shown as 1.25E+11 are filled in their units", async () => {
    const loaded = loadWorkbook(await plan());
    if (!loaded.ok) throw new Error("not loaded");
    const grid = await loaded.workbook.readGrid("Rencana Aksi");
    // The display text is what an en-US Excel shows; the value is the number.
    expect(grid.text[3][4]).toBe("12,000");
    expect(grid.values[3][4]).toBe(12000);
    expect(grid.text[4][4]).toBe("1.25E+11");

    const fill = await previewFill(loaded.workbook, { strategy: { kind: "auto" }, columns: "both", overwrite: false });
    expect(fill.problem).toBeUndefined();
    const written = (row: number) => [5, 6, 7, 8].map((col) => fill.edits.find((e) => e.row === row && e.col === col)?.value);
    expect(written(3)).toEqual([3000, 6000, 9000, 12000]);
    expect(written(4)).toEqual([31250000000, 62500000000, 93750000000, 125000000000]);
    expect(written(5)).toEqual([100, 200, 300, 400]);
    // 0 is a target like any other: its quarters are zeros, not "no target".
    expect(written(7)).toEqual([0, 0, 0, 0]);
  });
});
