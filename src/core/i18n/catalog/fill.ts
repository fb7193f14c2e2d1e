import type { Catalog } from "../types";

/** Messages of the fill area. Keys are "fill.<name>". */
export const fill = {
  "fill.group.kinerja": { id: "Target Kinerja", en: "Target Kinerja (performance)" },
  "fill.group.pelaksanaan": { id: "Target Pelaksanaan", en: "Target Pelaksanaan (implementation)" },
  "fill.groups.both": { id: "{first} dan {second}", en: "{first} and {second}" },

  "fill.convention.percentCumulative": { id: "persen kumulatif", en: "percent, cumulative" },
  "fill.convention.percentPerQuarter": { id: "persen per triwulan", en: "percent per quarter" },
  "fill.convention.unitsCumulative": { id: "satuan target kumulatif", en: "target units, cumulative" },
  "fill.convention.unitsPerQuarter": { id: "satuan target per triwulan", en: "target units per quarter" },
  // A level row (an index, a score, a rate, lower is better): the annual target in every quarter.
  "fill.convention.level": { id: "nilai target pada setiap triwulan (non-kumulatif)", en: "the target's value in every quarter (non-cumulative)" },

  "fill.strategy.auto": { id: "Otomatis (mengikuti konvensi tabel)", en: "Automatic (the table's convention)" },
  "fill.strategy.even": { id: "Merata", en: "Even" },
  "fill.strategy.months": { id: "Menurut bulan", en: "By months" },
  "fill.strategy.weights": { id: "Bobot", en: "Weights" },
  "fill.strategy.copy": { id: "Salin dari kolom target lainnya", en: "Copy from the other target columns" },

  "fill.skip.partial": {
    id: "Baris {row} ({group}): sebagian sel triwulan sudah terisi dan mengisi sisanya tidak menghasilkan {convention}; baris dibiarkan.",
    en: "Row {row} ({group}): some quarter cells are filled and filling the rest would not give {convention}; the row was left as it is.",
  },
  "fill.skip.noTarget": {
    id: "Baris {row} ({group}): target tahunan bukan satu jumlah yang dapat dibagi ke triwulan (kosong, batas seperti \"≤ 5%\", predikat, arah, atau teks), padahal {convention} membutuhkannya; baris dibiarkan.",
    en: "Row {row} ({group}): the annual target is not one amount to spread over the quarters (it is empty, a bound such as \"≤ 5%\", a grade, a direction or a text), which {convention} needs; the row was left as it is.",
  },
  "fill.skip.merged": {
    id: "Baris {row} ({group}): sel triwulan digabung (merge); baris dibiarkan.",
    en: "Row {row} ({group}): the quarter cells are merged; the row was left as it is.",
  },
  "fill.skip.copyEmpty": {
    id: "Baris {row} ({group}): kolom target lainnya kosong, tidak ada yang disalin.",
    en: "Row {row} ({group}): the other target columns are empty; there is nothing to copy.",
  },
  "fill.skip.copyInvalid": {
    id: "Baris {row} ({group}): kolom target lainnya tidak terbaca atau tidak mengikuti konvensi mana pun; tidak disalin.",
    en: "Row {row} ({group}): the other target columns are unreadable or follow no convention; nothing was copied.",
  },
  "fill.skip.noFit": {
    id: "Baris {row} ({group}): nilai {convention} tidak sesuai dengan kolom ini (mis. judul kolom menyebut persen); baris dibiarkan.",
    en: "Row {row} ({group}): values in {convention} do not suit this column (e.g. its header says percent); the row was left as it is.",
  },
  "fill.skip.complete": {
    id: "Baris {row} ({group}): baris sudah lengkap: {values} sudah mencapai target ({convention}), dan \"-\" berarti tidak ada rencana pada triwulan itu; baris dibiarkan.",
    en: "Row {row} ({group}): the row already reads as complete: {values} reaches the target ({convention}), and a \"-\" means nothing is planned that quarter; the row was left as it is.",
  },
  "fill.skip.ownReading": {
    id: "Baris {row} ({group}): indikator ini berupa tingkat (indeks, nilai, angka, rasio) atau makin kecil makin baik, dan triwulannya sudah terbaca dengan caranya sendiri ({values}), bukan tangga yang menumpuk dari nol; baris dibiarkan.",
    en: "Row {row} ({group}): this indicator is a level (an index, a score, a rate) or lower is better, and its quarters already read in their own way ({values}), not a ladder accumulated from zero; the row was left as it is.",
  },
  "fill.skip.lowerCount": {
    id: "Baris {row} ({group}): indikator ini berupa jumlah yang makin kecil makin baik; dalam {convention} triwulannya akan naik seolah kejadiannya menumpuk, dan apakah per triwulan atau sebagai batas setiap triwulan tidak dapat diketahui dari baris ini; baris dibiarkan, isi sendiri (mis. hanya di TW IV).",
    en: "Row {row} ({group}): this indicator is a count where lower is better; in {convention} its quarters would rise as if the cases piled up, and whether they are counted per quarter or held under a ceiling each quarter the row does not say; the row was left as it is: write it yourself (e.g. only in TW IV).",
  },
  "fill.skip.copyLadder": {
    id: "Baris {row} ({group}): kolom target lainnya naik dari hampir nol seolah menumpuk, padahal indikator ini berupa tingkat atau makin kecil makin baik; tidak disalin.",
    en: "Row {row} ({group}): the other target columns rise from near zero as if accumulated, yet this indicator is a level or lower is better; nothing was copied.",
  },
  "fill.skip.qualitative": {
    id: "Baris {row} ({group}): targetnya berupa predikat atau tingkat (mis. \"A\", \"WTP\", \"Level 3\"), bukan jumlah yang dapat dibagi per triwulan; baris dibiarkan: tulis sendiri (mis. predikat yang sama setiap triwulan atau hanya di TW IV).",
    en: "Row {row} ({group}): its target is a predicate or a grade (e.g. \"A\", \"WTP\", \"Level 3\"), not a quantity to spread over the quarters; the row was left as it is: write it yourself (e.g. the same predicate every quarter, or only in TW IV).",
  },
  "fill.skip.uncomputed": {
    id: "Baris {row} ({group}): target tahunan atau sel triwulannya berupa rumus yang tidak menyimpan hasil hitungan (berkas disimpan oleh program yang tidak menghitung rumus), sehingga nilainya tidak diketahui; baris dibiarkan. Buka dan simpan berkas di Excel atau LibreOffice, lalu isi lagi.",
    en: "Row {row} ({group}): its annual target or a quarter cell is a formula holding no computed value (the file was saved by a program that does not calculate formulas), so its value is not known; the row was left as it is. Open and save the file in Excel or LibreOffice, then fill again.",
  },
  // A blank quarter cell where a row's cells are quoted (fill.skip.complete).
  "fill.skip.blank": { id: "(kosong)", en: "(blank)" },
  // Two groups of one row left for different reasons: one entry, each reason a sentence of its own.
  "fill.skip.twoReasons": { id: "{first} {second}", en: "{first} {second}" },

  "fill.problem.strategy": {
    id: "Strategi pengisian \"{value}\" tidak dikenal. Pilihan: {names}.",
    en: "Unknown fill strategy \"{value}\". Choices: {names}.",
  },
  "fill.problem.weights": {
    id: "Bobot \"{value}\" tidak dapat dipakai: perlu empat angka tidak negatif dengan jumlah lebih dari nol, mis. 10,20,30,40.",
    en: "Weights \"{value}\" cannot be used: four non-negative numbers with a positive sum are needed, e.g. 10,20,30,40.",
  },
  "fill.problem.startQuarter": {
    id: "Triwulan mulai \"{value}\" tidak dapat dipakai: pilih 1, 2, 3 atau 4.",
    en: "Start quarter \"{value}\" cannot be used: choose 1, 2, 3 or 4.",
  },
  "fill.problem.columns": {
    id: "Kolom \"{value}\" tidak dikenal. Pilihan: kinerja, pelaksanaan, both.",
    en: "Unknown columns \"{value}\". Choices: kinerja, pelaksanaan, both.",
  },
  "fill.problem.noQuarters": {
    id: "Tabel Rencana Aksi ditemukan, tetapi tanpa kolom Triwulan I-IV untuk {group}.",
    en: "A Rencana Aksi table was found, but without quarter columns I-IV for {group}.",
  },

  "fill.levelRows": {
    id: "{count} baris berupa tingkat (indeks, nilai, angka, rasio) atau makin kecil makin baik diisi dengan nilai targetnya pada setiap triwulan, bukan dengan konvensi tabel: tingkat tidak dijumlahkan dari triwulan ke triwulan.",
    en: "{count} {count|row that is|rows that are} a level (an index, a score, a rate) or lower-is-better {count|was|were} filled with {count|its|their} target's value in every quarter, not in the table's convention: a level is not added up quarter by quarter.",
  },
  "fill.formulasKept": {
    id: "Sel triwulan berisi rumus yang dibiarkan: {count}. Rumus adalah perhitungan Anda sendiri, jadi tidak pernah ditimpa, juga dengan opsi timpa.",
    en: "Quarter cells holding formulas left alone: {count}. A formula is your own calculation, so it is never replaced, not even with overwrite.",
  },

  "fill.undo.nothing": { id: "Tidak ada pengisian yang dapat dibatalkan.", en: "There is no fill to undo." },
  "fill.undo.notLast": {
    id: "Nama resmi tidak dikembalikan: sudah ada perubahan lain (mis. pengisian triwulan) sesudahnya. Batalkan perubahan itu dulu, atau ubah namanya sendiri.",
    en: "The official name was not taken back: another change (such as a quarter fill) came after it. Undo that change first, or change the name yourself.",
  },
  "fill.undo.done": { id: "Pengisian dibatalkan: {count} sel dikembalikan.", en: "Fill undone: {count} {count|cell|cells} restored." },
  "fill.undo.changedSince": {
    id: "{count} sel telah diubah setelah pengisian dan tidak dikembalikan.",
    en: "{count} {count|cell was|cells were} changed after the fill and {count|was|were} not restored.",
  },
} satisfies Catalog;
