import { groupRects, sliceRect } from "../../src/excel/rects";

describe("groupRects", () => {
  test("stacks equal runs into rectangles and splits on gaps and keys", () => {
    const cells = [
      { row: 0, col: 0, data: "a" }, { row: 0, col: 1, data: "a" },
      { row: 1, col: 0, data: "a" }, { row: 1, col: 1, data: "a" },
      { row: 2, col: 0, data: "a" }, { row: 2, col: 1, data: "b" },
      { row: 4, col: 0, data: "a" }, { row: 4, col: 1, data: "a" },
    ];
    const rects = groupRects(cells, (d) => d);
    expect(rects.map((r) => [r.range, r.key])).toEqual([
      [{ top: 0, left: 0, bottom: 1, right: 1 }, "a"],
      [{ top: 2, left: 0, bottom: 2, right: 0 }, "a"],
      [{ top: 2, left: 1, bottom: 2, right: 1 }, "b"],
      [{ top: 4, left: 0, bottom: 4, right: 1 }, "a"],
    ]);
    // Every cell lands in exactly one rectangle.
    expect(rects.reduce((n, r) => n + r.data.flat().length, 0)).toBe(cells.length);
  });

  test("without keys a full block is one rectangle, however the cells arrive", () => {
    const cells = [];
    for (let r = 0; r < 50; r++) for (let c = 0; c < 8; c++) cells.push({ row: 100 - r, col: 5 + c, data: r * 8 + c });
    const rects = groupRects(cells.reverse());
    expect(rects).toHaveLength(1);
    expect(rects[0].range).toEqual({ top: 51, left: 5, bottom: 100, right: 12 });
    expect(rects[0].data[49][7]).toBe(7);
  });

  test("sliceRect cuts big rectangles by rows", () => {
    const data = Array.from({ length: 100 }, () => ["x".repeat(100)]);
    const slices = sliceRect({ range: { top: 10, left: 2, bottom: 109, right: 2 }, key: "", data }, 2000);
    expect(slices.length).toBeGreaterThan(1);
    expect(slices.reduce((n, s) => n + s.data.length, 0)).toBe(100);
    expect(slices[slices.length - 1].range.bottom).toBe(109);
  });
});
