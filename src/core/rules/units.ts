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
  [/^(%|persen|prosen|percent)$/, "percent"],
];

const NOT_LETTER_OR_PERCENT = /[^a-z%]+/g;

export function unitFamily(unit: string): string {
  const u = unit.toLowerCase().replace(NOT_LETTER_OR_PERCENT, " ").trim();
  for (const [re, family] of FAMILIES) if (re.test(u)) return family;
  return u;
}

/** Families whose quantities do not add up across levels (a kegiatan of 12 Bulan is not the sum of its sub kegiatan's months). */
export function isAdditiveFamily(family: string): boolean {
  return family !== "month" && family !== "percent" && family !== "";
}
