import type { Catalog } from "../types";

/**
 * Messages of the duplicate-name rule (rules/names.ts) beside rules.nomenclature.duplicateName:
 * a name written twice where no number tells the two apart, a Sasaran written twice. Keys are
 * "rules.names.<name>".
 */
export const names = {
  "rules.names.duplicate": {
    id: "{level} \"{name}\" tertulis dua kali di bawah induk yang sama (pertama di {first}).",
    en: "{level} \"{name}\" is written twice under the same parent (first at {first}).",
  },
  "rules.names.sasaranRepeated": {
    id: "Sasaran \"{name}\" sudah ada di {first}; dua blok Sasaran yang sama biasanya satu Sasaran yang tertulis dua kali.",
    en: "Sasaran \"{name}\" is already at {first}; two blocks of one Sasaran are usually one Sasaran written twice.",
  },
  "rules.names.sasaranRepeatedHint": {
    id: "Gabungkan indikatornya di bawah satu Sasaran, atau bedakan namanya bila memang dua Sasaran.",
    en: "Put its indicators under one Sasaran, or tell the two apart by name if they really are two.",
  },
} satisfies Catalog;
