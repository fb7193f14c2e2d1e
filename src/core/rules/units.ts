import { PERCENT_UNIT } from "../plan/measure";

/**
 * Unit families: units that count the same kind of thing though written differently
 * ("Koperasi" and "Unit Usaha" both count enterprises). A unit not listed is its own family.
 */
const FAMILIES: readonly [RegExp, string][] = [
  [/^(koperasi|kop|unit usaha|usaha|badan usaha|ukm|umkm|ikm|kud|pelaku usaha)$/, "enterprise"],
  [/^(orang|org|jiwa|peserta|pegawai|asn|pns|personil|personel)$/, "person"],
  [/^(dokumen|dok|laporan|berkas|naskah|buku)$/, "document"],
  [/^(kegiatan|keg|kali|event)$/, "event"],
  [/^(bulan|bln)$/, "month"],
];

const NOT_LETTER_OR_PERCENT = /[^a-z%]+/g;

/**
 * A unit's family: "percent" for every unit plan/measure.ts reads as a percentage ("%", "Persen",
 * "Persentase", "Persen (%)", "(%)"), else the family listed, else the unit's own words.
 */
export function unitFamily(unit: string): string {
  if (PERCENT_UNIT.test(unit.trim())) return "percent";
  const u = unit.toLowerCase().replace(NOT_LETTER_OR_PERCENT, " ").trim();
  if (PERCENT_UNIT.test(u)) return "percent";
  for (const [re, family] of FAMILIES) if (re.test(u)) return family;
  return u;
}

/** Families whose quantities do not add up across levels (a kegiatan of 12 Bulan is not the sum of its sub kegiatan's months). */
export function isAdditiveFamily(family: string): boolean {
  return family !== "month" && family !== "percent" && family !== "";
}
