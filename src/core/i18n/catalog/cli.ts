import type { Catalog } from "../types";

/** Messages of the cli area. Keys are "cli.<name>". */
export const cli = {
  // cli.file.*: why a workbook file cannot be read or written (src/xlsx load.ts and node-io.ts).
  "cli.file.empty": {
    id: "Berkas kosong (0 bita); bukan buku kerja Excel.",
    en: "The file is empty (0 bytes); it is not an Excel workbook.",
  },
  "cli.file.notXlsx": {
    id: "Berkas ini bukan buku kerja Excel (.xlsx).",
    en: "This file is not an Excel workbook (.xlsx).",
  },
  "cli.file.csv": {
    id: "Berkas ini berisi teks/CSV, bukan buku kerja Excel (.xlsx). Buka di Excel lalu simpan sebagai .xlsx.",
    en: "This file holds text/CSV, not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx.",
  },
  "cli.file.xls": {
    id: "Berkas ini berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai .xlsx.",
    en: "This file is in the old Excel format (.xls). Open it in Excel and save it as .xlsx.",
  },
  "cli.file.encrypted": {
    id: "Buku kerja ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya, lalu simpan lagi.",
    en: "This workbook is password-protected. Open it in Excel, remove the password, and save it again.",
  },
  "cli.file.corrupt": {
    id: "Buku kerja ini rusak atau terpotong dan tidak dapat dibaca.",
    en: "This workbook is damaged or truncated and cannot be read.",
  },
  "cli.file.missing": {
    id: "Berkas tidak ditemukan: {path}",
    en: "File not found: {path}",
  },
  "cli.file.directory": {
    id: "Ini sebuah folder, bukan berkas: {path}",
    en: "This is a folder, not a file: {path}",
  },
  "cli.file.unreadable": {
    id: "Berkas tidak dapat dibaca (periksa izin aksesnya): {path}",
    en: "The file cannot be read (check its permissions): {path}",
  },
  "cli.file.exists": {
    id: "Berkas keluaran sudah ada: {path}. Gunakan --force untuk menggantinya.",
    en: "The output file already exists: {path}. Use --force to replace it.",
  },
  "cli.file.sameAsInput": {
    id: "Berkas keluaran tidak boleh sama dengan berkas masukan: {path}",
    en: "The output file must not be the input file: {path}",
  },
  "cli.file.writeFailed": {
    id: "Berkas keluaran tidak dapat ditulis: {path}",
    en: "The output file cannot be written: {path}",
  },
  // The command line itself.
  "cli.usage": {
    id: "Penggunaan: renaksi <perintah> [opsi]\n\nPerintah:\n  validate BERKAS.xlsx|FOLDER ...  periksa Rencana Aksi (--json, --lang id|en)\n  fill MASUK.xlsx -o KELUAR.xlsx   isi kolom triwulan\n  template -o KELUAR.xlsx          buat templat Rencana Aksi kosong\n  decree RENCANA.xlsx -o KELUAR.xlsx  buat lembar Keputusan\n\n\"renaksi <perintah> --help\" menjelaskan opsi setiap perintah.",
    en: "Usage: renaksi <command> [options]\n\nCommands:\n  validate FILE.xlsx|FOLDER ...    check Rencana Aksi plans (--json, --lang id|en)\n  fill IN.xlsx -o OUT.xlsx         fill the quarterly columns\n  template -o OUT.xlsx             create a blank Rencana Aksi template\n  decree PLAN.xlsx -o OUT.xlsx     create the Keputusan sheet\n\n\"renaksi <command> --help\" explains each command's options.",
  },
  "cli.validate.usage": {
    id: "Penggunaan: renaksi validate BERKAS.xlsx|FOLDER ... [--json] [--lang id|en] [--jobs N] [--no-color]\nMemeriksa setiap tabel Rencana Aksi. Kode keluar: 0 tanpa galat, 1 ada galat, 2 berkas tidak dapat dipakai.",
    en: "Usage: renaksi validate FILE.xlsx|FOLDER ... [--json] [--lang id|en] [--jobs N] [--no-color]\nChecks every Rencana Aksi table. Exit code: 0 no error, 1 errors found, 2 a file cannot be used.",
  },
  "cli.unknownCommand": { id: "Perintah tidak dikenal: {name}. Lihat \"renaksi --help\".", en: "Unknown command: {name}. See \"renaksi --help\"." },
  "cli.unknownOption": { id: "Opsi tidak dikenal: {name}. Lihat \"renaksi {command} --help\".", en: "Unknown option: {name}. See \"renaksi {command} --help\"." },
  "cli.missingValue": { id: "Opsi --{name} memerlukan nilai.", en: "Option --{name} needs a value." },
  "cli.noFiles": { id: "Sebutkan satu atau lebih berkas .xlsx atau folder.", en: "Name one or more .xlsx files or folders." },
  "cli.emptyFolder": { id: "Folder tidak berisi berkas .xlsx: {path}", en: "The folder holds no .xlsx file: {path}" },
  "cli.unexpected": {
    id: "Terjadi kesalahan tak terduga: {detail}. Berkas Anda tidak diubah.",
    en: "An unexpected error occurred: {detail}. Your files were not changed.",
  },
  "cli.table": {
    id: "Tabel {range}: tahun {year}, {office}; {sasaran} Sasaran, {program} Program, {kegiatan} Kegiatan, {subKegiatan} Sub Kegiatan, {indikator} Indikator",
    en: "Table {range}: year {year}, {office}; {sasaran} Sasaran, {program} Program, {kegiatan} Kegiatan, {subKegiatan} Sub Kegiatan, {indikator} Indikator",
  },
  "cli.unknownValue": { id: "?", en: "?" },
  "cli.sheet": { id: "Lembar \"{sheet}\"", en: "Sheet \"{sheet}\"" },
  "cli.severity.error": { id: "galat", en: "error" },
  "cli.severity.warning": { id: "peringatan", en: "warning" },
  "cli.severity.info": { id: "info", en: "info" },
  "cli.fileSummary": {
    id: "{errors} galat, {warnings} peringatan, {infos} info",
    en: "{errors} errors, {warnings} warnings, {infos} info",
  },
  "cli.readyToAdopt": { id: "Tidak ada galat: siap ditetapkan.", en: "No errors: ready to adopt." },
  "cli.summaryHeader": { id: "Berkas\tTabel\tGalat\tPeringatan", en: "File\tTables\tErrors\tWarnings" },
  "cli.summaryUnusable": { id: "tidak dapat dipakai", en: "cannot be used" },
  "cli.progress": { id: "Memeriksa {done}/{total} berkas", en: "Checking {done}/{total} files" },
  "cli.totals": {
    id: "{files} berkas: {clean} tanpa galat, {withErrors} dengan galat, {unusable} tidak dapat dipakai",
    en: "{files} files: {clean} without errors, {withErrors} with errors, {unusable} cannot be used",
  },
  "cli.template.usage": {
    id: "Penggunaan: renaksi template -o KELUAR.xlsx [--year TAHUN] [--office \"NAMA PERANGKAT DAERAH\"] [--paper a4|f4] [--prefill] [--force]\nMembuat buku kerja baru berisi lembar Rencana Aksi kosong. --prefill mengisi Program Penunjang beserta kegiatan dan sub kegiatannya.",
    en: "Usage: renaksi template -o OUT.xlsx [--year YEAR] [--office \"OFFICE NAME\"] [--paper a4|f4] [--prefill] [--force]\nCreates a new workbook holding a blank Rencana Aksi sheet. --prefill adds the support programme with its kegiatan and sub kegiatan.",
  },
  "cli.template.written": { id: "Templat \"{sheet}\" ditulis ke {path}", en: "Template \"{sheet}\" written to {path}" },
  "cli.missingOutput": { id: "Sebutkan berkas keluaran dengan -o KELUAR.xlsx.", en: "Name the output file with -o OUT.xlsx." },
  "cli.badYear": { id: "Tahun tidak valid: \"{value}\" (contoh: --year 2027).", en: "Invalid year: \"{value}\" (for example --year 2027)." },
  "cli.badPaper": { id: "Ukuran kertas tidak dikenal: \"{value}\" (pilih a4 atau f4).", en: "Unknown paper size: \"{value}\" (choose a4 or f4)." },
} satisfies Catalog;
