import { translator, type Catalog } from "../core/i18n";

/**
 * Why a workbook file cannot be read or written (load.ts, node-io.ts): the .xlsx adapter's own
 * messages, shown by the CLI and the preview. Keys are "file.<name>".
 */
export const fileMessages = {
  "file.empty": {
    id: "Berkas kosong (0 bita); bukan buku kerja Excel.",
    en: "The file is empty (0 bytes); it is not an Excel workbook.",
  },
  "file.notXlsx": {
    id: "Berkas ini bukan buku kerja Excel (.xlsx).",
    en: "This file is not an Excel workbook (.xlsx).",
  },
  "file.csv": {
    id: "Berkas ini berisi teks/CSV, bukan buku kerja Excel (.xlsx). Buka di Excel lalu simpan sebagai .xlsx.",
    en: "This file holds text/CSV, not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx.",
  },
  "file.xls": {
    id: "Berkas ini berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai .xlsx.",
    en: "This file is in the old Excel format (.xls). Open it in Excel and save it as .xlsx.",
  },
  "file.xlsb": {
    id: "Berkas ini berformat Buku Kerja Biner Excel (.xlsb), yang tidak dapat dibaca Renaksi. Buka di Excel lalu simpan sebagai .xlsx (Buku Kerja Excel).",
    en: "This file is an Excel Binary Workbook (.xlsb), which Renaksi cannot read. Open it in Excel and save it as .xlsx (Excel Workbook).",
  },
  "file.encrypted": {
    id: "Buku kerja ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya, lalu simpan lagi.",
    en: "This workbook is password-protected. Open it in Excel, remove the password, and save it again.",
  },
  "file.corrupt": {
    id: "Buku kerja ini rusak atau terpotong dan tidak dapat dibaca.",
    en: "This workbook is damaged or truncated and cannot be read.",
  },
  "file.tooLarge": {
    id: "Buku kerja ini rusak atau terlalu besar untuk dibaca: salah satu bagiannya melebihi batas ukuran (256 MB per bagian, 1 GB seluruhnya setelah diurai, 5 juta sel pada semua lembarnya).",
    en: "This workbook is damaged or too large to read: one of its parts is over the size limit (256 MB a part, 1 GB in all once unpacked, 5 million cells in all its sheets).",
  },
  "file.missing": {
    id: "Berkas tidak ditemukan: {path}",
    en: "File not found: {path}",
  },
  "file.directory": {
    id: "Ini sebuah folder, bukan berkas: {path}",
    en: "This is a folder, not a file: {path}",
  },
  "file.unreadable": {
    id: "Berkas tidak dapat dibaca (periksa izin aksesnya): {path}",
    en: "The file cannot be read (check its permissions): {path}",
  },
  "file.exists": {
    id: "Berkas keluaran sudah ada: {path}. Gunakan --force untuk menggantinya.",
    en: "The output file already exists: {path}. Use --force to replace it.",
  },
  "file.sameAsInput": {
    id: "Berkas keluaran tidak boleh sama dengan berkas masukan: {path}",
    en: "The output file must not be the input file: {path}",
  },
  "file.writeFailed": {
    id: "Berkas keluaran tidak dapat ditulis: {path}",
    en: "The output file cannot be written: {path}",
  },
} satisfies Catalog;

/** The adapter's messages and the engine's. */
export const { msg, t } = translator(fileMessages);
export type FileMessageKey = Parameters<typeof t>[0];
