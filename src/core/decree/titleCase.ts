/**
 * Indonesian title case for names of offices and regions written in capitals:
 * "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK" -> "Dinas Koperasi dan Usaha Mikro Kabupaten Nganjuk".
 * Text already in mixed case is returned as written.
 */

/** Conjunctions and prepositions written in lower case inside a name. */
const SMALL_WORDS = new Set(["dan", "di", "ke", "dari", "yang", "untuk", "pada", "serta", "atau", "dalam", "bagi"]);

/** Common acronyms in office names, kept in capitals. */
const ACRONYMS = new Set([
  "RSUD", "UPTD", "UPT", "DPRD", "PKK", "KB", "BPBD", "BKD", "BKPSDM", "BPKAD", "BPKPD", "BAPPEDA",
  "SKPD", "OPD", "UMKM", "UKM", "SD", "SMP", "SMA", "SMK", "PMD", "PTSP", "DPMPTSP", "KUKM",
]);

function titleWord(word: string, first: boolean): string {
  if (ACRONYMS.has(word)) return word;
  const lower = word.toLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  // A letter run without vowels ("DPMPTSP", "KB") is an acronym.
  if (/^[A-Z]{2,}$/.test(word) && !/[AEIOU]/.test(word)) return word;
  return lower.replace(/(^|[-/(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function titleCase(name: string): string {
  const s = name.replace(/\s+/g, " ").trim();
  if (s !== s.toUpperCase()) return s; // already mixed case: the user's spelling wins
  return s
    .split(" ")
    .map((w, i) => titleWord(w, i === 0))
    .join(" ");
}
