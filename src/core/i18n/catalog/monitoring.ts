import type { Catalog } from "../types";

/**
 * Messages of monitoring (realisasi and capaian). Keys are "monitoring.<name>". The monitoring
 * and report sheets are Indonesian office forms: the engine writes the `id` text into them
 * whatever the UI language; `en` is there for English surfaces.
 */
export const monitoring = {
  "monitoring.sheetName": { id: "Pemantauan {year}", en: "Monitoring {year}" },
  "monitoring.sheetNameNoYear": { id: "Pemantauan", en: "Monitoring" },
  "monitoring.title": { id: "PEMANTAUAN CAPAIAN KINERJA TAHUN {year}", en: "PERFORMANCE MONITORING {year}" },
  "monitoring.titleNoYear": { id: "PEMANTAUAN CAPAIAN KINERJA", en: "PERFORMANCE MONITORING" },
  "monitoring.source": {
    id: "Baris indikator dari lembar '{sheet}'. Target ditautkan ke rencana (rumus): ubah di rencana, bukan di sini. Isi Realisasi (kuning); Capaian dihitung sendiri.",
    en: "Indicator rows from sheet '{sheet}'. Targets are linked to the plan (formulas): change them in the plan, not here. Type the realisasi (yellow); capaian computes itself.",
  },
  "monitoring.settings": { id: "Pengaturan (berlaku untuk seluruh lembar)", en: "Settings (for the whole sheet)" },
  "monitoring.formulaChoice": {
    id: "Rumus indikator 'makin kecil makin baik' (Arah = turun): 1 = T / R; 2 = T / R triwulan itu saja; 3 = (2T - R) / T (pedoman)",
    en: "Formula for lower-is-better indicators (Arah = turun): 1 = T / R; 2 = T / R of the quarter itself; 3 = (2T - R) / T (guidance)",
  },
  "monitoring.thresholdAchieved": { id: "Batas tercapai (hijau) sejak", en: "Achieved (green) from" },
  "monitoring.thresholdNear": { id: "Batas hampir tercapai (kuning muda) sejak", en: "Nearly achieved (light yellow) from" },
  "monitoring.thresholdPartly": { id: "Batas sebagian (kuning) sejak; di bawahnya merah", en: "Partly achieved (yellow) from; red below" },
  "monitoring.thresholdCap": { id: "Capaian di atas ini perlu diperiksa", en: "Capaian above this is to be verified" },
  "monitoring.legend": {
    id: "Arah: naik = makin tinggi makin baik, turun = makin kecil makin baik. Penghitungan: kumulatif, per triwulan (dijumlahkan) atau level. Keduanya boleh diubah.",
    en: "Arah: naik = higher is better, turun = lower is better. Penghitungan: kumulatif, per triwulan (added up) or level. Both may be changed.",
  },
  "monitoring.colNo": { id: "No", en: "No" },
  "monitoring.colSasaran": { id: "Sasaran", en: "Strategic target" },
  "monitoring.colIndikator": { id: "Indikator", en: "Indicator" },
  "monitoring.colTarget": { id: "Target Tahunan", en: "Annual target" },
  "monitoring.colArah": { id: "Arah", en: "Direction" },
  "monitoring.colAlasan": { id: "Alasan Arah", en: "Why this direction" },
  "monitoring.colHitung": { id: "Penghitungan", en: "Counting" },
  "monitoring.colTargetTw": { id: "Target Triwulan", en: "Quarterly target" },
  "monitoring.colRealisasi": { id: "Realisasi Triwulan", en: "Realisation" },
  "monitoring.colCapaian": { id: "Capaian Triwulan (%)", en: "Achievement per quarter (%)" },
  "monitoring.colCapaianKum": { id: "Capaian s.d. Triwulan (%)", en: "Achievement to date (%)" },
  "monitoring.colPendorong": { id: "Faktor Pendorong", en: "Driving factors" },
  "monitoring.colPenghambat": { id: "Faktor Penghambat", en: "Obstacles" },
  "monitoring.colTindakLanjut": { id: "Tindak Lanjut", en: "Follow-up" },
  "monitoring.colAnggaran": { id: "Anggaran (Rp)", en: "Budget (Rp)" },
  "monitoring.colRealisasiAnggaran": { id: "Realisasi Anggaran (Rp)", en: "Budget spent (Rp)" },
  "monitoring.colSumber": { id: "Sel Rencana", en: "Plan cell" },
  "monitoring.why.word": { id: "kata \"{word}\"", en: "the word \"{word}\"" },
  "monitoring.why.falling": { id: "target triwulan menurun", en: "quarterly targets fall" },
  "monitoring.why.none": { id: "bawaan", en: "default" },

  "monitoring.band.achieved": { id: "Tercapai", en: "Achieved" },
  "monitoring.band.near": { id: "Hampir tercapai", en: "Nearly achieved" },
  "monitoring.band.partly": { id: "Sebagian", en: "Partly achieved" },
  "monitoring.band.not": { id: "Belum tercapai", en: "Not achieved" },
  "monitoring.band.none": { id: "Belum ada data", en: "No data yet" },

  "monitoring.report.sheetName": { id: "Capaian TW {quarter}", en: "Achievement Q{quarter}" },
  "monitoring.report.title": { id: "LAPORAN CAPAIAN KINERJA TRIWULAN {roman} TAHUN {year}", en: "PERFORMANCE REPORT, QUARTER {roman}, {year}" },
  "monitoring.report.titleNoYear": { id: "LAPORAN CAPAIAN KINERJA TRIWULAN {roman}", en: "PERFORMANCE REPORT, QUARTER {roman}" },
  "monitoring.report.colTarget": { id: "Target TW {roman}", en: "Target Q{roman}" },
  "monitoring.report.colRealisasi": { id: "Realisasi TW {roman}", en: "Realisation Q{roman}" },
  "monitoring.report.colCapaian": { id: "Capaian TW {roman} (%)", en: "Achievement Q{roman} (%)" },
  "monitoring.report.colCapaianKum": { id: "Capaian s.d. TW {roman} (%)", en: "Achievement to Q{roman} (%)" },
  "monitoring.report.colBand": { id: "Kategori", en: "Band" },
  "monitoring.report.summary": { id: "RINGKASAN", en: "SUMMARY" },
  "monitoring.report.office": { id: "Seluruh Perangkat Daerah", en: "The whole office" },
  "monitoring.report.noSasaran": { id: "(tanpa Sasaran)", en: "(no Sasaran)" },
  "monitoring.report.colIndicators": { id: "Indikator", en: "Indicators" },

  "monitoring.check.unreadable": {
    id: "Realisasi \"{text}\" tidak terbaca sebagai satu angka: capaian tidak dapat dihitung.",
    en: "Realisation \"{text}\" cannot be read as one number: the achievement cannot be computed.",
  },
  "monitoring.check.future": {
    id: "Realisasi diisi untuk Triwulan {roman}, padahal triwulan itu belum berakhir (pemantauan sampai Triwulan {current}).",
    en: "A realisation is filled in for quarter {roman}, which has not ended yet (monitoring up to quarter {current}).",
  },
  "monitoring.check.falling": {
    id: "Realisasi kumulatif turun dari {before} (TW {from}) ke {after} (TW {to}): angka kumulatif tidak pernah turun.",
    en: "The cumulative realisation falls from {before} (Q{from}) to {after} (Q{to}): a cumulative figure never falls.",
  },
  "monitoring.check.cap": {
    id: "Capaian {capaian}% melebihi {cap}%: periksa target dan realisasinya (angka setinggi ini sering salah ketik).",
    en: "Achievement {capaian}% is above {cap}%: check the target and the realisation (a figure this high is often a typo).",
  },
  "monitoring.check.noFactors": {
    id: "Capaian {capaian}% di bawah target tanpa faktor pendorong atau penghambat: laporan kinerja meminta alasannya.",
    en: "Achievement {capaian}% is below target without driving factors or obstacles: the performance report asks for the reasons.",
  },
  "monitoring.check.formula": {
    id: "Capaian tertulis {written}%, padahal dari target {target} dan realisasi {realisasi} hasilnya {computed}% (R/T): rumus atau angka capaian tabel ini perlu diperiksa.",
    en: "The achievement reads {written}%, but target {target} and realisation {realisasi} give {computed}% (R/T): the table's formula or figure needs checking.",
  },
  "monitoring.check.arah": {
    id: "Arah berisi \"{text}\", bukan naik atau turun: capaian indikator ini tidak dihitung (rumus lembar ini pun mengosongkannya) dan terhitung belum ada data. Pilih naik atau turun dari daftar sel ini.",
    en: "Arah says \"{text}\", neither naik nor turun: this indicator's achievement is not computed (the sheet's formulas leave it empty too) and counts as no data yet. Pick naik or turun from the cell's list.",
  },
  "monitoring.check.arahEmpty": {
    id: "Arah kosong: capaian indikator ini tidak dihitung (rumus lembar ini pun mengosongkannya) dan terhitung belum ada data. Pilih naik atau turun dari daftar sel ini.",
    en: "Arah is empty: this indicator's achievement is not computed (the sheet's formulas leave it empty too) and counts as no data yet. Pick naik or turun from the cell's list.",
  },
  "monitoring.check.hitung": {
    id: "Penghitungan berisi \"{text}\", bukan kumulatif, per triwulan atau level: capaian s.d. triwulan indikator ini tidak dihitung (capaian tiap triwulan tetap dihitung; rumus lembar ini sama) dan terhitung belum ada data. Pilih dari daftar sel ini.",
    en: "Penghitungan says \"{text}\", none of kumulatif, per triwulan or level: this indicator's achievement to date is not computed (each quarter's own still is; so do the sheet's formulas) and counts as no data yet. Pick one from the cell's list.",
  },
  "monitoring.check.hitungEmpty": {
    id: "Penghitungan kosong: capaian s.d. triwulan indikator ini tidak dihitung (capaian tiap triwulan tetap dihitung; rumus lembar ini sama) dan terhitung belum ada data. Pilih kumulatif, per triwulan atau level dari daftar sel ini.",
    en: "Penghitungan is empty: this indicator's achievement to date is not computed (each quarter's own still is; so do the sheet's formulas) and counts as no data yet. Pick kumulatif, per triwulan or level from the cell's list.",
  },
  "monitoring.check.threshold": {
    id: "Batas pita berisi \"{text}\", bukan angka: Renaksi memakai batas bawaannya, sedangkan warna lembar ini membandingkannya sebagai teks, jadi keduanya bisa berbeda. Ketik angka persen (mis. 90%).",
    en: "A band threshold says \"{text}\", not a number: Renaksi uses its default, while this sheet's colours compare it as text, so the two may differ. Type a percentage (e.g. 90%).",
  },
  "monitoring.check.thresholdEmpty": {
    id: "Batas pita kosong: Renaksi memakai batas bawaannya, sedangkan warna lembar ini membacanya sebagai 0, jadi keduanya bisa berbeda. Ketik angka persen (mis. 90%).",
    en: "A band threshold is empty: Renaksi uses its default, while this sheet's colours read it as 0, so the two may differ. Type a percentage (e.g. 90%).",
  },
  "monitoring.check.choice": {
    id: "Pilihan rumus berisi \"{text}\", bukan angka 1, 2 atau 3: capaian indikator berarah turun tidak dihitung (rumus lembar ini pun mengosongkannya). Pilih 1, 2 atau 3 dari daftar sel ini.",
    en: "The formula choice says \"{text}\", not the number 1, 2 or 3: the achievement of lower-is-better (turun) indicators is not computed (the sheet's formulas leave it empty too). Pick 1, 2 or 3 from the cell's list.",
  },
  "monitoring.check.choiceEmpty": {
    id: "Pilihan rumus kosong: capaian indikator berarah turun tidak dihitung (rumus lembar ini pun mengosongkannya). Pilih 1, 2 atau 3 dari daftar sel ini.",
    en: "The formula choice is empty: the achievement of lower-is-better (turun) indicators is not computed (the sheet's formulas leave it empty too). Pick 1, 2 or 3 from the cell's list.",
  },
  "monitoring.pickFromList": { id: "Pilih salah satu dari daftar: {list}.", en: "Pick one of the list: {list}." },
  "monitoring.undo.nothing": { id: "Tidak ada lembar pemantauan buatan Renaksi untuk dibatalkan.", en: "No monitoring sheet made by Renaksi to undo." },
  "monitoring.undo.unsupported": { id: "Lembar tidak dapat dihapus di sini; hapus lembar pemantauan dengan tangan.", en: "Sheets cannot be removed here; delete the monitoring sheet by hand." },
  "monitoring.undo.confirm": {
    id: "Lembar '{sheet}' sudah berisi {count} sel isian (realisasi, faktor, tindak lanjut). Membatalkan akan menghapusnya juga.",
    en: "Sheet '{sheet}' already holds {count} typed cells (realisations, factors, follow-up). Undoing removes them too.",
  },
  "monitoring.undo.done": { id: "Lembar pemantauan '{sheet}' dihapus; rencana tidak berubah.", en: "Monitoring sheet '{sheet}' removed; the plan is unchanged." },
  "monitoring.noPlan": { id: "Tidak ada tabel rencana dengan kolom triwulan untuk dipantau.", en: "No plan table with quarter columns to monitor." },
  "monitoring.created": {
    id: "Lembar pemantauan '{sheet}' dibuat: {count} indikator, target ditautkan ke rencana. Isi realisasi di kolom kuning.",
    en: "Monitoring sheet '{sheet}' made: {count} {count|indicator|indicators}, targets linked to the plan. Type the realisations in the yellow columns.",
  },
  "monitoring.updated": {
    id: "Lembar pemantauan '{sheet}' dibuat ulang dengan {count} indikator baru dari rencana; semua isian dan pengaturan tetap.",
    en: "Monitoring sheet '{sheet}' made again with {count} new indicator(s) from the plan; everything typed and the settings are kept.",
  },
  "monitoring.exists": {
    id: "Lembar pemantauan '{sheet}' sudah ada untuk rencana ini: tidak dibuat lagi (realisasi Anda tetap di sana).",
    en: "The monitoring sheet '{sheet}' already exists for this plan: not made again (your realisations stay there).",
  },
} satisfies Catalog;
