import { translator, type Catalog } from "../core/i18n";
import { paneMessages } from "../taskpane/messages";

/** Messages of the browser preview page. Keys are "ui.preview.<name>". */
export const previewMessages = {
  "ui.preview.title": { id: "Renaksi: pratinjau di peramban", en: "Renaksi: browser preview" },
  "ui.preview.toolbar": { id: "Berkas", en: "File" },
  "ui.preview.open": { id: "Buka berkas .xlsx", en: "Open an .xlsx file" },
  "ui.preview.example": { id: "Buka contoh", en: "Open the example" },
  "ui.preview.exampleHint": {
    id: "Rencana Aksi Dinas Koperasi dan Usaha Mikro Kabupaten Nganjuk 2022, dengan kesalahan aslinya",
    en: "The 2022 action plan of Nganjuk's cooperatives office, with its real mistakes",
  },
  "ui.preview.download": { id: "Unduh", en: "Download" },
  "ui.preview.downloadHint": { id: "Unduh buku kerja beserta perubahannya sebagai {file}", en: "Download the workbook with its changes as {file}" },
  "ui.preview.downloaded": { id: "Buku kerja diunduh sebagai {file}.", en: "The workbook was downloaded as {file}." },
  "ui.preview.saveFailed": { id: "Buku kerja tidak dapat disimpan: {detail}", en: "The workbook could not be saved: {detail}" },
  "ui.preview.newWorkbook": { id: "Buku kerja baru", en: "New workbook" },
  "ui.preview.workbook": { id: "Buku kerja {file}", en: "Workbook {file}" },
  "ui.preview.privacy": {
    id: "Berkas hanya dibaca di peramban ini; tidak ada yang diunggah.",
    en: "Files are read in this browser only; nothing is uploaded.",
  },
  "ui.preview.welcomeTitle": { id: "Periksa Rencana Aksi tanpa Excel", en: "Check an action plan without Excel" },
  "ui.preview.welcomeBody": {
    id: "Buka buku kerja .xlsx atau tarik dan lepaskan ke halaman ini. Panel Renaksi di samping bekerja pada salinan di peramban; unduh hasilnya bila selesai.",
    en: "Open an .xlsx workbook, or drag and drop it onto this page. The Renaksi pane beside it works on a copy in the browser; download the result when done.",
  },
  "ui.preview.welcomeEmpty": {
    id: "Atau mulai dari buku kerja kosong: sisipkan templat dari panel Renaksi.",
    en: "Or start from an empty workbook: insert a template from the Renaksi pane.",
  },
  "ui.preview.dropHere": { id: "Lepaskan berkas .xlsx di sini", en: "Drop the .xlsx file here" },
  "ui.preview.dropOne": { id: "Lepaskan satu berkas saja.", en: "Drop one file at a time." },
  "ui.preview.opening": { id: "Membuka {file}...", en: "Opening {file}..." },
  "ui.preview.openFailed": { id: "{file} tidak dapat dibuka. {reason}", en: "{file} cannot be opened. {reason}" },
  "ui.preview.exampleFailed": {
    id: "Contoh tidak dapat dimuat dari situs ini ({detail}).",
    en: "The example could not be loaded from this site ({detail}).",
  },
  "ui.preview.sheets": { id: "Lembar kerja", en: "Worksheets" },
  "ui.preview.grid": { id: "Isi lembar \"{sheet}\"", en: "Contents of sheet \"{sheet}\"" },
  "ui.preview.gridHelp": {
    id: "Klik sebuah sel atau gunakan tombol panah untuk memilihnya; Isi Triwulan memakai pilihan ini untuk \"baris terpilih\". Untuk mengetik di sel terpilih: klik dua kali, tekan Enter atau F2, atau langsung ketik; Enter menyimpan, Escape membatalkan.",
    en: "Click a cell or use the arrow keys to select it; Fill quarters uses this selection for \"selected rows\". To type into the selected cell: double-click it, press Enter or F2, or just type; Enter keeps it, Escape cancels.",
  },
  "ui.preview.editCell": { id: "Isi sel {cell}", en: "Contents of cell {cell}" },
  "ui.preview.formulaCell": {
    id: "Sel {cell} berisi rumus; pratinjau tidak mengubah rumus. Ubah di Excel.",
    en: "Cell {cell} holds a formula; the preview does not change formulas. Change it in Excel.",
  },
  "ui.preview.formulaTyped": {
    id: "Rumus tidak dapat diketik di pratinjau karena pratinjau tidak menghitungnya: ketik angka atau teks, atau ubah di Excel.",
    en: "Formulas cannot be typed in the preview, as it does not compute them: type a number or text, or change it in Excel.",
  },
  "ui.preview.editFailed": { id: "Sel {cell} tidak dapat diubah: {detail}", en: "Cell {cell} could not be changed: {detail}" },
  "ui.preview.noSheets": { id: "Buku kerja ini tidak memiliki lembar yang terlihat.", en: "This workbook has no visible sheet." },
  "ui.preview.rowsShown": {
    id: "Baris {first}-{last} ditampilkan ({total} baris).",
    en: "Rows {first}-{last} shown ({total} {total|row|rows}).",
  },
  "ui.preview.prevRows": { id: "Baris sebelumnya", en: "Previous rows" },
  "ui.preview.nextRows": { id: "Baris berikutnya", en: "Next rows" },
  "ui.preview.colsCapped": { id: "Hanya {n} kolom pertama yang ditampilkan.", en: "Only the first {n} columns are shown." },
  "ui.preview.selected": { id: "Sel {cell} dipilih: {text}", en: "Cell {cell} selected: {text}" },
  "ui.preview.selectedEmpty": { id: "Sel {cell} dipilih (kosong).", en: "Cell {cell} selected (empty)." },
} satisfies Catalog;

/** The page's messages, the task pane's (it shows the pane) and the engine's. */
export const { msg, t } = translator({ ...paneMessages, ...previewMessages });
export type PreviewMessageKey = Parameters<typeof t>[0];
