import type { Catalog } from "../types";

/**
 * Refusals every workbook adapter (Office.js and .xlsx) gives the same way,
 * shown in the task pane and the preview. Keys are "workbook.<name>"; the
 * rules behind them are src/core/state/markPlan.ts.
 */
export const workbook = {
  "workbook.marksUnreadable": {
    id: "Catatan sel yang ditandai Renaksi (lembar tersembunyi \"_renaksi\") rusak dan tidak dapat dibaca, sehingga warna sel sebelum ditandai tidak diketahui. Renaksi tidak mengubah apa pun: warna sel dan catatan itu dibiarkan apa adanya.",
    en: "Renaksi's record of the marked cells (hidden sheet \"_renaksi\") is damaged and cannot be read, so the cells' colours from before they were marked are not known. Renaksi changed nothing: the cell colours and the record are left as they are.",
  },
  "workbook.markSheetMissing": {
    id: "Lembar \"{sheet}\" dari hasil validasi tidak ada lagi di buku kerja ini (mungkin sudah diganti nama atau dihapus). Tidak ada sel yang ditandai; jalankan validasi lagi lalu tandai.",
    en: "Sheet \"{sheet}\" of the validation results is no longer in this workbook (it may have been renamed or deleted). No cell was marked; validate again, then mark.",
  },
  "workbook.cellsLocked": {
    id: "Lembar \"{sheet}\" dilindungi dan sel {cells} terkunci, jadi Renaksi tidak mengubah apa pun. Buka proteksi lembar itu (Tinjau > Buka Proteksi Lembar) lalu coba lagi.",
    en: "Sheet \"{sheet}\" is protected and cells {cells} are locked, so Renaksi changed nothing. Unprotect the sheet (Review > Unprotect Sheet), then try again.",
  },
  "workbook.sheetProtected": {
    id: "Lembar \"{sheet}\" dilindungi, jadi Renaksi tidak membuatnya ulang dan tidak mengubah apa pun: membuatnya ulang akan menulis ulang sel yang terkunci dan melepas proteksinya. Buka proteksi lembar itu (Tinjau > Buka Proteksi Lembar), coba lagi, lalu lindungi lagi.",
    en: "Sheet \"{sheet}\" is protected, so Renaksi did not make it again and changed nothing: making it again would rewrite its locked cells and remove its protection. Unprotect the sheet (Review > Unprotect Sheet), try again, then protect it again.",
  },
  "workbook.formulaCells": {
    id: "Sel {cells} di lembar \"{sheet}\" adalah bagian dari rumus larik (array formula) atau induk rumus bersama, jadi Renaksi tidak mengubah apa pun. Ubah rumus itu sendiri bila sel tersebut perlu diisi.",
    en: "Cells {cells} of sheet \"{sheet}\" belong to an array formula or anchor a shared formula, so Renaksi changed nothing. Change the formula itself if those cells need filling.",
  },
  "workbook.sheetMissing": {
    id: "Lembar \"{sheet}\" tidak ada lagi di buku kerja ini (mungkin sudah diganti nama atau dihapus), jadi Renaksi tidak mengubah apa pun.",
    en: "Sheet \"{sheet}\" is no longer in this workbook (it may have been renamed or deleted), so Renaksi changed nothing.",
  },
  "workbook.structureLocked": {
    id: "Struktur buku kerja ini dilindungi (lembar tidak boleh ditambah), jadi Renaksi tidak mengubah apa pun. Buka proteksi buku kerja (Tinjau > Lindungi Buku Kerja) lalu coba lagi.",
    en: "This workbook's structure is protected (no sheet may be added), so Renaksi changed nothing. Unprotect the workbook (Review > Protect Workbook), then try again.",
  },
} satisfies Catalog;
