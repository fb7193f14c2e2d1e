/** Plan-like sheets for the adapter tests: header, Sasaran merged down, indicators, quarter percentages. */
import { FakeBook, cellFor, putRows, type FakeSheet } from "./fake";

export const HEADER = [
  "Sasaran", "Indikator Sasaran", "Uraian", "Indikator", "Target",
  "TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", "TW III", "TW IV", "Ket",
];

/** A sheet with a two-line title, the header at row 4 and `rows` data rows below. */
export function planSheet(book: FakeBook, name: string, rows: number): FakeSheet {
  const sheet = book.addSheet(name);
  putRows(sheet, [["RENCANA AKSI TAHUN 2027"], ["DINAS KOPERASI DAN USAHA MIKRO KABUPATEN CONTOH"]]);
  putRows(sheet, [HEADER], { row: 3, col: 0 });
  const top = 4;
  for (let i = 0; i < rows; i++) {
    const r = top + i;
    const kind = i % 10;
    const row: (string | number | null)[] = new Array(HEADER.length).fill(null);
    if (kind === 0) row[0] = `Sasaran ${Math.floor(i / 10) + 1} Meningkatnya kualitas pelayanan koperasi dan usaha mikro`;
    if (kind === 1) row[1] = `${(i % 7) + 1}. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota`;
    if (kind === 2) row[2] = `${String.fromCharCode(65 + (i % 8))}. Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah`;
    if (kind >= 3) {
      row[2] = kind === 3 ? `${(i % 9) + 1}) Penyusunan Dokumen Perencanaan Perangkat Daerah` : null;
      row[3] = "Jumlah dokumen perencanaan yang tersusun tepat waktu";
      row[4] = `${(i % 12) + 1} Dokumen`;
      row[13] = i % 3 === 0 ? "APBD" : null;
    }
    putRows(sheet, [row], { row: r, col: 0 });
    if (kind >= 3) {
      putRows(sheet, [[0.25, 0.5, 0.75, 1, 0.25, 0.5, 0.75, 1]], { row: r, col: 5 }, "0%");
    }
    if (kind === 0 && i + 9 < rows) sheet.merges.push({ top: r, left: 0, bottom: r + 9, right: 0 });
  }
  return sheet;
}

/** A fill colour set directly on a cell (test set-up). */
export function paint(sheet: FakeSheet, row: number, col: number, color: string, pattern = "Solid"): void {
  const s = cellFor(sheet, row, col).style;
  s["fill.color"] = color;
  s["fill.pattern"] = pattern;
}
