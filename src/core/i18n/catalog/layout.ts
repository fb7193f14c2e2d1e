import type { Catalog } from "../types";

/** Messages of the layout area (recognition). Keys are "layout.<name>". */
export const layout = {
  "layout.notFound": {
    id: "Lembar \"{sheet}\" tidak memuat tabel Rencana Aksi: dicari baris judul kolom dengan Sasaran/Program/Kegiatan/Indikator dan Target/Triwulan.",
    en: "Sheet \"{sheet}\" holds no Rencana Aksi table: looked for a header row with Sasaran/Program/Kegiatan/Indikator and Target/Triwulan columns.",
  },
  "layout.noTableInWorkbook": {
    id: "Tidak ada tabel Rencana Aksi di buku kerja ini: dicari di setiap lembar baris judul kolom dengan Sasaran/Program/Kegiatan/Indikator dan Target/Triwulan.",
    en: "No Rencana Aksi table in this workbook: looked on every sheet for a header row with Sasaran/Program/Kegiatan/Indikator and Target/Triwulan columns.",
  },
  "layout.emptyTable": {
    id: "Tabel di lembar \"{sheet}\" belum berisi data (hanya judul kolom).",
    en: "The table on sheet \"{sheet}\" holds no data yet (header only).",
  },
  "layout.noYear": {
    id: "Tahun rencana tidak ditemukan di judul di atas tabel (dicari \"RENCANA AKSI TAHUN ....\").",
    en: "The plan's year was not found in the title above the table (looked for \"RENCANA AKSI TAHUN ....\").",
  },
  "layout.hiddenRow": {
    id: "Tersembunyi di dalam tabel: baris {rows}. Isinya tetap diperiksa.",
    en: "Hidden inside the table: row {rows}. Its cells are checked all the same.",
  },
  "layout.hiddenRows": {
    id: "Tersembunyi di dalam tabel: baris {rows}. Isinya tetap diperiksa.",
    en: "Hidden inside the table: rows {rows}. Their cells are checked all the same.",
  },
  "layout.hiddenColumn": {
    id: "Tersembunyi di dalam tabel: kolom {columns}. Isinya tetap diperiksa.",
    en: "Hidden inside the table: column {columns}. Its cells are checked all the same.",
  },
  "layout.hiddenColumns": {
    id: "Tersembunyi di dalam tabel: kolom {columns}. Isinya tetap diperiksa.",
    en: "Hidden inside the table: columns {columns}. Their cells are checked all the same.",
  },
  "layout.hiddenHint": {
    id: "Tampilkan kembali (Beranda > Format > Sembunyikan & Perlihatkan) bila isinya termasuk rencana: yang tersembunyi tidak ikut tercetak di Lampiran.",
    en: "Unhide them (Home > Format > Hide & Unhide) if they belong to the plan: hidden cells are left out of the printed Lampiran.",
  },
} satisfies Catalog;
