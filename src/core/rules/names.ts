import type { Finding } from "../finding";
import { toA1 } from "../grid";
import type { PlanNode } from "../plan/types";
import { clip, finding, type RuleContext } from "./context";
import { levelWord } from "./words";

const NOT_ASCII = /[^\u0020-\u007e]/;
const NOT_LETTER_OR_DIGIT = /[^a-z0-9]+/g;

/** A name compared loosely: case, spaces and punctuation ignored ("DPA- SKPD" = "DPA-SKPD", "Pemberday aan" = "Pemberdayaan"). */
export function nameKey(name: string): string {
  // Accents are dropped by NFKD; plain ASCII names (nearly all) skip the normalization.
  const plain = NOT_ASCII.test(name) ? name.normalize("NFKD") : name;
  return plain.toLowerCase().replace(NOT_LETTER_OR_DIGIT, "");
}

/*
 * The rules compare names far more often than two names are equal: they read the keys straight
 * from the names, character by character, without building key strings. A name with a
 * character outside printable ASCII takes nameKey (NFKD) instead.
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
 * character decides; the key of a plain ASCII start is the start of the whole key (NFKD and
 * lower-casing leave ASCII letters as they are), so only meeting a character outside plain
 * ASCII sends both names through nameKey.
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

/** Two siblings of one level with the same name (the seed's Kegiatan C and D). */
export function duplicateNamesRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  duplicatesAmong(ctx, ctx.plan.roots, out);
  for (const node of ctx.plan.nodes) duplicatesAmong(ctx, node.children, out);
  return out;
}

/** Name hashes of a long list, reused from list to list (one list at a time). */
let hashes = new Int32Array(64);

/** Up to this many siblings, each is compared with those before it; a longer list is indexed by name hash. */
const SCAN_LIMIT = 24;

/** Duplicates in one list of siblings (a node's children, or the top-level nodes). */
function duplicatesAmong(ctx: RuleContext, siblings: readonly PlanNode[], out: Finding[]): void {
  const n = siblings.length;
  if (n < 2) return;
  if (n <= SCAN_LIMIT) {
    for (let j = 1; j < n; j++) {
      const first = firstSame(siblings, 0, j);
      if (first) out.push(duplicateFinding(ctx, siblings[j], first));
    }
    return;
  }
  if (hashes.length < n) hashes = new Int32Array(n * 2);
  for (let i = 0; i < n; i++) hashes[i] = nameHash(siblings[i].name);
  const firstByHash = new Map<number, number>();
  for (let j = 1; j < n; j++) {
    const at = firstByHash.get(hashes[j]);
    if (at === undefined) {
      firstByHash.set(hashes[j], j);
      continue;
    }
    // Equal keys have equal hashes: the first sibling with this name is at or after the first with this hash.
    const first = firstSame(siblings, at, j, hashes);
    if (first) out.push(duplicateFinding(ctx, siblings[j], first));
  }
}

/** The first of siblings[from..j) with the same level and name as siblings[j], if any (hashes, when given, skip the others fast). */
function firstSame(siblings: readonly PlanNode[], from: number, j: number, listHashes?: Int32Array): PlanNode | null {
  const node = siblings[j];
  for (let i = from; i < j; i++) {
    const other = siblings[i];
    if (listHashes && listHashes[i] !== listHashes[j]) continue;
    if (other.level === node.level && sameName(other.name, node.name)) return other;
  }
  return null;
}
function duplicateFinding(ctx: RuleContext, node: PlanNode, first: PlanNode): Finding {
  return finding(ctx.plan, {
    rule: "nomenclature.duplicateName", severity: "error", at: node.cell, key: "rules.nomenclature.duplicateName",
    params: {
      level: levelWord(node.level), name: clip(node.name), raw: node.numbering.raw || "-",
      firstRaw: first.numbering.raw || "-", first: toA1(first.cell),
    },
    hint: "rules.nomenclature.duplicateNameHint",
  });
}
