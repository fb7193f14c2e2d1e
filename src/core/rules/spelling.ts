import type { Finding } from "../finding";
import type { CellRef } from "../grid";
import { finding, type RuleContext } from "./context";
import { SPELLING } from "./spellingList";

const STANDARD = new Map(SPELLING.map(([bad, good]) => [bad, good]));

/** A cheap fingerprint of a lower-case word (length, first and last letter): most words are ruled out without a substring. */
const fingerprint = (len: number, first: number, last: number) => (len << 16) | (first << 8) | last;
const FINGERPRINTS = new Set(SPELLING.map(([bad]) => fingerprint(bad.length, bad.charCodeAt(0), bad.charCodeAt(bad.length - 1))));

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const lower = (c: number) => (c <= 90 ? c + 32 : c);

/** The standard form written like the word found: "PROSENTASE" -> "PERSENTASE", "Prosentase" -> "Persentase". */
function likeCase(found: string, standard: string): string {
  if (found.length > 1 && found === found.toUpperCase()) return standard.toUpperCase();
  if (found[0] === found[0].toUpperCase()) return standard[0].toUpperCase() + standard.slice(1);
  return standard;
}

/**
 * "Prosentase → Persentase" for each distinct non-standard word of a text, in order.
 * Words are runs of ASCII letters: any other character ("/", "-", digits, spaces) is a boundary.
 */
export function spellingSuggestions(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isLetter(text.charCodeAt(j))) j++;
    if (FINGERPRINTS.has(fingerprint(j - i, lower(text.charCodeAt(i)), lower(text.charCodeAt(j - 1))))) {
      const word = text.slice(i, j);
      const standard = STANDARD.get(word.toLowerCase());
      const s = standard === undefined ? null : `${word} → ${likeCase(word, standard)}`;
      if (s && !out.includes(s)) out.push(s);
    }
    i = j;
  }
  return out;
}

/** Non-standard spellings in names and indicators: one warning per cell listing all its words. */
export function spellingRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const check = (text: string, cell: CellRef) => {
    const words = spellingSuggestions(text);
    if (words.length === 0) return;
    out.push(finding(ctx.plan, {
      rule: "spelling.nonStandard", severity: "warning", at: cell, key: "rules.spelling.nonStandard",
      params: { words: words.join(", ") }, hint: "rules.spelling.hint",
    }));
  };
  for (const node of ctx.plan.nodes) {
    check(node.name, node.cell);
    for (const ind of node.indikators) check(ind.text, ind.cell);
  }
  return out;
}
