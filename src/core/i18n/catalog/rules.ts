import type { Catalog } from "../types";

/**
 * Messages of the rules area (validation). Keys are "rules.<name>".
 * Each message quotes what is in the sheet and says what is expected; hints say how to fix.
 */
export const rules = {
  // Words used inside messages
  "rules.level.sasaran": { id: "Sasaran", en: "Sasaran" },
  "rules.level.program": { id: "Program", en: "Program" },
  "rules.level.kegiatan": { id: "Kegiatan", en: "Kegiatan" },
  "rules.level.subKegiatan": { id: "Sub Kegiatan", en: "Sub Kegiatan" },
  "rules.group.kinerja": { id: "Target Kinerja", en: "Target Kinerja (performance)" },
  "rules.group.pelaksanaan": { id: "Target Pelaksanaan", en: "Target Pelaksanaan (implementation)" },
  "rules.convention.percentCumulative": { id: "persen kumulatif (25% / 50% / 75% / 100%)", en: "cumulative percent (25% / 50% / 75% / 100%)" },
  "rules.convention.percentPerQuarter": { id: "persen per triwulan (25% / 25% / 25% / 25%)", en: "percent per quarter (25% / 25% / 25% / 25%)" },
  "rules.convention.unitsCumulative": { id: "satuan target kumulatif (3 / 6 / 9 / 12)", en: "cumulative target units (3 / 6 / 9 / 12)" },
  "rules.convention.unitsPerQuarter": { id: "satuan target per triwulan (3 / 3 / 3 / 3)", en: "target units per quarter (3 / 3 / 3 / 3)" },

  // layout
  "rules.layout.noYearHint": {
    id: "Tulis judul di atas tabel, mis. \"RENCANA AKSI TAHUN 2024\".",
    en: "Write a title above the table, e.g. \"RENCANA AKSI TAHUN 2024\".",
  },
  "rules.layout.quarterColumns": {
    id: "{group}: hanya kolom triwulan {found} yang ditemukan; seharusnya ada triwulan I, II, III dan IV.",
    en: "{group}: only quarter column(s) {found} found; expected quarters I, II, III and IV.",
  },
  "rules.layout.noQuarterColumns": {
    id: "Tabel tidak memiliki kolom target triwulan (I-IV); target per triwulan tidak dapat diperiksa.",
    en: "The table has no quarterly target columns (I-IV); quarterly targets cannot be checked.",
  },
  "rules.layout.monthsOnly": {
    id: "Tabel menulis target per bulan, bukan per triwulan (I-IV). Renaksi memeriksa target bulanan tiap baris, hanya sebagai peringatan; Isi Triwulan, lembar Pemantauan dan laporan Capaian TW memerlukan kolom target triwulan.",
    en: "The table writes its targets per month, not per quarter (I-IV). Renaksi checks each row's monthly targets, as warnings only; Fill quarters, the monitoring sheet and the Capaian TW report need quarterly target columns.",
  },
  "rules.layout.semestersOnly": {
    id: "Tabel menulis target per semester (Semester I dan II), bukan per triwulan (I-IV) seperti Rencana Aksi: target triwulan tidak dapat diperiksa. Renaksi memeriksa target semester tiap baris, hanya sebagai peringatan.",
    en: "The table writes its targets per semester (Semester I and II), not per quarter (I-IV) as a Rencana Aksi does: quarterly targets cannot be checked. Renaksi checks each row's semester targets, as warnings only.",
  },
  "rules.layout.semestersOnlyHint": {
    id: "Tambahkan kolom Target Triwulan I-IV (Semester I = triwulan I dan II, Semester II = triwulan III dan IV).",
    en: "Add Target Triwulan I-IV columns (Semester I = quarters I and II, Semester II = quarters III and IV).",
  },
  "rules.layout.rowYear": {
    id: "Kolom Tahun baris ini berisi {year}, padahal rencana ini untuk tahun {planYear}: baris yang tersalin dari rencana tahun lain membawa target tahun itu.",
    en: "The Tahun column of this row says {year}, but the plan is for {planYear}: a row copied from another year's plan brings that year's targets.",
  },
  "rules.layout.rowYearHint": {
    id: "Periksa target dan target triwulan baris ini untuk tahun {planYear}, lalu ubah Tahun menjadi {planYear}.",
    en: "Check this row's target and quarterly targets for {planYear}, then change its Tahun to {planYear}.",
  },
  "rules.layout.noTargetColumn": {
    id: "Tabel tidak memiliki kolom Target (jumlah dan satuan, mis. \"12 Bulan\").",
    en: "The table has no Target column (quantity and unit, e.g. \"12 Bulan\").",
  },

  // hierarchy
  "rules.hierarchy.programNoSasaran": {
    id: "Program \"{name}\" tidak berada di bawah Sasaran mana pun.",
    en: "Program \"{name}\" stands under no Sasaran.",
  },
  "rules.hierarchy.kegiatanNoProgram": {
    id: "Kegiatan \"{name}\" tidak berada di bawah Program mana pun (induknya: \"{parent}\").",
    en: "Kegiatan \"{name}\" stands under no Program (its parent: \"{parent}\").",
  },
  "rules.hierarchy.subKegiatanNoKegiatan": {
    id: "Sub Kegiatan \"{name}\" tidak berada di bawah Kegiatan mana pun dalam Program-nya (induknya: \"{parent}\").",
    en: "Sub Kegiatan \"{name}\" stands under no Kegiatan in its Program (its parent: \"{parent}\").",
  },
  "rules.hierarchy.parentHint": {
    id: "Tambahkan baris {level} di atasnya, atau pindahkan baris ini ke bawah {level} yang benar.",
    en: "Add a {level} row above it, or move this row under the right {level}.",
  },
  "rules.hierarchy.noAksi": {
    id: "Indikator \"{text}\" tidak memiliki Rencana Aksi: langkah-langkah untuk mencapai targetnya adalah isi utama tabel ini.",
    en: "Indicator \"{text}\" has no Rencana Aksi: the steps that reach its target are what this table is for.",
  },
  "rules.hierarchy.noAksiHint": {
    id: "Tulis langkah yang direncanakan untuk indikator ini di kolom Rencana Aksi (mis. \"1. Menyusun ... 2. Melaksanakan ...\").",
    en: "Write the steps planned for this indicator in the Rencana Aksi column (e.g. \"1. Menyusun ... 2. Melaksanakan ...\").",
  },
  "rules.hierarchy.noIndicator": {
    id: "{level} \"{name}\" tidak memiliki indikator.",
    en: "{level} \"{name}\" has no indicator.",
  },
  "rules.hierarchy.subKegiatanNoIndicator": {
    id: "Sub Kegiatan \"{name}\" tidak memiliki indikator keluaran; diharapkan sedikitnya satu indikator dengan target.",
    en: "Sub Kegiatan \"{name}\" has no output indicator; expected at least one indicator with a target.",
  },
  "rules.hierarchy.kegiatanNoIndicator": {
    id: "Kegiatan \"{name}\" tidak memiliki indikator maupun target.",
    en: "Kegiatan \"{name}\" has neither an indicator nor a target.",
  },
  "rules.hierarchy.kegiatanTargetNoIndicator": {
    id: "Kegiatan \"{name}\" memiliki target \"{target}\" tetapi tidak memiliki indikator.",
    en: "Kegiatan \"{name}\" has a target \"{target}\" but no indicator.",
  },
  "rules.hierarchy.noIndicatorHint": {
    id: "Tulis indikator {level} ini beserta targetnya pada barisnya (atau baris tepat di bawahnya), di kolom Indikator {level} bila tabel memilikinya, atau di kolom Indikator.",
    en: "Write this {level}'s indicator with its target on its row (or the row right below it), in the Indikator {level} column where the table has one, else in the Indikator column.",
  },
  "rules.hierarchy.indicatorNoTarget": {
    id: "Indikator \"{text}\" tidak memiliki target; diharapkan jumlah dan satuan, mis. \"12 Bulan\".",
    en: "Indicator \"{text}\" has no target; expected a quantity and a unit, e.g. \"12 Bulan\".",
  },

  // numbering
  "rules.numbering.duplicate": {
    id: "Nomor \"{raw}\" dipakai dua kali di bawah \"{parent}\" (pertama di {first}).",
    en: "Number \"{raw}\" is used twice under \"{parent}\" (first at {first}).",
  },
  "rules.numbering.order": {
    id: "Nomor \"{raw}\" datang sesudah \"{prev}\" di bawah \"{parent}\": urutannya terbalik.",
    en: "Number \"{raw}\" comes after \"{prev}\" under \"{parent}\": out of order.",
  },
  "rules.numbering.gap": {
    id: "Penomoran melompat dari \"{prev}\" ke \"{raw}\" di bawah \"{parent}\": {missing} tidak ada.",
    en: "Numbering jumps from \"{prev}\" to \"{raw}\" under \"{parent}\": {missing} missing.",
  },
  "rules.numbering.gapFirst": {
    id: "Penomoran di bawah \"{parent}\" dimulai dari \"{raw}\": {missing} tidak ada.",
    en: "Numbering under \"{parent}\" starts at \"{raw}\": {missing} missing.",
  },
  "rules.numbering.renumberHint": {
    id: "Nomori ulang {level} di bawah induk ini berurutan (A, B, C ... atau 1), 2), 3) ...).",
    en: "Renumber the {level} rows under this parent in sequence (A, B, C ... or 1), 2), 3) ...).",
  },
  "rules.numbering.mixedStyle": {
    id: "{level} ini bernomor \"{raw}\", sedangkan {level} lain di tabel memakai gaya \"{example}\".",
    en: "This {level} is numbered \"{raw}\" while the other {level} rows of the table use the style \"{example}\".",
  },
  "rules.numbering.missing": {
    id: "{level} \"{name}\" tidak bernomor, sedangkan {level} lain bernomor (gaya \"{example}\").",
    en: "{level} \"{name}\" has no number while the other {level} rows are numbered (style \"{example}\").",
  },
  "rules.numbering.sasaranDuplicate": {
    id: "\"{raw}\" sudah dipakai di {first}; ini Sasaran ke-{position} dalam tabel: seharusnya \"{expected}\".",
    en: "\"{raw}\" is already used at {first}; this is Sasaran no. {position} of the table: it should be \"{expected}\".",
  },
  "rules.numbering.sasaranSequence": {
    id: "Sasaran ke-{position} dalam tabel bernomor \"{raw}\": seharusnya \"{expected}\".",
    en: "Sasaran no. {position} of the table is numbered \"{raw}\": it should be \"{expected}\".",
  },
  "rules.numbering.sasaranHint": {
    id: "Nomori Sasaran berurutan di seluruh tabel: Sasaran 1, Sasaran 2, Sasaran 3 ...",
    en: "Number the Sasaran in sequence across the whole table: Sasaran 1, Sasaran 2, Sasaran 3 ...",
  },
  "rules.numbering.code": {
    id: "Kode \"{code}\" tidak diawali kode induknya \"{parentCode}\" (\"{parent}\").",
    en: "Code \"{code}\" does not extend its parent's code \"{parentCode}\" (\"{parent}\").",
  },
  "rules.numbering.codeHint": {
    id: "Periksa kode pada nomenklatur (Permendagri 90/2019 dan pemutakhirannya): kode anak diawali kode induknya.",
    en: "Check the code in the nomenclature (Permendagri 90/2019 and its updates): a child's code starts with its parent's code.",
  },

  // nomenclature
  "rules.nomenclature.duplicateName": {
    id: "{level} \"{raw}\" bernama sama dengan {level} \"{firstRaw}\" di {first}: \"{name}\".",
    en: "{level} \"{raw}\" has the same name as {level} \"{firstRaw}\" at {first}: \"{name}\".",
  },
  "rules.nomenclature.duplicateNameHint": {
    id: "Gabungkan keduanya, atau ganti nama salah satunya sesuai nomenklatur.",
    en: "Merge the two, or rename one of them as the nomenclature names it.",
  },
  "rules.nomenclature.wrongKegiatan": {
    id: "Sub Kegiatan \"{name}\" menurut nomenklatur termasuk Kegiatan \"{expected}\" ({code}), bukan \"{actual}\".",
    en: "By the nomenclature, Sub Kegiatan \"{name}\" belongs to Kegiatan \"{expected}\" ({code}), not \"{actual}\".",
  },
  "rules.nomenclature.wrongKegiatanHint": {
    id: "Pindahkan Sub Kegiatan ini ke bawah Kegiatan \"{expected}\", atau perbaiki nama Kegiatan induknya.",
    en: "Move this Sub Kegiatan under Kegiatan \"{expected}\", or correct its parent Kegiatan's name.",
  },

  // percent (quarterly targets)
  "rules.percent.unreadable": {
    id: "{group} triwulan {quarter}: \"{text}\" tidak dapat dibaca sebagai satu angka.",
    en: "{group} quarter {quarter}: \"{text}\" cannot be read as one number.",
  },
  "rules.percent.unreadableHint": {
    id: "Tulis satu angka persen, mis. \"21,25%\" (tanpa spasi di dalam angka).",
    en: "Write one percentage, e.g. \"21,25%\" (no spaces inside the number).",
  },
  "rules.percent.unreadableUnitsHint": {
    id: "Tulis satu angka, mis. \"3\" atau \"1.250\" (tanpa spasi di dalam angka).",
    en: "Write one number, e.g. \"3\" or \"1.250\" (no spaces inside the number).",
  },
  "rules.percent.range": {
    id: "{group} triwulan {quarter}: \"{text}\" = {value}%, di luar 0-100%.",
    en: "{group} quarter {quarter}: \"{text}\" = {value}%, outside 0-100%.",
  },
  "rules.percent.negative": {
    id: "{group} triwulan {quarter}: \"{text}\" bernilai negatif; target triwulan tidak boleh kurang dari 0.",
    en: "{group} quarter {quarter}: \"{text}\" is negative; a quarterly target cannot be below 0.",
  },
  "rules.percent.mixedUnits": {
    id: "{group}: sel {bare} tanpa tanda % di antara sel persen; dibaca sebagai {value}%.",
    en: "{group}: cell(s) {bare} without a % sign among percentage cells; read as {value}%.",
  },
  "rules.percent.mixedUnitsHint": {
    id: "Tulis semua sel triwulan dalam persen yang sama, mis. \"25%\".",
    en: "Write every quarter cell as a percentage, e.g. \"25%\".",
  },
  "rules.percent.headerUnits": {
    id: "{group}: judul kolomnya menyatakan persen (%), tetapi {count} baris menulis target triwulannya dalam satuan targetnya, mis. {cells} untuk target \"{target}\"; baris itu dibaca dalam satuan tersebut, bukan persen.",
    en: "{group}: its column header says percent (%), but {count} {count|row writes its|rows write their} quarterly targets in the target's own unit, e.g. {cells} for the target \"{target}\"; {count|that row is|those rows are} read in that unit, not as percentages.",
  },
  "rules.percent.headerUnitsHint": {
    id: "Samakan judul dan isinya: hapus \"(%)\" dari judul bila triwulan ditulis dalam satuan target, atau tulis baris itu dalam persen kemajuan (mis. 25 / 50 / 75 / 100).",
    en: "Make the header and the cells agree: remove \"(%)\" from the header when the quarters are written in the target's unit, or write those rows as percentages of progress (e.g. 25 / 50 / 75 / 100).",
  },
  "rules.percent.noConvention": {
    id: "{group} {cells}: jumlahnya {sum}% dan triwulan IV {last}%; seharusnya keempatnya berjumlah 100% (per triwulan), naik hingga 100% di triwulan IV (kumulatif), atau sama dengan target di setiap triwulan.",
    en: "{group} {cells}: sums to {sum}% and quarter IV is {last}%; expected the four to add up to 100% (per quarter), to rise to 100% by quarter IV (cumulative), or the target in every quarter.",
  },
  "rules.percent.noConventionPercentTarget": {
    id: "{group} {cells}: jumlahnya {sum}% dan triwulan IV {last}%; untuk target \"{target}\" seharusnya naik hingga {quantity}% di triwulan IV (kumulatif), berjumlah {quantity}% (per triwulan), {quantity}% di setiap triwulan (nilai tetap), atau dalam persen kemajuan hingga 100%.",
    en: "{group} {cells}: sums to {sum}% and quarter IV is {last}%; for the target \"{target}\" expected the four to rise to {quantity}% by quarter IV (cumulative), to add up to {quantity}% (per quarter), {quantity}% in every quarter (a level), or percentages of progress rising to 100%.",
  },
  "rules.percent.noConventionUnits": {
    id: "{group} {cells}: jumlahnya {sum} dan triwulan IV {last}; untuk target \"{target}\" seharusnya keempatnya berjumlah {quantity}, naik hingga {quantity} di triwulan IV, {quantity} di setiap triwulan (nilai tetap), atau dalam persen kemajuan hingga 100%.",
    en: "{group} {cells}: sums to {sum} and quarter IV is {last}; for the target \"{target}\" expected the four to add up to {quantity}, to rise to {quantity} by quarter IV, {quantity} in every quarter (a level), or percentages of progress rising to 100%.",
  },
  "rules.percent.noQuarters": {
    id: "\"{name}\" (target \"{target}\"): {group} kosong di semua triwulan.",
    en: "\"{name}\" (target \"{target}\"): {group} is empty in every quarter.",
  },
  "rules.percent.noQuartersAll": {
    id: "\"{name}\" (target \"{target}\"): tidak ada target triwulan (semua sel kosong atau \"-\").",
    en: "\"{name}\" (target \"{target}\"): no quarterly targets (every cell empty or \"-\").",
  },
  "rules.percent.noQuartersHint": {
    id: "Isi target per triwulan sesuai jadwal pelaksanaan (fitur Isi Triwulan dapat mengisinya).",
    en: "Fill in the quarterly targets from the work schedule (the Fill quarters feature can do it).",
  },

  // target
  "rules.target.unreadable": {
    id: "Target \"{raw}\" tidak dapat dibaca sebagai jumlah dan satuan.",
    en: "Target \"{raw}\" cannot be read as a quantity and a unit.",
  },
  "rules.target.stacked": {
    id: "Baris ini menumpuk {count} nilai dalam satu sel, satu per baris (Alt+Enter), mis. \"{example}\": {count} indikator dalam satu baris tidak dapat dibaca dan diperiksa satu per satu.",
    en: "This row stacks {count} values in one cell, one per line (Alt+Enter), e.g. \"{example}\": {count} indicators in one row cannot be read or checked one by one.",
  },
  "rules.target.stackedHint": {
    id: "Tulis satu baris per indikator, masing-masing dengan target dan target triwulannya sendiri.",
    en: "Write one row per indicator, each with its own target and quarterly targets.",
  },
  "rules.target.noQuantity": {
    id: "Target \"{raw}\" tidak memuat jumlah; diharapkan mis. \"12 {unit}\".",
    en: "Target \"{raw}\" has no quantity; expected e.g. \"12 {unit}\".",
  },
  "rules.target.direction": {
    id: "Target \"{raw}\" menyebut arah, bukan jumlah: target harus terukur, yaitu nilai yang akan dicapai, mis. \"5%\" atau \"1.200 Orang\".",
    en: "Target \"{raw}\" names a direction, not a quantity: a target must be measurable, the value to reach, e.g. \"5%\" or \"1.200 Orang\".",
  },
  "rules.target.noQuantityExample": {
    id: "Target \"{raw}\" tidak memuat jumlah; diharapkan mis. \"12 Dokumen\" atau \"25%\".",
    en: "Target \"{raw}\" has no quantity; expected e.g. \"12 Dokumen\" or \"25%\".",
  },
  "rules.target.errorHint": {
    id: "Sel menampilkan kesalahan Excel, biasanya dari rumus yang tidak dapat dihitung: perbaiki rumusnya atau ketik targetnya, mis. \"12 Dokumen\" atau \"25%\".",
    en: "The cell shows an Excel error, usually from a formula that cannot be calculated: correct the formula or type the target, e.g. \"12 Dokumen\" or \"25%\".",
  },
  "rules.target.noUnit": {
    id: "Target \"{raw}\" tidak memuat satuan dan tidak ada yang memberinya arti: kolom Satuan kosong dan nama indikator tidak menyebut persentase, indeks, nilai atau jumlah sesuatu; diharapkan mis. \"{quantity} Dokumen\" atau \"{quantity}%\".",
    en: "Target \"{raw}\" has no unit and nothing gives it one: no Satuan, and the indicator's name says no percentage, index, score or count; expected e.g. \"{quantity} Dokumen\" or \"{quantity}%\".",
  },
  "rules.target.formatHint": {
    id: "Tulis jumlah lalu satuan, mis. \"12 Bulan\", \"7 Dokumen\", \"14.250 Orang\", \"100%\" (atau jumlah di kolom Target dan satuan di kolom Satuan).",
    en: "Write a quantity then a unit, e.g. \"12 Bulan\", \"7 Dokumen\", \"14.250 Orang\", \"100%\" (or the quantity in the Target column and the unit in the Satuan column).",
  },
  "rules.target.months": {
    id: "Target \"{raw}\" melebihi 12 bulan dalam satu tahun rencana.",
    en: "Target \"{raw}\" exceeds the 12 months of a plan year.",
  },
  "rules.target.monthsHint": {
    id: "Target bulan paling banyak \"12 Bulan\"; periksa jumlah atau satuannya.",
    en: "A target in months is at most \"12 Bulan\"; check the quantity or the unit.",
  },
  "rules.target.percentUnit": {
    id: "Indikator \"{text}\" berupa persentase, tetapi targetnya \"{raw}\" tidak dalam persen.",
    en: "Indicator \"{text}\" is a percentage but its target \"{raw}\" is not in percent.",
  },
  "rules.target.percentUnitHint": {
    id: "Tulis target dalam persen (mis. \"100%\"), atau ubah nama indikator menjadi jumlah (mis. \"Jumlah ...\").",
    en: "Write the target in percent (e.g. \"100%\"), or rename the indicator as a count (e.g. \"Jumlah ...\").",
  },
  "rules.target.levelSum": {
    id: "Target Kegiatan \"{raw}\" ({text}) berbeda dari jumlah target Sub Kegiatannya: {parts} = {sum}.",
    en: "Kegiatan target \"{raw}\" ({text}) differs from the sum of its Sub Kegiatan targets: {parts} = {sum}.",
  },
  "rules.target.levelDoubleCount": {
    id: "Target Kegiatan \"{raw}\" ({text}) adalah jumlah target Sub Kegiatannya ({parts}), padahal hanya \"{sameText}\" ({sameRaw}) yang menghitung hal yang sama; seharusnya {expected}.",
    en: "Kegiatan target \"{raw}\" ({text}) is the sum of its Sub Kegiatan targets ({parts}), yet only \"{sameText}\" ({sameRaw}) counts the same thing; expected {expected}.",
  },
  "rules.target.levelHint": {
    id: "Periksa apakah yang sama dihitung dua kali; target Kegiatan menghitung keluaran Kegiatan itu sendiri.",
    en: "Check whether the same things are counted twice; a Kegiatan's target counts the Kegiatan's own output.",
  },

  // spelling
  "rules.spelling.nonStandard": {
    id: "Ejaan tidak baku: {words}.",
    en: "Non-standard spelling: {words}.",
  },
  "rules.spelling.hint": {
    id: "Ganti dengan bentuk baku (KBBI).",
    en: "Use the standard form (KBBI).",
  },

  // targets per month or semester (rules/periods.ts)
  "rules.period.bulan": { id: "bulan", en: "month" },
  "rules.period.semester": { id: "semester", en: "semester" },
  "rules.period.month1": { id: "Januari", en: "January" },
  "rules.period.month2": { id: "Februari", en: "February" },
  "rules.period.month3": { id: "Maret", en: "March" },
  "rules.period.month4": { id: "April", en: "April" },
  "rules.period.month5": { id: "Mei", en: "May" },
  "rules.period.month6": { id: "Juni", en: "June" },
  "rules.period.month7": { id: "Juli", en: "July" },
  "rules.period.month8": { id: "Agustus", en: "August" },
  "rules.period.month9": { id: "September", en: "September" },
  "rules.period.month10": { id: "Oktober", en: "October" },
  "rules.period.month11": { id: "November", en: "November" },
  "rules.period.month12": { id: "Desember", en: "December" },
  "rules.period.semester1": { id: "Semester I", en: "Semester I" },
  "rules.period.semester2": { id: "Semester II", en: "Semester II" },
  "rules.period.empty": {
    id: "\"{name}\" (target \"{target}\"): tidak ada target per {unit} (semua sel kosong atau \"-\").",
    en: "\"{name}\" (target \"{target}\"): no targets per {unit} (every cell empty or \"-\").",
  },
  "rules.period.emptyHint": {
    id: "Isi target tiap {unit} sesuai jadwal pelaksanaan.",
    en: "Fill in each {unit}'s target from the work schedule.",
  },
  "rules.period.unreadable": {
    id: "Target {period} \"{text}\" tidak dapat dibaca sebagai satu angka, jadi target per {unit} baris ini tidak diperiksa.",
    en: "The {period} target \"{text}\" cannot be read as one number, so this row's targets per {unit} are not checked.",
  },
  "rules.period.noReading": {
    id: "\"{name}\" (target \"{target}\"): target per {unit} {cells} tidak naik atau turun hingga {expected} di {unit} terakhirnya ({last}: {lastValue}), tidak berjumlah {expected} (jumlahnya {sum}), tidak sama dengan target di setiap {unit}, dan tidak mencapai 100% kemajuan.",
    en: "\"{name}\" (target \"{target}\"): the targets per {unit} {cells} neither rise nor fall to {expected} by their last {unit} ({last}: {lastValue}), nor add up to {expected} (they sum to {sum}), nor hold the target every {unit}, nor reach 100% of progress.",
  },
  "rules.period.noReadingFall": {
    id: "\"{name}\" (target \"{target}\"): target per {unit} {cells} turun di {fallAt} ({from} → {to}) setelah naik, jadi tidak terbaca sebagai kumulatif; juga tidak berjumlah {expected} dan tidak sama dengan target di setiap {unit}.",
    en: "\"{name}\" (target \"{target}\"): the targets per {unit} {cells} fall in {fallAt} ({from} → {to}) after rising, so they do not read as cumulative; nor do they add up to {expected} or hold the target every {unit}.",
  },
  "rules.period.above": {
    id: "\"{name}\" (target \"{target}\"): target {period} \"{text}\" lebih dari 100%; persentase tidak dapat melebihi 100%.",
    en: "\"{name}\" (target \"{target}\"): the {period} target \"{text}\" is above 100%; a percentage cannot exceed 100%.",
  },
  "rules.period.noReadingHint": {
    id: "Tulis target per {unit} naik hingga target di {unit} terakhir (kumulatif), sebagai bagian yang berjumlah target, atau sama dengan target setiap {unit}. Target per {unit} hanya diberi peringatan: bila baris ini memang memakai cara lain (mis. rata-rata setahun), biarkan.",
    en: "Write the targets per {unit} rising to the target by the last {unit} (cumulative), as parts adding up to the target, or as the target every {unit}. Targets per {unit} get warnings only: if this row follows another convention on purpose (e.g. a yearly average), leave it.",
  },
  "rules.period.quarters": {
    id: "\"{name}\": target bulanan {months} tidak sesuai dengan {group} {quarters}: triwulannya bukan nilai bulan terakhir tiap triwulan (Maret, Juni, September, Desember), bukan jumlah tiga bulannya, dan bukan jumlah sejak Januari.",
    en: "\"{name}\": the monthly targets {months} disagree with {group} {quarters}: the quarters are neither the values of each quarter's last month (March, June, September, December), nor the sums of their three months, nor the sums since January.",
  },
  "rules.period.quartersHint": {
    id: "Samakan target bulanan dengan target triwulannya: salah satunya mungkin belum diperbarui.",
    en: "Make the monthly and quarterly targets agree: one of them was probably not updated.",
  },
} satisfies Catalog;
