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
} satisfies Catalog;
