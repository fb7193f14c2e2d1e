/**
 * A very large but well-formed plan written straight to an .xlsx file with
 * ExcelJS's streaming writer (the in-memory writer would need gigabytes):
 * Sasaran > 4 Program > 10 Kegiatan > 5 Sub Kegiatan, one indicator each
 * (fewer than 1,000 Sasaran for 200,000 rows: "Sasaran 1000" is not a numbering),
 * quarters as text percentages, names made unique by their numbers.
 */
import * as ExcelJS from "exceljs";

const HEADER = ["Sasaran", "Program", "Kegiatan/Sub Kegiatan", "Indikator", "Target", "TW I", "TW II", "TW III", "TW IV", "Ket"];
const QUARTERS = ["25%", "50%", "75%", "100%"];

/** Writes a plan of exactly `rows` data rows; returns the number of merged areas written. */
export async function writeBigPlan(file: string, rows: number, opts: { merges?: number } = {}): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet("Lampiran");
  ws.addRow(["RENCANA AKSI TAHUN 2025"]).commit();
  ws.addRow(["DINAS KOPERASI DAN USAHA MIKRO KABUPATEN CONTOH"]).commit();
  ws.addRow(HEADER).commit();
  // Merged areas: Ket cells of two rows each (the Ket column holds nothing else), merged before the rows are committed.
  const merges = Math.min(opts.merges ?? 0, Math.floor(rows / 2));
  let written = 0;
  const add = (cells: (string | null)[]) => {
    if (written >= rows) return;
    const row = ws.addRow(cells);
    const paired = written < 2 * merges;
    if (paired && written % 2 === 1) ws.mergeCells(row.number - 1, 10, row.number, 10);
    if (!paired || written % 2 === 1) row.commit(); // commits the row above too
    written++;
  };
  for (let s = 1; written < rows; s++) {
    add([`Sasaran ${s} Meningkatnya layanan wilayah ${s}`, null, null, `Indeks kepuasan wilayah ${s}`, "100%", ...QUARTERS]);
    for (let p = 1; p <= 4 && written < rows; p++) {
      add([null, `${p}. Program Pemberdayaan Wilayah ${s}.${p}`, null, `Persentase layanan program ${s}.${p}`, "100%", ...QUARTERS]);
      for (let k = 0; k < 10 && written < rows; k++) {
        add([null, null, `${String.fromCharCode(65 + k)}. Pengelolaan Layanan Wilayah ${s}.${p}.${k + 1}`, `Jumlah dokumen kegiatan ${s}.${p}.${k + 1}`, "5 Dokumen", ...QUARTERS]);
        for (let u = 1; u <= 5 && written < rows; u++)
          add([null, null, `${u}) Penyusunan Dokumen Wilayah ${s}.${p}.${k + 1}.${u}`, `Jumlah dokumen tersusun ${s}.${p}.${k + 1}.${u}`, "1 Dokumen", ...QUARTERS]);
      }
    }
  }
  ws.commit();
  await wb.commit();
  return merges;
}
