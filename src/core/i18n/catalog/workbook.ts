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
} satisfies Catalog;
