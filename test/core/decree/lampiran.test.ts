import { lampiranAnchor, lampiranHeading, lampiranHeadingEdits } from "../../../src/core/decree/lampiran";
import { gridFromRows, GridView, type CellValue, type Grid } from "../../../src/core/grid";
import type { Recognition } from "../../../src/core/layout/types";
import { seedMeta } from "./seed";

const HEADING = [
  "Lampiran I : KEPUTUSAN DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK",
  "NOMOR : 188 / 001.1 / K / 411.310 / 2022",
  "TANGGAL : 12 Januari 2022",
  "TENTANG : RENCANA AKSI PENCAPAIAN KINERJA DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK TAHUN 2022",
];

/** A plan sheet: `above` rows (by index) with content, title at titleRow, header two rows below it. */
function planGrid(titleRow: number, filled: Record<number, CellValue[]> = {}, cols = 6): Grid {
  const rows: CellValue[][] = [];
  for (let r = 0; r <= titleRow + 4; r++) rows.push(filled[r] ?? Array<CellValue>(cols).fill(null));
  rows[titleRow] = ["RENCANA AKSI TAHUN 2022", null, null, null, null, null];
  rows[titleRow + 1] = ["DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK", null, null, null, null, null];
  rows[titleRow + 3] = ["Sasaran", "Indikator", null, "Kegiatan/Sub Kegiatan", null, "Target"];
  rows[titleRow + 4] = ["Sasaran 1 ...", "1. Program ...", "Hasil", "A. ...", "Indikator", "7 Dokumen"];
  return gridFromRows("Renaksi", rows);
}

const at = (titleRow: number | null, headerTop: number, left = 0) => ({ sheet: "Renaksi", headerTop, left, titleRow });

test("lampiranHeading: four lines with the annex number, number, date and subject", () => {
  expect(lampiranHeading(seedMeta())).toEqual(HEADING);
  const m = seedMeta();
  m.lampiran = "II";
  m.tanggal = "bukan tanggal";
  expect(lampiranHeading(m)[0]).toMatch(/^Lampiran II : /);
  expect(lampiranHeading(m)[2]).toBe("TANGGAL : bukan tanggal");
});

describe("lampiranHeadingEdits", () => {
  test("writes the heading into the empty rows just above the title, one empty row between", () => {
    const grid = planGrid(7);
    const result = lampiranHeadingEdits(grid, at(7, 10), seedMeta());
    expect("edits" in result).toBe(true);
    if (!("edits" in result)) return;
    expect(result.edits.map((e) => [e.row, e.col, e.value])).toEqual(HEADING.map((h, i) => [2 + i, 0, h]));
    const view = new GridView(grid);
    for (const e of result.edits) {
      expect(view.isEmpty(e.row, e.col)).toBe(true);
      expect(e.previous).toEqual({ value: null, format: "General" });
      expect(e.sheet).toBe("Renaksi");
      expect(e.format).toBeUndefined();
    }
  });

  test("rows above the grid's used range count as empty; the heading goes to the table's left column", () => {
    const grid = planGrid(0);
    grid.origin = { row: 6, col: 2 };
    const result = lampiranHeadingEdits(grid, at(6, 9, 2), seedMeta());
    expect("edits" in result && result.edits.map((e) => [e.row, e.col])).toEqual([[1, 2], [2, 2], [3, 2], [4, 2]]);
  });

  test("without a title the heading sits above the header", () => {
    const rows: CellValue[][] = [[null], [null], [null], [null], [null], ["Sasaran"]];
    const result = lampiranHeadingEdits(gridFromRows("S", rows), at(null, 5), seedMeta());
    expect("edits" in result && result.edits.map((e) => e.row)).toEqual([0, 1, 2, 3]);
  });

  test("not enough empty rows: noRoom, nothing written", () => {
    const busy = planGrid(6, { 3: [null, null, null, "catatan", null, null] });
    const result = lampiranHeadingEdits(busy, at(6, 9), seedMeta());
    expect(result).toEqual({ noRoom: expect.objectContaining({ id: expect.stringMatching(/5 baris kosong/) }) });
    expect(lampiranHeadingEdits(planGrid(2), at(2, 5), seedMeta())).toHaveProperty("noRoom");
    expect(lampiranHeadingEdits(planGrid(0), at(0, 3), seedMeta())).toHaveProperty("noRoom");
  });

  test("a cell far to the right counts too: the heading never shares a row with content", () => {
    const busy = planGrid(6, { 2: [null, null, null, null, null, "x"] });
    const result = lampiranHeadingEdits(busy, at(6, 9), seedMeta());
    expect("noRoom" in result).toBe(true);
  });

  test("an empty merged area over the target column is not written into", () => {
    const grid = planGrid(6);
    grid.merges.push({ top: 2, left: 0, bottom: 3, right: 4 });
    expect(lampiranHeadingEdits(grid, at(6, 9), seedMeta())).toHaveProperty("noRoom");
  });

  test("an existing Lampiran heading is reported, not written again", () => {
    const grid = planGrid(8, { 1: ["Lampiran I : KEPUTUSAN ...", null, null, null, null, null] });
    const result = lampiranHeadingEdits(grid, at(8, 11), seedMeta());
    expect(result).toEqual({ noRoom: expect.objectContaining({ en: expect.stringMatching(/already has an annex heading in row 2/) }) });
  });

  test("lampiranAnchor takes the table's left column from a Recognition", () => {
    const rec = { sheet: "S", headerTop: 9, titleRow: 6, range: { top: 9, left: 1, bottom: 40, right: 15 } } as Recognition;
    expect(lampiranAnchor(rec)).toEqual({ sheet: "S", headerTop: 9, left: 1, titleRow: 6 });
  });
});
