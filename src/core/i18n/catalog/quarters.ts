import type { Catalog } from "../types";

/**
 * Messages of each row's quarterly reading (rules/conventions.ts, rules/quarterNotes.ts).
 * Keys are "quarters.<name>". Each says what the cells hold, what the row's target expects, and why.
 */
export const quarters = {
  // Readings, as the table's summary names them
  "quarters.reading.cumulative": { id: "kumulatif", en: "cumulative" },
  "quarters.reading.perQuarter": { id: "bagian per triwulan", en: "per-quarter parts" },
  "quarters.reading.level": { id: "nilai tetap tiap triwulan", en: "the same level every quarter" },
  "quarters.reading.yearEnd": { id: "hanya triwulan IV", en: "only quarter IV" },
  "quarters.reading.schedule": { id: "jadwal", en: "a schedule" },
  "quarters.reading.descending": { id: "menurun ke target", en: "falling to the target" },
  "quarters.readingCount": { id: "{reading} ({count})", en: "{reading} ({count})" },

  "quarters.mixedReadings": {
    id: "{group}: baris-baris tabel ini membaca target triwulan dengan {count} cara (jumlah baris): {list}. Wajar bila tiap indikator punya jenis perhitungannya sendiri (kumulatif / non-kumulatif); pastikan cara tiap baris memang yang dimaksud, terutama baris-baris ini yang berbeda dari cara yang paling sering ({usual}).",
    en: "{group}: the rows of this table read their quarterly targets in {count} ways (rows of each): {list}. Normal when each indicator has its own counting type (kumulatif / non-kumulatif); check that each row's is the intended one, above all these rows, which differ from the most common way ({usual}).",
  },
  "quarters.hint.perRow": {
    id: "Tiap indikator punya cara sendiri: kumulatif (naik hingga target di TW IV), per triwulan (bagian yang berjumlah target), nilai tetap (target di setiap triwulan), atau hanya TW IV.",
    en: "Each indicator has its own way: cumulative (rising to the target by TW IV), per quarter (parts adding up to the target), a level (the target in every quarter), or only TW IV.",
  },

  // Errors: no reading fits the row
  "quarters.month": {
    id: "{group} {cells}: \"{text}\" adalah nama bulan, bukan target triwulan. Tulis nilai yang direncanakan pada triwulan itu (untuk tenggat seperti \"November\": mis. 0 / 0 / 0 / 100% atau 1 Dokumen di TW IV).",
    en: "{group} {cells}: \"{text}\" is a month name, not a quarterly target. Write the value planned for the quarter (for a deadline such as \"November\": e.g. 0 / 0 / 0 / 100% or 1 Dokumen in TW IV).",
  },
  "quarters.noReading.qualitative": {
    id: "{group} {cells}: angka di bawah target predikat \"{raw}\"; predikat tidak dihitung atau dijumlahkan. Tulis \"{raw}\" di setiap triwulan (nilai tetap) atau hanya di triwulan IV.",
    en: "{group} {cells}: numbers under the predicate target \"{raw}\"; a predicate is not counted or summed. Write \"{raw}\" in every quarter (a level) or only in quarter IV.",
  },
  "quarters.noReading.level": {
    id: "{group} {cells}: target \"{raw}\" adalah sebuah tingkat (level), bukan jumlah; seharusnya tingkat itu di setiap triwulan (dipertahankan), tingkat yang naik hingga target di triwulan IV, atau hanya di triwulan IV; tidak turun, melewatinya, atau dijumlahkan.",
    en: "{group} {cells}: the target \"{raw}\" is a level, not a quantity; expected that level in every quarter (held), levels rising to it by quarter IV, or only in quarter IV; not falling, past it or added up.",
  },
  "quarters.noReading.scaleProgress": {
    id: "{group} {cells}: terbaca sebagai persen kemajuan hingga 100, padahal target \"{target}\" adalah nilai pada skalanya sendiri: triwulan IV {last} melebihi {quantity}. Tulis nilai yang direncanakan tiap triwulan ({quantity} ×4), nilai yang naik hingga {quantity}, atau hanya triwulan IV.",
    en: "{group} {cells}: reads as a percentage of progress up to 100, but the target \"{target}\" is a score on its own scale: quarter IV {last} is above {quantity}. Write the level planned each quarter ({quantity} ×4), values rising to {quantity}, or only quarter IV.",
  },
  "quarters.noReading.scaleParts": {
    id: "{group} {cells}: hanya terbaca sebagai persen kemajuan (jumlahnya {sum}, triwulan IV {last}), padahal target \"{target}\" adalah nilai pada skalanya sendiri, bukan persen. Tulis nilai yang direncanakan tiap triwulan ({quantity} ×4), nilai yang naik hingga {quantity}, atau hanya triwulan IV.",
    en: "{group} {cells}: reads only as percentages of progress (summing to {sum}, quarter IV {last}), but the target \"{target}\" is a score on its own scale, not a percentage. Write the level planned each quarter ({quantity} ×4), values rising to {quantity}, or only quarter IV.",
  },
  "quarters.noReading.words": {
    id: "{group} {cells}: berisi kata, padahal target \"{target}\" menuntut angka. Tulis jumlah yang direncanakan tiap triwulan (atau, untuk jadwal, nama triwulan atau tanda centang di triwulan pelaksanaan).",
    en: "{group} {cells}: holds words where the target \"{target}\" expects numbers. Write the quantity planned for each quarter (or, for a schedule, the quarter's name or a tick where the action happens).",
  },
  "quarters.noReading.text": {
    id: "{group} {cells}: triwulan IV berbeda dari target \"{raw}\", atau teksnya berubah antar triwulan selain naik menuju target; target kualitatif ditulis seperti target menulisnya: di setiap triwulan (nilai tetap), naik hingga target di triwulan IV, atau hanya di triwulan IV.",
    en: "{group} {cells}: quarter IV differs from the target \"{raw}\", or the text changes between quarters otherwise than rising to it; a qualitative target is written as the target writes it: in every quarter (a level), rising to it by quarter IV, or only in quarter IV.",
  },
  "quarters.fallsUnsaid": {
    id: "{group} {cells}: turun hingga target \"{target}\", jadi \"{name}\" dibaca makin rendah makin baik, padahal namanya tidak menyebut arah. Bila memang makin rendah makin baik, biarkan; bila makin tinggi makin baik, target triwulan seharusnya naik hingga target.",
    en: "{group} {cells}: falls to the target \"{target}\", so \"{name}\" is read as lower-is-better, though its name does not say which way is better. If lower is better, leave it; if higher is better, the quarters should rise to the target.",
  },
  "quarters.notYearEnd": {
    id: "{group} {cells}: target \"{raw}\" ditulis di triwulan {quarters}, tetapi tidak di triwulan IV, saat capaian tahunan diukur. Bila tercapai di triwulan itu dan bertahan, tulis juga di triwulan sesudahnya hingga triwulan IV; bila baru dinilai akhir tahun, tulis hanya di triwulan IV.",
    en: "{group} {cells}: the target \"{raw}\" is written in quarter {quarters} but not in quarter IV, when the year's achievement is measured. If it is reached then and holds, write it in the quarters after it up to quarter IV too; if it is judged at year end, write it only in quarter IV.",
  },
  "quarters.noReading.textNoTarget": {
    id: "{group} {cells}: teksnya berubah antar triwulan, dan baris ini tidak memiliki target; target kualitatif ditulis sama di setiap triwulan (nilai tetap) atau hanya di triwulan IV.",
    en: "{group} {cells}: the text changes between quarters, and the row has no target; a qualitative target is written the same in every quarter (a level) or only in quarter IV.",
  },
  "quarters.noReading.schedule": {
    id: "{group} {cells}: nama triwulan berada di kolom triwulan lain; jadwal menulis nama triwulannya sendiri (\"Triwulan II\" di kolom TW II) pada triwulan pelaksanaan.",
    en: "{group} {cells}: a quarter's name stands in another quarter's column; a schedule writes each quarter's own name (\"Triwulan II\" under TW II) in the quarters where the action happens.",
  },
  "quarters.noReading.mixed": {
    id: "{group} {cells}: nama triwulan atau tanda bercampur dengan angka atau kata; tulis angka di setiap triwulan, atau jadwal saja (nama triwulan atau tanda).",
    en: "{group} {cells}: quarter names or ticks mixed with numbers or words; write either numbers in every quarter or a schedule only (quarter names or ticks).",
  },

  // Warnings: a reading fits, but a person should look
  "quarters.rateCumulative": {
    id: "{group} {cells}: \"{name}\" adalah indikator yang makin rendah makin baik, tetapi target triwulannya naik dari {first} ke {last} seolah diakumulasi sepanjang tahun; angka/tingkat seperti ini tidak dijumlahkan per triwulan. Tulis tingkat yang diharapkan tiap triwulan (mis. {last} ×4) atau hanya di TW IV.",
    en: "{group} {cells}: \"{name}\" is a lower-is-better indicator, yet its quarters rise from {first} to {last} as if accumulated over the year; such a rate or level is not added up quarter by quarter. Write the level expected each quarter (e.g. {last} ×4) or only in TW IV.",
  },
  "quarters.scaleCumulative": {
    id: "{group} {cells}: \"{name}\" adalah nilai pada skalanya sendiri (indeks, nilai, rasio), tetapi target triwulannya naik dari {first} ke {last} seolah diakumulasi sepanjang tahun; angka/tingkat seperti ini tidak dijumlahkan per triwulan. Tulis tingkat yang diharapkan tiap triwulan (mis. {last} ×4) atau hanya di TW IV.",
    en: "{group} {cells}: \"{name}\" is a score on its own scale (index, score, ratio), yet its quarters rise from {first} to {last} as if accumulated over the year; such a rate or level is not added up quarter by quarter. Write the level expected each quarter (e.g. {last} ×4) or only in TW IV.",
  },
  "quarters.countCumulative": {
    id: "{group} {cells}: \"{name}\" menghitung kejadian yang makin sedikit makin baik, dan target triwulannya naik dari {first} ke {last}: terbaca sebagai kejadian yang dihitung sejak Januari, paling banyak {last} sampai akhir tahun. Bila {last} adalah batas tiap triwulan, tulis {last} di setiap triwulan; bila memang kumulatif, pastikan Penghitungan indikator ini kumulatif.",
    en: "{group} {cells}: \"{name}\" counts events where fewer is better, and its quarters rise from {first} to {last}: read as events counted since January, at most {last} by the year's end. If {last} is the limit for each quarter, write {last} in every quarter; if cumulative is meant, make sure this indicator's counting type is kumulatif.",
  },
  "quarters.ladderOff": {
    id: "{group} {cells}: triwulan {quarter} ({value}) keluar dari kenaikan rata triwulan lainnya ({step} tiap triwulan); kemungkinan seharusnya {expected}.",
    en: "{group} {cells}: quarter {quarter} ({value}) breaks the even steps of the other quarters ({step} a quarter); probably {expected}.",
  },
  "quarters.ladderJump": {
    id: "{group} {cells}: triwulan I-III naik rata sekitar {step} (seperti untuk target sekitar {base}), lalu triwulan IV melonjak ke {last}; triwulan I-III kemungkinan dihitung dari angka lain.",
    en: "{group} {cells}: quarters I-III rise evenly by about {step} (as for a target of about {base}), then quarter IV jumps to {last}; quarters I-III were probably worked out from another figure.",
  },
  "quarters.partsRiseFall": {
    id: "{group} {cells}: target persentase \"{target}\" dibagi menjadi bagian per triwulan yang naik lalu turun; persentase suatu keadaan tidak dijumlahkan per triwulan. Tulis secara kumulatif (naik hingga {quantity} di triwulan IV) atau nilai tetap tiap triwulan.",
    en: "{group} {cells}: the percentage target \"{target}\" is split into quarterly parts that rise and then fall; a percentage of a state is not added up by quarter. Write it cumulative (rising to {quantity} by quarter IV) or as the level each quarter.",
  },
  "quarters.unitWord": {
    id: "{group} {cells}: satuan ditulis di dalam sel triwulan; dibaca sebagai {values}. Tulis angkanya saja: satuan milik target (kolom Satuan).",
    en: "{group} {cells}: the unit is written inside the quarter cells; read as {values}. Write the numbers only: the unit belongs to the target (Satuan).",
  },
  "quarters.rounded": {
    id: "{group} {cells}: triwulan {quarter} {value} dibulatkan; nilai tepatnya {expected}.",
    en: "{group} {cells}: quarter {quarter} {value} is rounded; the exact value is {expected}.",
  },
} satisfies Catalog;
