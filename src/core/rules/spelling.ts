import type { Finding } from "../finding";
import type { CellRef } from "../grid";
import { finding, type RuleContext } from "./context";
import { SPELLING } from "./spellingList";

const STANDARD = new Map(SPELLING.map(([bad, good]) => [bad, good]));
// No look-behind: older Safari web views (Excel on Mac) reject it.
const WORDS = new RegExp(`(^|[^A-Za-z])(${SPELLING.map(([bad]) => bad).join("|")})(?![A-Za-z])`, "gi");

/** The standard form written like the word found: "PROSENTASE" -> "PERSENTASE", "Prosentase" -> "Persentase". */
function likeCase(found: string, standard: string): string {
  if (found.length > 1 && found === found.toUpperCase()) return standard.toUpperCase();
  if (found[0] === found[0].toUpperCase()) return standard[0].toUpperCase() + standard.slice(1);
  return standard;
}

/** "Prosentase → Persentase" for each distinct non-standard word of a text, in order. */
export function spellingSuggestions(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORDS)) {
    const s = `${m[2]} → ${likeCase(m[2], STANDARD.get(m[2].toLowerCase()) as string)}`;
    if (!out.includes(s)) out.push(s);
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
