import type { Catalog } from "../types";

/**
 * Messages of the style rule (rules/style.ts): slips in the plan's texts that a careful reviewer
 * marks. Keys are "rules.style.<name>". Each says what is written, why it matters, and how to fix.
 */
export const style = {
  /** Several sentences of one cell, already in both languages. */
  "rules.style.several": { id: "{sentences}", en: "{sentences}" },

  "rules.style.typo": {
    id: "Kemungkinan salah ketik: {words} (kata yang ditulis tidak dikenal, satu huruf dari kata rencana yang lazim).",
    en: "Probable typo: {words} (the word written is unknown, one letter off a common plan word).",
  },
  "rules.style.typoHint": {
    id: "Perbaiki ketikan kata itu.",
    en: "Correct the word as typed.",
  },
  "rules.style.runTogether": {
    id: "Kata bersambung tanpa spasi: {words}.",
    en: "Words run together without a space: {words}.",
  },
  "rules.style.runTogetherHint": {
    id: "Sisipkan spasi di antara kedua kata.",
    en: "Put a space between the two words.",
  },
  "rules.style.quotes": {
    id: "Tanda petik lengkung (“ ”) tersalin dari Word: aplikasi dan pencarian membacanya lain dari tanda petik biasa (\").",
    en: "Curly quotes (“ ”) copied from Word: applications and searches read them apart from plain quotes (\").",
  },
  "rules.style.quotesHint": {
    id: "Ganti dengan tanda petik biasa (\") atau hapus.",
    en: "Replace them with plain quotes (\") or remove them.",
  },
  "rules.style.doubleSpace": {
    id: "Spasi ganda di dalam teks, setelah “{after}”: teks yang sama dengan satu spasi tidak lagi dianggap sama.",
    en: "Double space inside the text, after “{after}”: the same text with single spaces no longer matches it.",
  },
  "rules.style.doubleSpaces": {
    id: "{count} spasi ganda di dalam teks, yang pertama setelah “{after}”: teks yang sama dengan satu spasi tidak lagi dianggap sama.",
    en: "{count} double spaces inside the text, the first after “{after}”: the same text with single spaces no longer matches it.",
  },
  "rules.style.doubleSpaceHint": {
    id: "Ganti spasi ganda dengan satu spasi (Cari & Ganti: dua spasi → satu).",
    en: "Replace each double space with one (Find & Replace: two spaces → one).",
  },
  "rules.style.numberSpace": {
    id: "Spasi di dalam sel angka {cells} (“{example}”): sel itu berisi teks, bukan angka, dan rumus atau aplikasi tidak membacanya sebagai angka yang sama.",
    en: "A space in the number cell(s) {cells} (“{example}”): the cell holds text, not a number, and formulas or applications do not read it as the same number.",
  },
  "rules.style.numberSpaceHint": {
    id: "Hapus spasinya (atau ketik ulang angkanya).",
    en: "Delete the space (or type the number again).",
  },
  "rules.style.variant": {
    id: "Teks yang sama dengan {first} tetapi ditulis dengan huruf besar/kecil atau spasi lain (“{other}” di sana): aplikasi membacanya sebagai dua teks berbeda.",
    en: "The same text as {first} but written with other capitals or spacing (“{other}” there): applications read them as two different texts.",
  },
  "rules.style.variantSasaran": {
    id: "Sasaran yang sama dengan {first} tetapi ditulis dengan huruf besar/kecil atau spasi lain (“{other}” di sana): aplikasi SAKIP menampilkannya sebagai dua kelompok Sasaran.",
    en: "The same Sasaran as {first} but written with other capitals or spacing (“{other}” there): SAKIP applications show it as two Sasaran groups.",
  },
  "rules.style.variantHint": {
    id: "Salin teks dari {first} agar keduanya sama persis.",
    en: "Copy the text of {first} so that both read exactly the same.",
  },
  "rules.style.twoResponsible": {
    id: "{count} jabatan dalam satu sel Penanggung Jawab (“{text}”): satu indikator mempunyai satu penanggung jawab.",
    en: "{count} positions in one Penanggung Jawab cell (“{text}”): an indicator has one person in charge.",
  },
  "rules.style.twoResponsibleHint": {
    id: "Tulis satu jabatan; jabatan lain dapat disebut pada langkah Rencana Aksi yang dikerjakannya.",
    en: "Name one position; the other can be named in the Rencana Aksi step it carries out.",
  },
  "rules.style.acting": {
    id: "Penanggung Jawab ditulis sebagai pejabat sementara (“{text}”): rencana berlaku setahun, lebih lama dari masa Plh/Plt.",
    en: "The Penanggung Jawab is written as an acting official (“{text}”): the plan runs for the year, longer than the acting period.",
  },
  "rules.style.actingHint": {
    id: "Tulis jabatannya saja, tanpa Plh/Plt: “{position}”.",
    en: "Name the position only, without Plh/Plt: “{position}”.",
  },
} satisfies Catalog;
