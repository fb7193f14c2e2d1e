import { gridFromRows } from "../../../src/core/grid";
import type { Recognition } from "../../../src/core/layout/types";
import { hiddenFindings } from "../../../src/core/plan/hidden";

// A table from row 3 (header) to row 20, columns B..H (0-based 1..7).
// Every column is read but G (0-based 6), which has no role.
const headers = [1, 2, 3, 4, 5, 6, 7].map((col) => ({ col, label: `k${col}`, role: col === 6 ? null : ("keterangan" as const) }));
const rec = { sheet: "S", range: { top: 2, left: 1, bottom: 19, right: 7 }, headerTop: 2, headerRows: 1, dataTop: 3, dataBottom: 19, headers } as Recognition;
const grid = (hiddenRows: number[], hiddenCols: number[]) => ({ ...gridFromRows("S", [["x"]]), hiddenRows, hiddenCols });

describe("hiddenFindings", () => {
  it("says each run of hidden rows and columns inside the table once, with its range", () => {
    const f = hiddenFindings(grid([7, 5, 6, 6, 12, 40, 0], [3, 9, 2, 6]), rec); // G is not read: not said
    expect(f.map((x) => [x.rule, x.range, x.message.id])).toEqual([
      ["layout.hiddenRows", { top: 5, left: 1, bottom: 7, right: 1 }, "Tersembunyi di dalam tabel: baris 6–8. Isinya tetap diperiksa."],
      ["layout.hiddenRows", { top: 12, left: 1, bottom: 12, right: 1 }, "Tersembunyi di dalam tabel: baris 13. Isinya tetap diperiksa."],
      ["layout.hiddenColumns", { top: 2, left: 2, bottom: 2, right: 3 }, "Tersembunyi di dalam tabel: kolom C–D. Isinya tetap diperiksa."],
    ]);
    expect(f.map((x) => x.message.en)).toEqual([
      "Hidden inside the table: rows 6–8. Their cells are checked all the same.",
      "Hidden inside the table: row 13. Its cells are checked all the same.",
      "Hidden inside the table: columns C–D. Their cells are checked all the same.",
    ]);
    for (const x of f) {
      expect(x.severity).toBe("info");
      expect(x.hint?.en).toMatch(/Unhide/);
    }
  });

  it("says nothing when nothing inside the table is hidden", () => {
    expect(hiddenFindings(grid([0, 1, 30], [0, 12]), rec)).toEqual([]);
    expect(hiddenFindings(gridFromRows("S", [["x"]]), rec)).toEqual([]);
  });
});
