import type { Catalog } from "../types";

/**
 * Messages of each row's quarterly reading (rules/conventions.ts, rules/quarterNotes.ts).
 * Keys are "quarters.<name>". Each says what the cells hold, what the row's target expects, and why.
 */
export const quarters = {
  "quarters.mixedReadings": {
    id: "{group}: angka polos di sel triwulan tabel ini dibaca dengan dua cara: {percent} baris jumlah sebagai persen kemajuan (mis. {pcells} untuk target \"{ptarget}\", berjumlah atau naik hingga 100) dan {units} baris dalam satuan targetnya (mis. {ucells} untuk target \"{utarget}\"). Tanpa tanda %, pembaca tidak tahu \"40\" berarti 40% atau 40 satuan.",
    en: "{group}: plain numbers in this table's quarter cells are read two ways: {percent} {percent|row|rows} of things counted as percentages of progress (e.g. {pcells} for the target \"{ptarget}\", adding up or rising to 100) and {units} {units|row|rows} in the target's units (e.g. {ucells} for the target \"{utarget}\"). Without a % sign a reader cannot tell whether \"40\" is 40% or 40 of the unit.",
  },
  "quarters.mixedReadingsHint": {
    id: "Tulis tanda % pada sel yang berupa persen (mis. \"40%\"), atau tulis baris itu dalam satuan targetnya.",
    en: "Write a % sign in the cells that are percentages (e.g. \"40%\"), or write those rows in their target's units.",
  },
  "quarters.heldCounts": {
    id: "{group}: {held} baris jumlah menulis target tahunannya di setiap triwulan (mis. {hcells} untuk target \"{htarget}\"), sedangkan {progress} baris jumlah lain di tabel ini dijumlahkan atau naik hingga targetnya (mis. {pcells} untuk target \"{ptarget}\"). Untuk sesuatu yang dikerjakan, angka yang sama tiap triwulan bisa berarti sebanyak itu per triwulan, semuanya sudah di TW I, atau jumlah yang tetap sepanjang tahun.",
    en: "{group}: {held} {held|row of things counted writes|rows of things counted write} the annual target in every quarter (e.g. {hcells} for the target \"{htarget}\"), while {progress} other {progress|row of things counted in this table adds up or rises to its|rows of things counted in this table add up or rise to their} target (e.g. {pcells} for the target \"{ptarget}\"). For things done, the same number every quarter may mean that many each quarter, all of them by TW I, or a number that stands all year.",
  },
  "quarters.heldCountsHint": {
    id: "Bila jumlahnya memang tetap sepanjang tahun (mis. pegawai yang dibayar tiap bulan), biarkan; bila dikerjakan bertahap, tulis bagian per triwulan atau kumulatif hingga target di TW IV.",
    en: "If the number stands all year (e.g. staff paid every month), leave it; if the work is done over the year, write the parts per quarter or a cumulative count reaching the target in TW IV.",
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
  "quarters.heldCount": {
    id: "{group} {cells}: target \"{raw}\" ditulis di triwulan {quarters}. Bila yang sama dihitung pada tiap pengukuran (mis. unit yang sama diperiksa tiap semester), baris ini terbaca sebagai nilai tetap, seperti target yang ditulis di setiap triwulan; bila bagian per triwulan, jumlahnya {sum}, bukan {quantity}.",
    en: "{group} {cells}: the target \"{raw}\" is written in quarters {quarters}. If the same things are counted at each measurement (e.g. the same units checked each semester), the row reads as a level, as the target written every quarter does; if these are parts per quarter, they add up to {sum}, not {quantity}.",
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
