import { translator, type Catalog } from "../core/i18n";

/** Messages of the Office.js adapter's failures, shown in the task pane. Keys are "ui.excel.<name>". */
export const excelMessages = {
  "ui.excel.sheetNotFound": {
    id: "Lembar \"{sheet}\" tidak ditemukan di buku kerja ini (mungkin sudah diganti nama atau dihapus).",
    en: "Sheet \"{sheet}\" was not found in this workbook (it may have been renamed or deleted).",
  },
  "ui.excel.notFound": {
    id: "Bagian buku kerja yang diminta tidak ditemukan. Muat ulang panel tugas lalu coba lagi.",
    en: "The requested part of the workbook was not found. Reload the task pane and try again.",
  },
  "ui.excel.protected": {
    id: "Lembar atau buku kerja diproteksi, sehingga Renaksi tidak dapat mengubahnya. Buka proteksinya lalu coba lagi.",
    en: "The sheet or workbook is protected, so Renaksi cannot change it. Unprotect it and try again.",
  },
  "ui.excel.cellEditMode": {
    id: "Excel sedang menyunting sebuah sel. Selesaikan penyuntingan (tekan Enter atau Esc) lalu coba lagi.",
    en: "Excel is editing a cell. Finish editing (press Enter or Esc) and try again.",
  },
  "ui.excel.tooLarge": {
    id: "Permintaan ke Excel terlalu besar (batas Excel untuk web 5 MB). Coba lagi pada lembar atau pilihan yang lebih kecil.",
    en: "The request to Excel was too large (Excel on the web's limit is 5 MB). Try again on a smaller sheet or selection.",
  },
  "ui.excel.unsupported": {
    id: "Versi Excel ini tidak mendukung fitur yang dibutuhkan ({detail}). Perbarui Excel atau gunakan Excel untuk web.",
    en: "This version of Excel does not support a feature that is needed ({detail}). Update Excel or use Excel on the web.",
  },
  "ui.excel.mergeConflict": {
    id: "Sel tujuan bertabrakan dengan sel gabungan (merge). Pisahkan gabungan sel tersebut lalu coba lagi.",
    en: "The target cells collide with merged cells. Unmerge them and try again.",
  },
  "ui.excel.busy": {
    id: "Excel sedang sibuk atau permintaan dibatalkan. Tunggu sebentar lalu coba lagi.",
    en: "Excel is busy or the request was aborted. Wait a moment and try again.",
  },
  "ui.excel.failed": {
    id: "Excel menolak permintaan Renaksi (kode {code}). Periksa lembar kerja lalu coba lagi.",
    en: "Excel refused Renaksi's request (code {code}). Check the worksheet and try again.",
  },
} satisfies Catalog;

/** The adapter's messages and the engine's (the state sheet's refusals, "workbook.<name>"). */
export const { msg, t } = translator(excelMessages);
export type ExcelMessageKey = Parameters<typeof t>[0];
