import { pageStarts } from "../../../src/core/decree/page";
import { countLines, lineHeightPt, pxToWidthUnits, rowHeightPt, textWidthPx, wrapLines } from "../../../src/core/decree/textFit";

const F12 = { size: 12 };

describe("textWidthPx", () => {
  test("Arial advance widths at 12 pt, 96 px per inch (with 5% room)", () => {
    // "Mi" = 833 + 222 = 1055/1000 em; 12 pt = 16 px per em.
    expect(textWidthPx("Mi", F12)).toBeCloseTo(1.055 * 16 * 1.02, 5);
    expect(textWidthPx("", F12)).toBe(0);
    expect(textWidthPx("WWW", F12)).toBeGreaterThan(textWidthPx("iii", F12) * 3);
  });

  test("bold is wider; capitals are wider than lower case", () => {
    expect(textWidthPx("Menimbang", { size: 12, bold: true })).toBeGreaterThan(textWidthPx("Menimbang", F12));
    expect(textWidthPx("NGANJUK", F12)).toBeGreaterThan(textWidthPx("nganjuk", F12));
  });
});

describe("wrapLines", () => {
  test("breaks at spaces, greedily, never wider than the cell", () => {
    const text = "bahwa untuk memberikan panduan dalam upaya penguatan akuntabilitas kinerja secara terpadu";
    const lines = wrapLines(text, 200, F12);
    expect(lines.join(" ")).toBe(text);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidthPx(line, F12)).toBeLessThanOrEqual(200 - 6);
    // Greedy: the next word would not have fitted on the line.
    lines.slice(0, -1).forEach((line, i) => {
      const next = lines[i + 1].split(" ")[0];
      expect(textWidthPx(`${line} ${next}`, F12)).toBeGreaterThan(200 - 6);
    });
  });

  test("a word longer than the cell is split; line breaks are kept; empty text is one line", () => {
    const long = "Undang-Undang".repeat(5);
    const pieces = wrapLines(long, 100, F12);
    expect(pieces.join("")).toBe(long);
    expect(pieces.length).toBeGreaterThan(3);
    expect(countLines("a\nb\n\nc", 300, F12)).toBe(4);
    expect(countLines("", 300, F12)).toBe(1);
  });
});

test("row heights and width units", () => {
  expect(lineHeightPt(12)).toBe(15);
  expect(rowHeightPt(3, 12)).toBe(47);
  expect(pxToWidthUnits(140)).toBe(20);
});

test("pageStarts: a row that does not fit moves to the next page", () => {
  expect(pageStarts([100, 100, 100], 250)).toEqual([0, 2]);
  expect(pageStarts([300, 10], 250)).toEqual([0, 1]);
  expect(pageStarts([], 250)).toEqual([]);
});
