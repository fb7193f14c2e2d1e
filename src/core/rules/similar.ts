/** Words that say how something is measured or join words, not what is counted. */
const STOP = new Set([
  "jumlah", "banyaknya", "total", "persentase", "prosentase", "presentase", "persen", "proporsi", "cakupan", "tingkat",
  "rasio", "angka", "nilai", "indeks",
  "yang", "dan", "di", "ke", "dari", "untuk", "pada", "dalam", "atau", "serta", "oleh", "dengan", "bagi", "terhadap",
]);

const NOT_LETTER_OR_DIGIT = /[^a-z0-9]+/;

/** The words of an indicator that name what it counts: "Persentase Koperasi yang diawasi" -> {koperasi, diawasi}. */
export function coreWords(text: string): Set<string> {
  const words = text.toLowerCase().split(NOT_LETTER_OR_DIGIT).filter((w) => w !== "" && !STOP.has(w));
  return new Set(words);
}

/**
 * Two indicators count the same thing when every core word of the shorter one is in the other
 * (the longer one is the same count, narrowed): "Jumlah Koperasi yang dinilai" / "Jumlah koperasi
 * yang dinilai kesehatannya", "Persentase Koperasi yang diawasi" / "Jumlah Koperasi yang diawasi".
 */
export function countsSameThing(a: string, b: string): boolean {
  const wa = coreWords(a);
  const wb = coreWords(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return false;
  for (const w of small) if (!large.has(w)) return false;
  return true;
}
