import fc from "fast-check";
import { invertEdits, UNKNOWN_FORMAT, type CellEdit } from "../../src/core/edits";
import { FormulaIndex } from "../../src/core/formulaCells";
import { GridView, gridFromRows, type Grid, type RangeRef } from "../../src/core/grid";

const BIG: RangeRef = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };

describe("formula cells of a grid", () => {
  test("GridView.hasFormula answers from grid.formulaCells (absolute cells), false where the adapter said nothing", () => {
    const rows = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    const grid: Grid = { ...gridFromRows("S", rows, { origin: { row: 4, col: 2 } }), formulaCells: [{ top: 5, left: 3, bottom: 6, right: 3 }, { top: 4, left: 4, bottom: 4, right: 4 }] };
    const view = new GridView(grid);
    const found: string[] = [];
    for (let r = 3; r <= 8; r++) for (let c = 1; c <= 5; c++) if (view.hasFormula(r, c)) found.push(`${r},${c}`);
    expect(found).toEqual(["4,4", "5,3", "6,3"]);
    expect(new GridView(gridFromRows("S", rows)).hasFormula(0, 0)).toBe(false);
    expect(new GridView({ ...gridFromRows("S", rows), formulaCells: [] }).hasFormula(0, 0)).toBe(false);
  });

  test("areas beyond the grid (whole rows and columns) are clipped to it", () => {
    const grid: Grid = { ...gridFromRows("S", [[1, 2], [3, 4]], { origin: { row: 10, col: 10 } }), formulaCells: [{ top: 0, left: 11, bottom: 1_048_575, right: 11 }] };
    const view = new GridView(grid);
    expect([view.hasFormula(10, 11), view.hasFormula(11, 11), view.hasFormula(10, 10), view.hasFormula(12, 11)]).toEqual([true, true, false, false]);
  });

  test("the index agrees with a cell-by-cell reading for any areas, overlapping and touching ones too", () => {
    const area = fc.record({ top: fc.nat(30), left: fc.nat(6), h: fc.nat(5), w: fc.nat(3) }).map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));
    fc.assert(fc.property(fc.array(area, { maxLength: 12 }), fc.nat(40), fc.nat(12), (areas, row, col) => {
      const inside = areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
      expect(new FormulaIndex(areas, BIG).has(row, col)).toBe(inside);
    }), { numRuns: 500 });
  });

  test("a sheet of 20,000 rows with a formula in every other row: every cell answered right", () => {
    const areas = Array.from({ length: 10_000 }, (_, i) => ({ top: 2 * i, left: 3, bottom: 2 * i, right: 10 }));
    const index = new FormulaIndex(areas, BIG);
    for (let r = 0; r < 20_000; r++) {
      for (let c = 0; c < 12; c++) {
        const expected = r % 2 === 0 && c >= 3 && c <= 10;
        if (index.has(r, c) !== expected) throw new Error(`row ${r}, col ${c}: expected ${expected}`);
      }
    }
    expect(index.has(19_998, 10)).toBe(true);
    expect(index.has(19_999, 10)).toBe(false);
  });
});

describe("an edit can carry a formula", () => {
  const edit: CellEdit = { sheet: "S", row: 3, col: 4, value: 0.25, format: "0%", previous: { value: 0.2, format: "General", formula: "=10%*2" } };

  test("invertEdits writes back the formula the cell had, with its last result as the value", () => {
    expect(invertEdits([edit])).toEqual([
      { sheet: "S", row: 3, col: 4, value: 0.2, format: "General", formula: "=10%*2", previous: { value: 0.25, format: "0%" } },
    ]);
  });

  test("inverting twice gives the edit back, formula included", () => {
    const twice = invertEdits(invertEdits([edit]))[0];
    expect(twice).toEqual({ ...edit, format: "0%" });
    const plain: CellEdit = { sheet: "S", row: 0, col: 0, value: 1, previous: { value: null, format: "General" } };
    expect(invertEdits([plain])[0]).not.toHaveProperty("formula");
  });

  test("a previous format not read (UNKNOWN_FORMAT) is left as it is by the inverse; a read one is written back", () => {
    const unread: CellEdit = { sheet: "S", row: 40, col: 2, value: "A. Kegiatan", previous: { value: null, format: UNKNOWN_FORMAT } };
    expect(invertEdits([unread])[0]).toEqual({ sheet: "S", row: 40, col: 2, value: null, previous: { value: "A. Kegiatan", format: UNKNOWN_FORMAT } });
    const read: CellEdit = { ...unread, previous: { value: null, format: "@" } };
    expect(invertEdits([read])[0].format).toBe("@");
  });
});
