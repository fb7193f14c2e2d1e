import type { Catalog } from "../types";

/**
 * Messages of the official-list rules (rules/officialList.ts, rules/officialIndicator.ts): names,
 * codes and places checked against the national nomenclature list that governs the plan's year.
 * Keys are "rules.list.<name>".
 */
export const officialList = {
  "rules.list.none": {
    id: "Renaksi belum memuat daftar nomenklatur resmi yang berlaku untuk rencana tahun {year} (daftar yang dimuat: {versions}); nama Program, Kegiatan dan Sub Kegiatan tidak dicocokkan dengan daftar.",
    en: "Renaksi holds no official nomenclature list for plans of {year} (lists held: {versions}); Program, Kegiatan and Sub Kegiatan names are not checked against a list.",
  },
  "rules.list.older": {
    id: "Nomenklatur rencana tahun {year} diatur daftar yang lebih baru ({newer}) yang belum dimuat Renaksi; nama dicocokkan dengan daftar {decree}, jadi kode atau induk yang berbeda dari daftar itu hanya peringatan: mungkin daftar baru memindahkannya.",
    en: "Plans of {year} follow a newer list ({newer}) that Renaksi does not hold yet; names are checked against {decree}, so a code or parent other than that list's is only a warning: the newer list may have moved it.",
  },
  "rules.list.notInList": {
    id: "{level} \"{name}\" tidak ada di daftar {decree}; nama resmi yang paling mirip: \"{suggestion}\".",
    en: "{level} \"{name}\" is not in the list of {decree}; the closest official name: \"{suggestion}\".",
  },
  "rules.list.notInListHint": {
    id: "Tulis nama resmi persis seperti di daftar (pemeriksa membandingkannya kata demi kata).",
    en: "Write the official name exactly as listed (reviewers compare it word by word).",
  },
  "rules.list.unknown": {
    id: "{level} \"{name}\" tidak ada di daftar {decree}, juga bukan salah ketik dari nama di dalamnya.",
    en: "{level} \"{name}\" is not in the list of {decree}, nor a slip of a name in it.",
  },
  "rules.list.unknownHint": {
    id: "Periksa namanya di daftar; bila berasal dari daftar tahun lain atau milik perangkat daerah sendiri, abaikan.",
    en: "Look the name up in the list; if it comes from another year's list or is the office's own, leave it.",
  },
  "rules.list.codeMismatch": {
    id: "{level} \"{name}\" berkode {code}, padahal {decree} memberinya kode {official}.",
    en: "{level} \"{name}\" is coded {code}, but {decree} codes it {official}.",
  },
  "rules.list.codeMismatchHint": {
    id: "Perbaiki kodenya, atau namanya bila kode itulah yang dimaksud ({codeName}).",
    en: "Correct the code, or the name if the code is what was meant ({codeName}).",
  },
  "rules.list.codeMismatchHintNoName": {
    id: "Perbaiki kodenya, atau namanya bila kode itulah yang dimaksud.",
    en: "Correct the code, or the name if the code is what was meant.",
  },
  "rules.list.misplaced": {
    id: "Menurut {decree}, {level} \"{name}\" termasuk {parentLevel} \"{expected}\" ({code}), bukan \"{actual}\".",
    en: "By {decree}, {level} \"{name}\" belongs to {parentLevel} \"{expected}\" ({code}), not \"{actual}\".",
  },
  "rules.list.misplacedHint": {
    id: "Pindahkan {level} ini ke bawah {parentLevel} \"{expected}\", atau perbaiki nama induknya.",
    en: "Move this {level} under {parentLevel} \"{expected}\", or correct its parent's name.",
  },
  "rules.list.indicator": {
    id: "Indikator Sub Kegiatan \"{name}\" jauh dari indikator resminya: \"{indikator}\" (satuan: {satuan}).",
    en: "The indicator of Sub Kegiatan \"{name}\" is far from its official one: \"{indikator}\" (unit: {satuan}).",
  },
  "rules.list.indicatorUnit": {
    id: "Indikator Sub Kegiatan \"{name}\" jauh dari indikator resminya, dan satuannya \"{unit}\" bukan satuan resminya: \"{indikator}\" (satuan: {satuan}).",
    en: "The indicator of Sub Kegiatan \"{name}\" is far from its official one, and its unit \"{unit}\" is not the official unit: \"{indikator}\" (unit: {satuan}).",
  },
  "rules.list.unknownMany": {
    id: "{count} nama tidak ada di daftar {decree}, juga bukan salah ketik dari nama di dalamnya; yang pertama: {first}",
    en: "{count} names are not in the list of {decree}, nor slips of names in it; the first: {first}",
  },
  "rules.list.indicatorMany": {
    id: "{count} Sub Kegiatan memakai indikator atau satuan yang berbeda dari daftar {decree}; yang pertama: {first}",
    en: "{count} Sub Kegiatan use an indicator or unit other than the list of {decree}; the first: {first}",
  },
  "rules.list.unit": {
    id: "Satuan \"{unit}\" pada Sub Kegiatan \"{name}\" berbeda dari satuan resminya \"{satuan}\" (indikator: \"{indikator}\").",
    en: "The unit \"{unit}\" of Sub Kegiatan \"{name}\" differs from its official unit \"{satuan}\" (indicator: \"{indikator}\").",
  },
  "rules.list.styleHint": {
    id: "Bukan kesalahan bila disengaja: daftar resmi menyebut indikator dan satuan ini, dan pemeriksa sering membandingkan dengannya.",
    en: "Not a mistake if meant: the official list names this indicator and unit, and reviewers often compare with it.",
  },
} satisfies Catalog;
