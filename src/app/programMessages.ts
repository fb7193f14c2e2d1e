import { translator, type Catalog } from "../core/i18n";

/**
 * Messages of an official programme inserted into a plan (insertProgram.ts, programRows.ts), keys
 * "choice.program.<name>": a catalog of its own so that it loads with the insertion, as a chunk of
 * its own (the task pane's first script stays within its budget).
 */
export const programMessages = {
  "choice.program.noPlan": {
    id: "Tidak ada tabel Rencana Aksi yang dikenali di lembar \"{sheet}\"; tidak ada yang ditulis.",
    en: "No Rencana Aksi table is recognized on sheet \"{sheet}\"; nothing was written.",
  },
  "choice.program.genre": {
    id: "Program resmi hanya dapat disisipkan ke tabel bernomenklatur (Program, Kegiatan, Sub Kegiatan); tabel di lembar \"{sheet}\" bukan tabel seperti itu.",
    en: "An official programme can only be inserted into a nomenclature table (Program, Kegiatan, Sub Kegiatan); the table on sheet \"{sheet}\" is not one.",
  },
  "choice.program.noList": {
    id: "Renaksi belum memuat daftar nomenklatur resmi untuk rencana tahun {year}; tidak ada yang ditulis.",
    en: "Renaksi holds no official nomenclature list for plans of {year}; nothing was written.",
  },
  "choice.program.noYear": {
    id: "Judul tabel tidak menyebut tahun rencana, jadi daftar nomenklatur yang berlaku tidak diketahui; tulis \"RENCANA AKSI TAHUN ...\" di atas tabel.",
    en: "The table's title names no plan year, so the official list that applies is unknown; write \"RENCANA AKSI TAHUN ...\" above the table.",
  },
  "choice.program.unknown": {
    id: "Kode \"{code}\" bukan Program di daftar {decree}; tidak ada yang ditulis.",
    en: "Code \"{code}\" is not a programme of the list of {decree}; nothing was written.",
  },
  "choice.program.present": {
    id: "Tabel sudah memuat {name} (sel {cell}); program itu tidak disisipkan dua kali.",
    en: "The table already has {name} (cell {cell}); the programme is not inserted twice.",
  },
  "choice.program.noColumn": {
    id: "Tabel tidak punya kolom untuk nama Kegiatan dan Sub Kegiatan; tidak ada yang ditulis.",
    en: "The table has no column for Kegiatan and Sub Kegiatan names; nothing was written.",
  },
  "choice.program.occupied": {
    id: "Program ini perlu {rows} baris kosong di bawah tabel, tetapi sel {sheet}!{cell} berisi. Kosongkan atau pindahkan isi di bawah tabel dulu; tidak ada yang ditulis.",
    en: "This programme needs {rows} empty rows below the table, but cell {sheet}!{cell} is not empty. Clear or move what is below the table first; nothing was written.",
  },
  "choice.program.undone": {
    id: "Baris program yang disisipkan dihapus lagi: {count} sel dikembalikan seperti semula.",
    en: "The inserted programme rows are removed again: {count} {count|cell|cells} restored as they were.",
  },
  "choice.program.notLast": {
    id: "Baris program tidak dihapus: sudah ada perubahan lain (mis. pengisian triwulan) sesudahnya. Batalkan perubahan itu dulu, atau hapus barisnya sendiri.",
    en: "The programme rows were not removed: another change (such as a quarter fill) came after them. Undo that change first, or delete the rows yourself.",
  },
} satisfies Catalog;

/** These messages and the engine's. */
export const { msg } = translator(programMessages);
