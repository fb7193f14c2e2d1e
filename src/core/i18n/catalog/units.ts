import type { Catalog } from "../types";

/**
 * Messages about a target's unit and meaning (rules/targets.ts, rules/percentTarget.ts):
 * a bare number, a month where a quantity belongs, a percentage indicator without its own target.
 */
export const units = {
  "rules.target.noUnitCount": {
    id: "Target \"{raw}\" tanpa satuan; indikator \"{text}\" menyebut apa yang dihitung sehingga tetap terbaca, tetapi target ditulis dengan satuannya, mis. \"{quantity} Orang\" atau \"{quantity} Dokumen\".",
    en: "Target \"{raw}\" has no unit; the indicator \"{text}\" says what is counted, so it still reads, but a target is written with its unit, e.g. \"{quantity} Orang\" or \"{quantity} Dokumen\".",
  },
  "rules.target.noUnitHint": {
    id: "Tulis satuannya bersama jumlah (\"150 Orang\", \"85%\") atau di kolom Satuan; nama indikator yang diawali \"Persentase\", \"Indeks\" atau \"Nilai\" juga sudah menyatakannya.",
    en: "Write the unit with the quantity (\"150 Orang\", \"85%\") or in the Satuan column; an indicator named \"Persentase ...\", \"Indeks ...\" or \"Nilai ...\" also says it.",
  },
  "rules.target.month": {
    id: "Target \"{raw}\" berupa nama bulan atau tanggal, bukan jumlah: target menyatakan berapa yang dicapai, mis. \"{month} Bulan\" atau \"100%\"; tenggat waktu bukan target.",
    en: "Target \"{raw}\" is a month or a date, not a quantity: a target says how much is reached, e.g. \"{month} Bulan\" or \"100%\"; a deadline is not a target.",
  },
  "rules.target.monthHint": {
    id: "Tulis target sebagai jumlah (mis. \"{month} Bulan\" = selesai dalam {month} bulan, atau \"100%\" = tepat waktu) dan tuliskan tenggatnya di Rencana Aksi atau Keterangan; triwulan pun diisi jumlah, bukan nama bulan.",
    en: "Write the target as a quantity (e.g. \"{month} Bulan\" = done within {month} months, or \"100%\" = on time) and put the deadline in the Rencana Aksi or Keterangan; quarter cells too hold quantities, not month names.",
  },
  "rules.target.percentNoTarget": {
    id: "Indikator \"{text}\" berupa persentase tetapi tidak memiliki target sendiri: target pada barisnya, \"{raw}\", milik indikator \"{rowText}\" di baris itu, yang menghitung hal yang sama sebagai jumlah.",
    en: "Indicator \"{text}\" is a percentage but has no target of its own: the target on its row, \"{raw}\", belongs to the row's indicator \"{rowText}\", which counts the same thing as a number.",
  },
  "rules.target.percentNoTargetHint": {
    id: "Biarkan \"{raw}\" untuk \"{rowText}\" dan beri \"{text}\" targetnya sendiri dalam persen (mis. \"100%\") pada baris tersendiri; kedua nama indikator tidak perlu diubah.",
    en: "Keep \"{raw}\" for \"{rowText}\" and give \"{text}\" its own target in percent (e.g. \"100%\") on a row of its own; neither indicator needs renaming.",
  },
  "rules.target.unitMismatch": {
    id: "Indikator \"{text}\" bersatuan \"{unit}\" di sini tetapi \"{other}\" di {first}: satu indikator, satu satuan.",
    en: "Indicator \"{text}\" is in \"{unit}\" here but in \"{other}\" at {first}: one indicator, one unit.",
  },
  "rules.target.unitMismatchHint": {
    id: "Pakai satuan yang sama di setiap baris indikator ini; satuan menentukan cara membaca target dan triwulannya.",
    en: "Use the same unit on every row of this indicator; the unit decides how its target and quarters are read.",
  },
} satisfies Catalog;
