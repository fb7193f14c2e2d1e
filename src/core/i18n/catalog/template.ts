import type { Catalog } from "../types";

/**
 * Messages of the template area. Keys are "template.<name>".
 * The sheet is an Indonesian official form: the engine writes the `id` text into
 * the sheet whatever the UI language; `en` is there for English surfaces.
 */
export const template = {
  "template.sheetName": { id: "Rencana Aksi {year}", en: "Action Plan {year}" },
  "template.title": { id: "RENCANA AKSI TAHUN {year}", en: "ACTION PLAN FOR {year}" },

  "template.lampiranLabel": { id: "Lampiran I", en: "Annex I" },
  "template.nomorLabel": { id: "NOMOR", en: "NUMBER" },
  "template.tanggalLabel": { id: "Tanggal", en: "Date" },

  "template.colSasaran": { id: "Sasaran", en: "Strategic target" },
  "template.colIndikatorSasaran": { id: "Indikator Sasaran", en: "Target indicator" },
  "template.colProgram": { id: "Program", en: "Programme" },
  "template.colIndikatorProgram": { id: "Indikator Program", en: "Programme indicator" },
  "template.colUraian": { id: "Kegiatan / Sub Kegiatan", en: "Activity / Sub-activity" },
  "template.colIndikator": { id: "Indikator", en: "Indicator" },
  "template.colTarget": { id: "Target", en: "Target" },
  "template.colSatuan": { id: "Satuan", en: "Unit" },
  "template.colTargetKinerja": { id: "Target Kinerja", en: "Performance target" },
  "template.colTargetPelaksanaan": { id: "Target Pelaksanaan", en: "Implementation target" },
  "template.colKeterangan": { id: "Keterangan", en: "Remarks" },
  "template.tw1": { id: "TW I", en: "Q1" },
  "template.tw2": { id: "TW II", en: "Q2" },
  "template.tw3": { id: "TW III", en: "Q3" },
  "template.tw4": { id: "TW IV", en: "Q4" },

  "template.quarterPromptTitle": { id: "Persentase triwulan", en: "Quarterly percentage" },
  "template.quarterPrompt": {
    id: "Isikan persentase dari 0% sampai 100%, misalnya 25%. Kosongkan bila tidak ada target pada triwulan ini.",
    en: "Enter a percentage from 0% to 100%, for example 25%. Leave it empty when nothing is planned for this quarter.",
  },
  "template.quarterErrorTitle": { id: "Persentase tidak valid", en: "Invalid percentage" },
  "template.quarterError": {
    id: "Isikan angka antara 0% dan 100%, misalnya 25% atau 0,25.",
    en: "Enter a number between 0% and 100%, for example 25% or 0.25.",
  },
  "template.targetPromptTitle": { id: "Target tahunan", en: "Annual target" },
  "template.targetPrompt": {
    id: "Isikan jumlah target tahunan berupa angka, misalnya 12. Tulis satuannya (Bulan, Dokumen, Orang, ...) di kolom Satuan.",
    en: "Enter the annual target as a number, for example 12. Write its unit (months, documents, people, ...) in the Satuan column.",
  },
  "template.targetErrorTitle": { id: "Target tidak valid", en: "Invalid target" },
  "template.targetError": {
    id: "Target harus berupa angka 0 atau lebih. Satuannya ditulis di kolom Satuan.",
    en: "The target must be a number, 0 or more. Its unit goes in the Satuan column.",
  },
} satisfies Catalog;
