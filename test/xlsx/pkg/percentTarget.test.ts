/**
 * A percentage target stored as Excel stores one typed as "85%": the number 0.85 with a percent
 * format. In a table that writes its quarters in target units (cumulative), the fourth quarter
 * reaches the target: it must be the same number as the target cell, not 85 (shown "85" beside
 * "85%", a hundred times the target for every formula that reads the cells, the monitoring
 * sheet's capaian among them).
 */
import { previewFill } from "../../../src/app/fill";
import { loadWorkbook } from "../../../src/xlsx/load";
import { smallPlanBytes } from "./pkgHelpers";

function plan(): Promise<Uint8Array> {
  return smallPlanBytes(
    [
      // A row in cumulative target units: the table's convention.
      [1, "Meningkatnya pelayanan", "Jumlah kegiatan", "Kegiatan", 8, 2, 4, 6, 8],
      [2, "Meningkatnya pelayanan", "Jumlah pelaku usaha dibina", "Orang", 400],
      [3, "Meningkatnya pelayanan", "Persentase pelaku usaha yang naik kelas", "%", 0.85],
    ],
    (ws) => (ws.getCell("E6").numFmt = "0%"),
  );
}

describe("a percentage target stored as a percent-formatted number", () => {
  it("is reached in quarter IV by the same number as the target cell", async () => {
    const loaded = loadWorkbook(await plan());
    if (!loaded.ok) throw new Error("not loaded");
    const grid = await loaded.workbook.readGrid("Rencana Aksi");
    expect([grid.values[5][4], grid.text[5][4]]).toEqual([0.85, "85%"]);

    const fill = await previewFill(loaded.workbook, { strategy: { kind: "auto" }, columns: "both", overwrite: false });
    expect(fill.problem).toBeUndefined();
    const written = (row: number) => [5, 6, 7, 8].map((col) => fill.edits.find((e) => e.row === row && e.col === col)?.value);
    // The count row is filled in its units (the convention is read right)...
    expect(written(4)).toEqual([100, 200, 300, 400]);
    // ...and the percentage row reaches its target cell's number, 0.85 (written 85: "85" beside "85%").
    expect(written(5)[3]).toBe(grid.values[5][4]);
  });
});
