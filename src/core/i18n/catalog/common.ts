import type { Catalog } from "../types";

/** Messages every surface shows alike (the CLI's report and the task pane's overview). Keys are "common.<name>". */
export const common = {
  "common.count.sasaran": { id: "{n} Sasaran", en: "{n} Sasaran" },
  "common.count.program": { id: "{n} Program", en: "{n} Program" },
  "common.count.kegiatan": { id: "{n} Kegiatan", en: "{n} Kegiatan" },
  "common.count.subKegiatan": { id: "{n} Sub Kegiatan", en: "{n} Sub Kegiatan" },
  "common.count.indikator": { id: "{n} Indikator", en: "{n} {n|indicator|indicators}" },
  "common.count.aksi": { id: "{n} langkah Rencana Aksi", en: "{n} Rencana Aksi {n|step|steps}" },
  "common.genre.nomenklatur": { id: "nomenklatur", en: "nomenclature" },
  "common.genre.pk": { id: "Rencana Aksi Perjanjian Kinerja", en: "Rencana Aksi of the Perjanjian Kinerja" },
  "common.genre.campuran": { id: "tabel kerja campuran", en: "mixed working table" },
} satisfies Catalog;
