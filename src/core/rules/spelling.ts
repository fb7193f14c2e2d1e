import type { Finding } from "../finding";
import type { CellRef } from "../grid";
import { finding, type RuleContext } from "./context";
import { SPELLING } from "./spellingList";

const STANDARD = new Map(SPELLING.map(([bad, good]) => [bad, good]));

/**
 * Every listed word as a whole run of ASCII letters, case-insensitively, in one pattern: a text
 * without any is passed over in one scan. (Without the u flag, /i folds ASCII letters only.)
 */
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORDS = SPELLING.map(([bad]) => bad).filter((w) => w !== "");
const LISTED = new RegExp(`(?<![A-Za-z])(?:${WORDS.map(escape).join("|")})(?![A-Za-z])`, "gi");

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
  LISTED.lastIndex = 0; // a shared global pattern: start every text at its beginning
  for (let m = LISTED.exec(text); m; m = LISTED.exec(text)) {
    const word = m[0];
    const standard = STANDARD.get(word.toLowerCase());
    const s = standard === undefined ? null : `${word} → ${likeCase(word, standard)}`;
    if (s && !out.includes(s)) out.push(s);
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
