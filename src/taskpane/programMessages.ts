import { translator, type Catalog } from "../core/i18n";

/**
 * The task pane's messages of an official programme inserted below a plan's table
 * (views/ProgramInsert.tsx), keys "ui.program.<name>": a catalog of its own so that it loads with
 * the view, as a chunk of its own (the pane's first script stays within its budget).
 */
export const programPaneMessages = {
  "ui.program.heading": { id: "Tambah Program resmi", en: "Add an official programme" },
  "ui.program.pick": { id: "Program dari daftar resmi tahun {year}", en: "Programme of the official list for {year}" },
  "ui.program.hint": {
    id: "Program beserta Kegiatan dan Sub Kegiatan resminya, dengan indikator dan satuannya, ditulis di baris kosong tepat di bawah tabel. Sel yang berisi tidak pernah ditimpa.",
    en: "The programme with its official Kegiatan and Sub Kegiatan, their indicators and units, is written into the empty rows right below the table. A cell with content is never overwritten.",
  },
  "ui.program.none": { id: "(pilih program)", en: "(choose a programme)" },
  "ui.program.loading": { id: "Memuat daftar resmi…", en: "Loading the official list…" },
  "ui.program.insert": { id: "Sisipkan Program resmi", en: "Insert official programme" },
  "ui.program.inserted": {
    id: "{rows} baris ditulis di {range}. Urungkan menghapusnya lagi.",
    en: "{rows} {rows|row|rows} written at {range}. Undo removes them again.",
  },
  "ui.program.noSatuan": {
    id: "Tabel tidak punya kolom Satuan, jadi satuan resmi tidak ditulis; tulis satuannya bersama target.",
    en: "The table has no Satuan column, so the official units are not written; write each unit with its target.",
  },
  "ui.program.style": {
    id: "Garis dan huruf tabel tidak ikut disalin; bila perlu, salin dengan Format Painter dari baris terakhir tabel.",
    en: "The table's borders and fonts are not copied; if needed, copy them with the Format Painter from the table's last row.",
  },
  "ui.program.undo": { id: "Urungkan", en: "Undo" },
} satisfies Catalog;

/** These messages and the engine's. */
export const { msg } = translator(programPaneMessages);
