import { layoutFor, templateSheet } from "../../../src/core/template";

describe("template page and view", () => {
  test("freezes the header rows and the first column", () => {
    const l = layoutFor({ year: 2027 });
    expect(templateSheet({ year: 2027 }).freeze).toEqual({ rows: l.headerTop + 2, cols: 1 });
    const ln = layoutFor({ year: 2027, columnNumbers: true });
    expect(templateSheet({ year: 2027, columnNumbers: true }).freeze).toEqual({ rows: ln.headerTop + 3, cols: 1 });
  });

  test("prints landscape, one page wide, header rows on every page, the whole table", () => {
    const l = layoutFor({ year: 2027, prefill: true });
    const p = templateSheet({ year: 2027, prefill: true }).pageSetup;
    expect(p.orientation).toBe("landscape");
    expect(p.fitToWidth).toBe(1);
    expect(p.printTitleRows).toEqual({ first: l.headerTop, last: l.headerTop + 1 });
    expect(p.printArea).toEqual({ top: 0, left: 0, bottom: l.dataBottom, right: 16 });
    for (const m of [p.margins!.top, p.margins!.bottom, p.margins!.left, p.margins!.right]) {
      expect(m).toBeGreaterThanOrEqual(0.3);
      expect(m).toBeLessThanOrEqual(0.75);
    }
  });

  test("print titles include the column-number row when there is one", () => {
    const l = layoutFor({ year: 2027, columnNumbers: true });
    expect(templateSheet({ year: 2027, columnNumbers: true }).pageSetup.printTitleRows).toEqual({
      first: l.headerTop,
      last: l.headerTop + 2,
    });
  });

  test("paper A4 by default, F4 on request", () => {
    expect(templateSheet({ year: 2027 }).pageSetup.paper).toBe("a4");
    expect(templateSheet({ year: 2027, paper: "f4" }).pageSetup.paper).toBe("f4");
    expect(templateSheet({ year: 2027, paper: "a4" }).pageSetup.paper).toBe("a4");
  });
});
