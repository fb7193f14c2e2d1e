import { BoundedMemo } from "../numbers/memo";

/** Names compared loosely (case, spaces and punctuation ignored), without building key strings where a number or a step-by-step reading will do. */

const NOT_ASCII = /[^\u0020-\u007e]/;
const NOT_LETTER_OR_DIGIT = /[^a-z0-9]+/g;

/** A name compared loosely: case, spaces and punctuation ignored ("DPA- SKPD" = "DPA-SKPD", "Pemberday aan" = "Pemberdayaan"). */
export function nameKey(name: string): string {
  return KEYS.get(name) ?? KEYS.set(name, keyOf(name));
}

/** nameKey without the memo: for names read once (the official list's, when it loads). */
export function keyOf(name: string): string {
  // Accents are dropped by NFKD; plain ASCII names (nearly all) skip the normalization.
  const plain = NOT_ASCII.test(name) ? name.normalize("NFKD") : name;
  return plain.toLowerCase().replace(NOT_LETTER_OR_DIGIT, "");
}

/** Keys by name: a plan names its programmes, kegiatan and units on many rows, and every rule compares them. */
const KEYS = new BoundedMemo<string, string>(20_000);

/*
 * The rules compare names far more often than two names are equal: they read the keys straight
 * from the names, character by character, without building key strings. A name with a
 * character outside printable ASCII takes nameKey (NFKD) instead. The key of a plain ASCII
 * start or end of a name is the start or end of the whole key: NFKD and lower-casing leave
 * ASCII letters and digits where they are.
 */

/** keyCode of a space or punctuation: not part of the key. */
const SKIP = -1;
/** keyCode of a character outside printable ASCII: the name's key needs nameKey. */
const NOT_PLAIN = -2;

/** The key character a name's character stands for (A-Z as a-z), SKIP or NOT_PLAIN. */
function keyCode(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 48 && c <= 57) return c;
  return c >= 0x20 && c <= 0x7e ? SKIP : NOT_PLAIN;
}

/** FNV-1a over a plain name's key characters; NOT_PLAIN when the name is not plain ASCII. */
function plainKeyHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const k = keyCode(s.charCodeAt(i));
    if (k === NOT_PLAIN) return NOT_PLAIN;
    if (k !== SKIP) h = Math.imul(h ^ k, 0x01000193);
  }
  return h & 0x3fffffff; // small and non-negative: a cheap Map key, never NOT_PLAIN
}

/** A number for a name's key: equal keys give equal hashes. */
export function nameHash(name: string): number {
  const h = plainKeyHash(name);
  return h !== NOT_PLAIN ? h : plainKeyHash(nameKey(name));
}

/**
 * nameKey(a) === nameKey(b). Both names are read in step and the first different key
 * character decides; only meeting a character outside plain ASCII sends both through nameKey.
 */
export function sameName(a: string, b: string): boolean {
  // Siblings' names differ within a few characters: skip the common start as written first.
  let i = 0;
  const n = Math.min(a.length, b.length);
  while (i < n) {
    const c = a.charCodeAt(i);
    if (c !== b.charCodeAt(i) || c < 0x20 || c > 0x7e) break;
    i++;
  }
  let j = i;
  for (;;) {
    let ka = SKIP;
    while (ka === SKIP && i < a.length) ka = keyCode(a.charCodeAt(i++));
    let kb = SKIP;
    while (kb === SKIP && j < b.length) kb = keyCode(b.charCodeAt(j++));
    if (ka === NOT_PLAIN || kb === NOT_PLAIN) return nameKey(a) === nameKey(b);
    if (ka !== kb) return false;
    if (ka === SKIP) return true; // both names read to the end
  }
}

/** keyEnds of a name whose ends hold a character outside plain ASCII: compare the names themselves. */
export const ANY_ENDS = -1;

/**
 * The first and the last four characters of a name's key in one number, read from the name's
 * two ends only: equal keys give equal numbers, and nearly all different names of one parent
 * differ here (they rarely share both their start and their end). ANY_ENDS when a character
 * read is outside plain ASCII.
 */
export function keyEnds(name: string): number {
  const front = keyQuarter(name, 0, 1);
  const back = keyQuarter(name, name.length - 1, -1);
  if (front === NOT_PLAIN || back === NOT_PLAIN) return ANY_ENDS;
  return (front ^ Math.imul(back, 0x9e3779b1)) & 0x3fffffff;
}

/** Up to four key characters read from `from` in direction `step`, one per 7 bits (1..75: a shorter key gives another number); NOT_PLAIN. */
function keyQuarter(s: string, from: number, step: 1 | -1): number {
  let v = 0;
  let n = 0;
  for (let i = from; i >= 0 && i < s.length && n < 4; i += step) {
    const k = keyCode(s.charCodeAt(i));
    if (k === NOT_PLAIN) return NOT_PLAIN;
    if (k === SKIP) continue;
    v = v * 128 + (k - 47);
    n++;
  }
  return v;
}
