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
  "layout.noTableVisible": {
    id: "Tidak ada tabel Rencana Aksi di lembar yang tampak: dicari di setiap lembar yang tidak disembunyikan baris judul kolom dengan Sasaran/Program/Kegiatan/Indikator dan Target/Triwulan. Lembar tersembunyi tidak dibaca ({count}: {sheets}); bila rencananya ada di salah satunya, tampilkan lembar itu (klik kanan tab lembar > Tampilkan) lalu periksa lagi.",
    en: "No Rencana Aksi table on the visible sheets: looked on every sheet not hidden for a header row with Sasaran/Program/Kegiatan/Indikator and Target/Triwulan columns. Hidden sheets are not read ({count}: {sheets}); if the plan is on one of them, unhide it (right-click a sheet tab > Unhide) and check again.",
  },
  "layout.notPlan.realisasi": {
    id: "Lembar \"{sheet}\" memuat tabel realisasi/evaluasi (kolom Realisasi, Capaian atau Rp, tanpa kolom target per triwulan), bukan tabel Rencana Aksi: tabel seperti itu milik pemantauan (monev) capaian, sehingga isinya tidak diperiksa sebagai rencana.",
    en: "Sheet \"{sheet}\" holds a realisation/evaluation table (Realisasi, Capaian or Rp columns, no quarterly target columns), not a Rencana Aksi table: such a table belongs to monitoring, so nothing of it is validated as a plan.",
  },
  "layout.notPlan.belanja": {
    id: "Lembar \"{sheet}\" memuat daftar belanja/anggaran (Uraian Belanja, Volume, Harga Satuan, Jumlah), bukan tabel Rencana Aksi: tidak ada indikator dengan target per triwulan, sehingga isinya tidak diperiksa sebagai rencana.",
    en: "Sheet \"{sheet}\" holds a spending/budget list (Uraian Belanja, Volume, Harga Satuan, Jumlah), not a Rencana Aksi table: it has no indicators with quarterly targets, so nothing of it is validated as a plan.",
  },
  "layout.notPlan.tanpaTriwulan": {
    id: "Lembar \"{sheet}\" memuat target tahunan tanpa kolom target triwulan (seperti lampiran Perjanjian Kinerja), bukan tabel Rencana Aksi: Rencana Aksi membagi tiap target ke Triwulan I-IV. Tambahkan kolom Target Triwulan I-IV agar tabel itu diperiksa sebagai rencana.",
    en: "Sheet \"{sheet}\" holds annual targets without quarterly target columns (like a Perjanjian Kinerja annex), not a Rencana Aksi table: a Rencana Aksi spreads each target over Triwulan I-IV. Add Target Triwulan I-IV columns to have it validated as a plan.",
  },
  "layout.emptyTable": {
    id: "Tabel di lembar \"{sheet}\" belum berisi data (hanya judul kolom).",
    en: "The table on sheet \"{sheet}\" holds no data yet (header only).",
  },
  "layout.nextTable": {
    id: "Di bawah tabel, mulai baris {row}, ada tabel lain dengan judul kolomnya sendiri. Renaksi membaca satu tabel per lembar, sehingga tabel itu tidak diperiksa.",
    en: "Below the table, from row {row}, another table begins with its own header. Renaksi reads one table per sheet, so that table is not checked.",
  },
  "layout.nextTableHint": {
    id: "Bila tabel itu juga Rencana Aksi yang perlu diperiksa, pindahkan ke lembar tersendiri; lampiran lain (seperti Perjanjian Kinerja) boleh tetap di sini.",
    en: "If that table is also a Rencana Aksi to be checked, move it to a sheet of its own; another annex (such as the Perjanjian Kinerja) may stay here.",
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
  // A file saved by a program that does not calculate (openpyxl, report generators): formulas stored without their result.
  "layout.uncomputed": {
    id: "{count} sel rumus di tabel tidak menyimpan hasil hitungan (berkas disimpan oleh program yang tidak menghitung rumus). Renaksi tidak dapat membacanya, sehingga target dan triwulan yang bergantung padanya tidak diperiksa (rumus di kolom lain terbaca kosong).",
    en: "{count} formula cells of the table hold no computed value (the file was saved by a program that does not calculate formulas). Renaksi cannot read them, so it did not check the targets and quarters that rest on them (formulas in other columns read as empty).",
  },
  "layout.uncomputedOne": {
    id: "1 sel rumus di tabel tidak menyimpan hasil hitungan (berkas disimpan oleh program yang tidak menghitung rumus). Renaksi tidak dapat membacanya, sehingga target dan triwulan yang bergantung padanya tidak diperiksa (rumus di kolom lain terbaca kosong).",
    en: "1 formula cell of the table holds no computed value (the file was saved by a program that does not calculate formulas). Renaksi cannot read it, so it did not check the target and quarters that rest on it (a formula in another column reads as empty).",
  },
  "layout.uncomputedHint": {
    id: "Buka berkas di Excel atau LibreOffice lalu simpan (rumus dihitung saat dibuka), kemudian periksa lagi.",
    en: "Open the file in Excel or LibreOffice and save it (the formulas are computed on opening), then check again.",
  },
} satisfies Catalog;
