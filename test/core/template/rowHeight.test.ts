import { LINE_HEIGHT, rowHeightFor, wrappedLines } from "../../../src/core/template/rowHeight";
import { layoutFor, templateSheet } from "../../../src/core/template";

describe("row heights of prefilled rows", () => {
  test("short text takes one line, long text wraps at word boundaries", () => {
    expect(wrappedLines("Pengadaan Mebel", 32)).toBe(1);
    expect(wrappedLines("", 32)).toBe(1);
    expect(wrappedLines("aaaa bbbb cccc", 10)).toBe(2); // 11 chars per line: "aaaa bbbb" | "cccc"
    expect(wrappedLines("x".repeat(25), 10)).toBe(3); // one long word is cut
    const long = "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan";
    expect(wrappedLines(long, 32)).toBeGreaterThanOrEqual(3);
    expect(wrappedLines(long, 32, true)).toBeGreaterThanOrEqual(wrappedLines(long, 32));
    expect(rowHeightFor(long, 32)).toBe(wrappedLines(long, 32) * LINE_HEIGHT);
  });

  test("every prefilled row has a height that fits its text; empty rows keep the default", () => {
    const opts = { year: 2027, prefill: true, dataRows: 4 };
    const spec = templateSheet(opts);
    const l = layoutFor(opts);
    const filled = spec.cells.filter((c) => c.row >= l.dataTop && typeof c.value === "string");
    expect(filled.length).toBeGreaterThan(50);
    for (const c of filled) {
      const h = spec.rowHeights?.[c.row];
      expect(h).toBe(rowHeightFor(String(c.value), spec.columnWidths[c.col], c.style?.bold === true));
      expect(h).toBeGreaterThanOrEqual(LINE_HEIGHT);
    }
    expect(spec.rowHeights?.[l.dataBottom]).toBeUndefined();
  });
});
