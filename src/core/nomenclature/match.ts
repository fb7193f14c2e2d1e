import { nameKey } from "../rules/nameKey";
import { BoundedMemo } from "../numbers/memo";
import { editDistance, similarity } from "./distance";
import type { NomenclatureList } from "./list";
import type { ListEntry, ListLevel } from "./types";

/** The closest official name to a name not found as written. */
export interface Match {
  /** The official name (as listed). */
  readonly name: string;
  /** Its entries (a name may be listed under several bidang). */
  readonly entries: readonly ListEntry[];
  /** 0..1: 1 - the edit distance over the longer name, of the names or of their words sorted. */
  readonly score: number;
  /**
   * Close enough to be the name meant: a typing slip, a word missing or swapped. A name with a
   * word of its own (not a slip of an official word) is another name, however close: names
   * of another year's list differ from this one's by a word ("Pengadaan" for "Penyediaan").
   */
  readonly confident: boolean;
}

/** Names this close are taken as typing slips of the official name (see test/core/nomenclature: typos and made-up names). */
export const CONFIDENT = 0.8;
/** Names farther than this are no candidates at all (closest() gives null). */
const FLOOR = 0.5;
/** Candidates scored in full after the trigram count. */
const CANDIDATES = 24;

/** The words of a name, lower case, sorted: a name with two words swapped reads the same. */
function sortedWords(name: string): string {
  return nameWords(name).sort().join(" ");
}

/** Two words the same but for a slip: one edit in a word of 2 to 7 letters, two in a longer one. */
function slipOf(a: string, b: string): boolean {
  const longer = Math.max(a.length, b.length);
  const max = longer >= 8 ? 2 : longer >= 2 ? 1 : 0;
  return a === b || (max > 0 && editDistance(a, b, max) <= max);
}

/**
 * Whether the typed words are the official words with slips: every typed word (or two typed
 * words run together, or one typed word split in two) is an official word, and at most one
 * official word is left out.
 */
export function sameWords(typed: readonly string[], official: readonly string[]): boolean {
  const used = new Array<boolean>(official.length).fill(false);
  const take = (pred: (w: string, j: number) => boolean): boolean => {
    for (let j = 0; j < official.length; j++) if (!used[j] && pred(official[j], j)) return (used[j] = true);
    return false;
  };
  for (let i = 0; i < typed.length; i++) {
    const w = typed[i];
    const next = typed[i + 1];
    if (take((o) => o === w) || take((o) => slipOf(w, o))) continue;
    if (next !== undefined && take((o) => slipOf(w + next, o))) {
      i++;
      continue;
    }
    // an official word run together in the list ("UMUMDAN") or typed split: one typed word for two listed
    if (take((o, j) => j + 1 < official.length && !used[j + 1] && slipOf(w, o + official[j + 1]) && (used[j + 1] = true))) continue;
    return false;
  }
  return used.filter((u) => !u).length <= 1;
}

function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Trigrams of keys (nameKey: only a-z and 0-9) as numbers: 36 letters a place; a key under 3 letters is one gram, numbered past them. */
const TRIGRAMS = 36 * 36 * 36;
const GRAM_CODES = TRIGRAMS + 36 + 36 * 36;

/** "0".."9" as 0..9, "a".."z" as 10..35 (a key holds nothing else; anything else would read as "z"). */
function letter(c: number): number {
  return c - 48 < 10 && c >= 48 ? c - 48 : c - 97 < 26 && c >= 97 ? c - 87 : 35;
}

/** Stamps of the grams seen in the key being read (its number), so that each is listed once. */
const seen = new Int32Array(GRAM_CODES);
let stamp = 0;

/** A key's distinct trigrams as numbers, into `out` (emptied first). */
export function trigrams(key: string, out: number[] = []): number[] {
  out.length = 0;
  if (++stamp === 0x7fffffff) {
    seen.fill(0);
    stamp = 1;
  }
  if (key.length < 3) {
    if (key) out.push(key.length === 1 ? TRIGRAMS + letter(key.charCodeAt(0)) : TRIGRAMS + 36 + letter(key.charCodeAt(0)) * 36 + letter(key.charCodeAt(1)));
    return out;
  }
  let code = letter(key.charCodeAt(0)) * 36 + letter(key.charCodeAt(1));
  for (let i = 2; i < key.length; i++) {
    code = (code % 1296) * 36 + letter(key.charCodeAt(i));
    if (seen[code] !== stamp) {
      seen[code] = stamp;
      out.push(code);
    }
  }
  return out;
}

/** One level of the list: its distinct names and their trigrams. */
class LevelIndex {
  readonly keys: string[] = [];
  readonly words: string[] = [];
  readonly entries: ListEntry[][] = [];
  /** The names holding each trigram, by its number. */
  readonly tri: (number[] | undefined)[] = new Array(GRAM_CODES);
  readonly triCount: number[] = [];
  private readonly grams: number[] = [];

  constructor(entries: readonly ListEntry[]) {
    const at = new Map<string, number>();
    for (const e of entries) {
      const i = at.get(e.key);
      if (i !== undefined) {
        this.entries[i].push(e);
        continue;
      }
      const k = this.keys.length;
      at.set(e.key, k);
      this.keys.push(e.key);
      this.words.push(sortedWords(e.name));
      this.entries.push([e]);
      const grams = trigrams(e.key, this.grams);
      this.triCount.push(grams.length);
      for (const g of grams) (this.tri[g] ??= []).push(k);
    }
  }

  /** Trigrams shared with the query, by name: kept between queries, back to 0 after each. */
  private shared: Int32Array | null = null;

  /**
   * The distinct names sharing most trigrams with the key, by the share of the larger set of
   * trigrams, the first listed first among equals. A query touches thousands of names through
   * common trigrams ("pen", "aan"): counted in one array kept between queries, the best few picked
   * without sorting them all.
   */
  candidates(key: string): number[] {
    const grams = trigrams(key, this.grams);
    const shared = (this.shared ??= new Int32Array(this.keys.length));
    const touched: number[] = [];
    for (const g of grams) {
      const list = this.tri[g];
      if (!list) continue;
      for (let i = 0; i < list.length; i++) if (shared[list[i]]++ === 0) touched.push(list[i]);
    }
    const shares = new Float64Array(touched.length);
    for (let i = 0; i < touched.length; i++) {
      const k = touched[i];
      shares[i] = shared[k] / Math.max(grams.length, this.triCount[k]);
      shared[k] = 0;
    }
    return topByScore(touched, shares, CANDIDATES);
  }
}

/**
 * The `n` items with the highest scores (score i is items[i]'s), highest first, the smaller item
 * first among equal scores: what sorting them all and taking the first n gives, in one pass.
 */
export function topByScore(items: readonly number[], scores: ArrayLike<number>, n: number): number[] {
  const top: number[] = [];
  const topScores: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const k = items[i];
    const s = scores[i];
    let at = top.length;
    // Walk up past every kept item this one beats (higher score, or equal and smaller).
    while (at > 0 && (s > topScores[at - 1] || (s === topScores[at - 1] && k < top[at - 1]))) at--;
    if (at >= n) continue;
    top.splice(at, 0, k);
    topScores.splice(at, 0, s);
    if (top.length > n) {
      top.pop();
      topScores.pop();
    }
  }
  return top;
}

/** Finds the official name closest to a name as typed, level by level. */
export class Matcher {
  private readonly levels = new Map<ListLevel, LevelIndex>();
  /**
   * The whole level's closest name by query: a plan repeats its names (a programme under every
   * Sasaran). Bounded: the task pane keeps a list, and its matcher, as long as it is open.
   */
  private readonly closestByKey = new BoundedMemo<string, Match | null>(5000);

  /** The closest among a parent's listed children, by parent (its first entry's id) and query; bounded as the other. */
  private readonly nearByParent = new BoundedMemo<string, Match | null>(5000);

  constructor(private readonly list: NomenclatureList) {}

  /**
   * The official name of a level closest to `name`; the listed children of `under` (the entries of
   * the parent the plan puts it under, as the list gives them: NomenclatureList.withKey, known by
   * the first one's id) are tried first, and win when one is a confident match. null when no name
   * of the level is even half as close (a score below 0.5). Both answers are kept by query: a plan
   * repeats its names.
   */
  closest(name: string, level: ListLevel, under?: readonly ListEntry[]): Match | null {
    const key = queryKey(name, level);
    const words = nameWords(level === "program" && !nameKey(name).startsWith("program") ? `program ${name}` : name);
    const q: Query = { key, words, sorted: [...words].sort().join(" ") };
    const memo = `${level}\u0000${words.join(" ")}\u0000${key}`;
    if (under?.length) {
      const parentMemo = `${under[0].id}\u0001${memo}`;
      let near = this.nearByParent.get(parentMemo);
      if (near === undefined) {
        const among = under.flatMap((p) => p.children).filter((e) => e.level === level);
        near = this.nearByParent.set(parentMemo, best(among.map((e) => ({ key: e.key, words: sortedWords(e.name), entries: [e] })), q));
      }
      if (near?.confident) return near;
    }
    let found = this.closestByKey.get(memo);
    if (found === undefined) {
      const index = this.index(level);
      found = best(index.candidates(key).map((k) => ({ key: index.keys[k], words: index.words[k], entries: index.entries[k] })), q);
      this.closestByKey.set(memo, found);
    }
    return found;
  }

  private index(level: ListLevel): LevelIndex {
    let index = this.levels.get(level);
    if (!index) {
      index = new LevelIndex(this.list.level(level));
      this.levels.set(level, index);
    }
    return index;
  }
}

/** A name's key for a level: a programme written without the word "Program" is compared with it. */
export function queryKey(name: string, level: ListLevel): string {
  const key = nameKey(name);
  return level === "program" && !key.startsWith("program") ? `program${key}` : key;
}

interface Candidate {
  key: string;
  /** Its words sorted, joined by spaces. */
  words: string;
  entries: readonly ListEntry[];
}

/** A name as typed: its key, its words in order and sorted. */
interface Query {
  key: string;
  words: string[];
  sorted: string;
}

/** The best candidate scoring at least FLOOR (null when none does). */
function best(candidates: readonly Candidate[], q: Query): Match | null {
  let top: Match | null = null;
  for (const c of candidates) {
    const floor = top ? top.score : FLOOR;
    const byKey = similarity(q.key, c.key, floor);
    // The words sorted count only above the key's score: that score is the floor.
    const score = Math.max(byKey, similarity(q.sorted, c.words, Math.max(floor, byKey)));
    if (score >= floor && (!top || score > top.score)) {
      const confident = score >= CONFIDENT && sameWords(q.words, nameWords(c.entries[0].name));
      top = { name: c.entries[0].name, entries: c.entries, score, confident };
    }
  }
  return top;
}
