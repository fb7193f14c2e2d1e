import fc from "fast-check";
import { cleanText, needsCleaning } from "../../src/core/cleanText";
import { GridView, gridFromRows, sheetRef, type CellValue } from "../../src/core/grid";

describe("sheetRef", () => {
  it("quotes a sheet name a reference could not read bare", () => {
    for (const plain of ["Sheet1", "Rencana_Aksi.2024", "Lampiran", "RA", "CR", "Rencana", "Capaian"]) expect(sheetRef(plain)).toBe(plain);
    const quoted: [string, string][] = [
      ["Lampiran I", "'Lampiran I'"], ["O'Brien", "'O''Brien'"], ["2024", "'2024'"], ["TW1", "'TW1'"], ["XFD1048576", "'XFD1048576'"],
      // R1C1 notation: a row, a column, both, or the cell itself
      ["R", "'R'"], ["C", "'C'"], ["rc", "'rc'"], ["R2", "'R2'"], ["C10", "'C10'"], ["R2C3", "'R2C3'"],
    ];
    for (const [name, ref] of quoted) expect(sheetRef(name)).toBe(ref);
  });
});

describe("cleanText", () => {
  it.each([
    ["", ""],
    ["Sasaran 1", "Sasaran 1"],
    ["  Sasaran 1 ", "Sasaran 1"],
    ["Sasaran\u00a0 1", "Sasaran 1"],
    ["Sasaran\n1", "Sasaran 1"],
    ["a\tb", "a b"],
    ["a  b", "a b"],
    ["a\u2007b\u202fc", "a b c"],
  ])("%j -> %j", (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  // needsCleaning is a hand-written loop standing for this expression: they must agree on every string.
  const REFERENCE = /^\s|\s$|\s\s|[^\S ]/;
  const spaces = ["", " ", "  ", "\t", "\n", "\r", "\u00a0", "\u1680", "\u2000", "\u2007", "\u200a", "\u200b", "\u2028", "\u202f", "\u205f", "\u3000", "\ufeff", "\u0085", "\u180e"];
  it("needsCleaning agrees with the white-space expression on any string", () => {
    const piece = fc.oneof(fc.constantFrom(...spaces), fc.string({ maxLength: 3 }), fc.string({ unit: "binary", maxLength: 3 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
      const s = parts.join("");
      expect(needsCleaning(s)).toBe(REFERENCE.test(s));
    }), { numRuns: 3000 });
    for (const s of spaces) for (const t of ["a", "a b", "ab"]) {
      for (const candidate of [s + t, t + s, `a${s}b`, `a ${s}b`]) expect(needsCleaning(candidate)).toBe(REFERENCE.test(candidate));
    }
  });
});

describe("GridView merges", () => {
  // Origin B3: values[0][0] is B3 (row 2, col 1). A1-style: B3:C4 merged, D3:D5 merged.
  const rows: CellValue[][] = [
    ["top-left", null, " down ", "x"],
    [null, null, null, 0.25],
    ["a", "b", null, "z"],
  ];
  const grid = gridFromRows("S", rows, {
    origin: { row: 2, col: 1 },
    merges: [
      { top: 2, left: 1, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 4, right: 3 },
    ],
    formats: [["General", "General", "General", "General"], ["General", "General", "General", "0%"], ["General", "General", "General", "General"]],
  });
  const view = new GridView(grid);

  it("resolves covered cells to the anchor", () => {
    expect(view.isCovered(2, 1)).toBe(false);
    expect(view.isCovered(3, 2)).toBe(true);
    expect(view.anchorOf(3, 2)).toEqual({ row: 2, col: 1 });
    expect(view.anchorOf(4, 1)).toEqual({ row: 4, col: 1 });
    expect(view.text(3, 2)).toBe("top-left");
    expect(view.value(2, 2)).toBe("top-left");
    expect(view.text(4, 3)).toBe("down");
    expect(view.rawText(4, 3)).toBe("");
  });

  it("gives the merge of anchors and covered cells, none elsewhere", () => {
    expect(view.mergeAt(2, 1)).toEqual({ top: 2, left: 1, bottom: 3, right: 2 });
    expect(view.mergeAt(4, 3)).toEqual({ top: 2, left: 3, bottom: 4, right: 3 });
    expect(view.mergeAt(4, 1)).toBeUndefined();
    expect(view.mergeAt(0, 0)).toBeUndefined();
  });

  it("reads formats and values outside merges as they are, and nothing outside the grid", () => {
    expect(view.format(3, 4)).toBe("0%");
    expect(view.value(3, 4)).toBe(0.25);
    expect(view.text(0, 0)).toBe("");
    expect(view.value(9, 9)).toBeNull();
    expect(view.format(9, 9)).toBe("General");
    expect(view.isCovered(9, 9)).toBe(false);
  });

  it("handles a huge sparse grid without a dense index", () => {
    // One stray cell far away makes the used range enormous (3,001 rows x 2,001 columns).
    const values: CellValue[][] = Array.from({ length: 3001 }, () => []);
    values[0] = ["a", null];
    values[1] = [null, "b"];
    values[3000][2000] = "far";
    const huge = gridFromRows("S", values, {
      merges: [{ top: 0, left: 0, bottom: 1, right: 0 }],
      text: values.map((r) => Array.from(r, (x) => (typeof x === "string" ? x : ""))),
      formats: [],
    });
    const v = new GridView(huge);
    expect(v.rows * v.cols).toBeGreaterThan(4_000_000);
    expect(v.text(1, 0)).toBe("a");
    expect(v.isCovered(1, 0)).toBe(true);
    expect(v.text(3000, 2000)).toBe("far");
  });
});
