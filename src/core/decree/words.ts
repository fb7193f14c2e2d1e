/**
 * Numbers in Indonesian words (terbilang), diktum ordinals (KESATU, KEDUA BELAS,
 * KEDUA PULUH SATU, ...) and Roman numerals.
 */

const UNITS = [
  "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
];

const SCALES: readonly [number, string][] = [
  [1e12, "triliun"],
  [1e9, "miliar"],
  [1e6, "juta"],
  [1e3, "ribu"],
];

/** Words for 1..999. */
function hundreds(n: number): string[] {
  if (n === 0) return [];
  if (n < 12) return [UNITS[n]];
  if (n < 20) return [UNITS[n - 10], "belas"];
  if (n < 100) return [UNITS[Math.floor(n / 10)], "puluh", ...hundreds(n % 10)];
  const h = Math.floor(n / 100);
  return [h === 1 ? "seratus" : `${UNITS[h]} ratus`, ...hundreds(n % 100)];
}

function words(n: number): string[] {
  for (const [size, name] of SCALES) {
    if (n >= size) {
      const lead = Math.floor(n / size);
      const head = size === 1e3 && lead === 1 ? ["seribu"] : [...words(lead), name];
      return [...head, ...words(n % size)];
    }
  }
  return hundreds(n);
}

/**
 * A whole number in Indonesian words, lower case: 21 -> "dua puluh satu",
 * 1000 -> "seribu", -5 -> "minus lima". "" when n is not a safe integer.
 */
export function terbilang(n: number): string {
  if (!Number.isSafeInteger(n)) return "";
  if (n === 0) return UNITS[0];
  if (n < 0) return `minus ${terbilang(-n)}`;
  return words(n).join(" ");
}

/**
 * The diktum ordinal, as the dictionary writes it (ke- joined to the first word):
 * 1 KESATU, 2 KEDUA, 10 KESEPULUH, 11 KESEBELAS, 12 KEDUA BELAS, 21 KEDUA PULUH SATU.
 * "" when n is not a whole number >= 1.
 */
export function diktumOrdinal(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) return "";
  return `KE${terbilang(n).toUpperCase()}`;
}

const ROMAN: readonly [number, string][] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

/** 1..3999 -> "I".."MMMCMXCIX"; "" outside that range or for fractions. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return "";
  let rest = n;
  let s = "";
  for (const [value, sym] of ROMAN) {
    while (rest >= value) {
      s += sym;
      rest -= value;
    }
  }
  return s;
}

/** A canonical Roman numeral ("IV", not "IIII") -> its value; null otherwise. Case-insensitive. */
export function fromRoman(s: string): number | null {
  const up = s.trim().toUpperCase();
  if (!/^[MDCLXVI]+$/.test(up)) return null;
  let total = 0;
  let i = 0;
  for (const [value, sym] of ROMAN) {
    while (up.startsWith(sym, i)) {
      total += value;
      i += sym.length;
    }
  }
  return i === up.length && toRoman(total) === up ? total : null;
}

export { formatTanggal } from "./dates";
export { formatNip, parseNip } from "./nip";
