import { layoutFor, templateSheet } from "../../../src/core/template";
import { effectiveStyle, overlaps, valueAt, extent } from "./specHelpers";
import { HEADER_FILL } from "../../../src/core/template";

const SINGLE = [
  "Sasaran",
  "Indikator Sasaran",
  "Program",
  "Indikator Program",
  "Kegiatan / Sub Kegiatan",
  "Indikator",
  "Target",
  "Satuan",
];
const TW = ["TW I", "TW II", "TW III", "TW IV"];

describe("template header", () => {
  const spec = templateSheet({ year: 2027 });
  const layout = layoutFor({ year: 2027 });
  const top = layout.headerTop;

  test("single-row columns carry their label merged down both header rows", () => {
    SINGLE.forEach((label, col) => {
      expect(valueAt(spec, top, col)).toBe(label);
      expect(spec.merges).toContainEqual({ top, left: col, bottom: top + 1, right: col });
    });
    expect(valueAt(spec, top, 16)).toBe("Keterangan");
    expect(spec.merges).toContainEqual({ top, left: 16, bottom: top + 1, right: 16 });
  });

  test("quarter groups: group label merged across four quarters, TW I..TW IV below", () => {
    expect(valueAt(spec, top, 8)).toBe("Target Kinerja");
    expect(valueAt(spec, top, 12)).toBe("Target Pelaksanaan");
    expect(spec.merges).toContainEqual({ top, left: 8, bottom: top, right: 11 });
    expect(spec.merges).toContainEqual({ top, left: 12, bottom: top, right: 15 });
    TW.forEach((label, i) => {
      expect(valueAt(spec, top + 1, 8 + i)).toBe(label);
      expect(valueAt(spec, top + 1, 12 + i)).toBe(label);
    });
  });

  test("header cells are bold, centred, filled blue-grey, bordered, wrapped", () => {
    for (let r = top; r <= top + 1; r++) {
      for (let c = 0; c <= layout.lastCol; c++) {
        const s = effectiveStyle(spec, r, c);
        expect(s).toMatchObject({ bold: true, hAlign: "center", fill: HEADER_FILL, wrap: true });
        expect(s.border).toEqual({ top: "thin", bottom: "thin", left: "thin", right: "thin" });
      }
    }
  });

  test("merges stay inside the sheet and never overlap", () => {
    for (const opts of [{ year: 2027 }, { year: 2027, office: "Dinas X", prefill: true, columnNumbers: true }]) {
      const s = templateSheet(opts);
      const { rows, cols } = extent(s);
      for (const m of s.merges) {
        expect(m.top).toBeGreaterThanOrEqual(0);
        expect(m.left).toBeGreaterThanOrEqual(0);
        expect(m.bottom).toBeLessThan(rows);
        expect(m.right).toBeLessThanOrEqual(layoutFor(opts).lastCol);
        expect(m.bottom >= m.top && m.right >= m.left).toBe(true);
        expect(m.bottom > m.top || m.right > m.left).toBe(true);
      }
      expect(cols).toBe(17);
      s.merges.forEach((a, i) => s.merges.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    }
  });

  test("no value is written inside a merged area except its top-left cell", () => {
    const s = templateSheet({ year: 2027, office: "Dinas X", prefill: true });
    for (const c of s.cells) {
      for (const m of s.merges) {
        const within = c.row >= m.top && c.row <= m.bottom && c.col >= m.left && c.col <= m.right;
        if (within && (c.row !== m.top || c.col !== m.left)) expect(c.value).toBeNull();
      }
    }
  });

  test("optional row of column numbers (1)..(17) under the header", () => {
    expect(layout.columnNumbersRow).toBeNull();
    const withNumbers = templateSheet({ year: 2027, columnNumbers: true });
    const l = layoutFor({ year: 2027, columnNumbers: true });
    expect(l.columnNumbersRow).toBe(top + 2);
    expect(l.dataTop).toBe(top + 3);
    for (let c = 0; c <= l.lastCol; c++) expect(valueAt(withNumbers, top + 2, c)).toBe(`(${c + 1})`);
    expect(valueAt(spec, top + 2, 0)).toBeNull();
  });

  test("cells are unique and styles of a cell never fight its range style", () => {
    const s = templateSheet({ year: 2027, prefill: true, columnNumbers: true });
    const seen = new Set<string>();
    for (const c of s.cells) {
      const key = `${c.row},${c.col}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      // Whether an adapter merges or replaces styles, the cell ends up the same.
      for (const rs of s.rangeStyles ?? []) {
        const within = c.row >= rs.range.top && c.row <= rs.range.bottom && c.col >= rs.range.left && c.col <= rs.range.right;
        if (within) expect(c.style).toMatchObject(rs.style);
      }
    }
    const ranges = (s.rangeStyles ?? []).map((r) => r.range);
    ranges.forEach((a, i) => ranges.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
  });
});
