// Non-standard spellings (spellingList.ts) in a text, with the standard form; the style rule
// (style.ts) reports them with the text's other slips.
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
  const found = spellingSuggestionsOf(text);
  return found === NONE ? [] : (found as string[]);
}

/** Whether a lower-case word is on the list of non-standard spellings. */
export function isListedSpelling(word: string): boolean {
  return STANDARD.has(word);
}

/** As spellingSuggestions; a text without any gives the shared empty list (never written to). */
export function spellingSuggestionsOf(text: string): readonly string[] {
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
