import type { Finding } from "../finding";
import type { CellRef } from "../grid";
import { finding, type RuleContext } from "./context";
import { SPELLING } from "./spellingList";

const STANDARD = new Map(SPELLING.map(([bad, good]) => [bad, good]));

/**
 * Every listed word as a whole run of ASCII letters, case-insensitively, in one pattern (without
 * the u flag, /i folds ASCII letters only). Words are runs of ASCII letters: any other character
 * ("/", "-", digits, spaces) is a boundary. The boundary before a word is matched, not looked
 * behind for: the engine then tries the words only where a word starts (the scan takes about
 * two thirds of the time). Two words never share that character (a word ends where the next
 * boundary begins).
 */
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORDS = SPELLING.map(([bad]) => bad).filter((w) => w !== "");
const LISTED = new RegExp(`(?:^|[^A-Za-z])(${WORDS.map(escape).join("|")})(?![A-Za-z])`, "gi");

/** The standard form written like the word found: "PROSENTASE" -> "PERSENTASE", "Prosentase" -> "Persentase". */
function likeCase(found: string, standard: string): string {
  if (found.length > 1 && found === found.toUpperCase()) return standard.toUpperCase();
  if (found[0] === found[0].toUpperCase()) return standard[0].toUpperCase() + standard.slice(1);
  return standard;
}

/** Shared by texts without a suggestion (nearly all): never written to. */
const NONE: readonly string[] = [];

/** "Prosentase → Persentase" for each distinct non-standard word of a text, in order. */
export function spellingSuggestions(text: string): string[] {
  const found = suggestionsOf(text);
  return found === NONE ? [] : (found as string[]);
}

/** As spellingSuggestions; a text without any gives the shared empty list. */
function suggestionsOf(text: string): readonly string[] {
  let out: string[] | null = null;
  LISTED.lastIndex = 0; // a shared global pattern: start every text at its beginning
  for (let m = LISTED.exec(text); m; m = LISTED.exec(text)) {
    const word = m[1];
    const standard = STANDARD.get(word.toLowerCase());
    const s = standard === undefined ? null : `${word} → ${likeCase(word, standard)}`;
    if (s && !out?.includes(s)) (out ??= []).push(s);
  }
  return out ?? NONE;
}

/** Non-standard spellings in names and indicators: one warning per cell listing all its words. */
export function spellingRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const node of ctx.plan.nodes) {
    check(ctx, node.name, node, out);
    for (const ind of node.indikators) check(ctx, ind.text, ind, out);
  }
  return out;
}

/** `where`: the node or indicator, whose cell is read (made) only for a finding. */
function check(ctx: RuleContext, text: string, where: { readonly cell: CellRef }, out: Finding[]): void {
  const words = suggestionsOf(text);
  if (words.length === 0) return;
  out.push(finding(ctx.plan, {
    rule: "spelling.nonStandard", severity: "warning", at: where.cell, key: "rules.spelling.nonStandard",
    params: { words: words.join(", ") }, hint: "rules.spelling.hint",
  }));
}
