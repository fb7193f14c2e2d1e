import { MAX_COLS, MAX_ROWS, parseArea, parseAreas } from "../../src/excel/address";
import { hiddenWithin } from "../../src/excel/probe";

describe("RangeAreas addresses", () => {
  test("cells, ranges, whole rows and whole columns, with sheets and $", () => {
    expect(parseArea("Sheet1!$B$7")).toEqual({ top: 6, left: 1, bottom: 6, right: 1 });
    expect(parseArea("A1:C3")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(parseArea("'Rencana Aksi'!3:5")).toEqual({ top: 2, left: 0, bottom: 4, right: MAX_COLS - 1 });
    expect(parseArea("B:D")).toEqual({ top: 0, left: 1, bottom: MAX_ROWS - 1, right: 3 });
    expect(parseArea("A1:B")).toBeNull();
    expect(parseArea("hello")).toBeNull();
  });

  test("lists split at commas outside quoted sheet names", () => {
    expect(parseAreas("'Rencana, Aksi'!A1:B2, 'Rencana, Aksi'!D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(parseAreas("Sheet1!A1, ???")).toBeNull();
  });

  test("hidden rows and columns are those no visible area covers", () => {
    const visible = parseAreas("S!A1:B4, S!D1:F4, S!A7:B9, S!D7:F9")!;
    expect(hiddenWithin({ top: 0, left: 0, bottom: 9, right: 6 }, visible)).toEqual({ rows: [4, 5, 9], cols: [2, 6] });
  });
});
