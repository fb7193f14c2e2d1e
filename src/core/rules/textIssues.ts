// What a careful reviewer marks in one text of a plan: typos, non-standard spellings, words run
// together, curly quotes, double spaces. Pure reading: the rule (style.ts) makes the findings.
import { JOINING_WORDS, joinedWords, slipOf } from "./typos";
import { isListedSpelling, spellingSuggestionsOf } from "./spelling";

export interface TextIssues {
  /** "kepuasaan → kepuasan", in order, each once. */
  readonly typos: string[];
  /** "MelaksanakanSkrining → Melaksanakan Skrining", "berkalaterhadap → berkala terhadap". */
  readonly joined: string[];
  /** "Prosentase → Persentase" (spellingList.ts). */
  readonly nonStandard: readonly string[];
  /** Curly quotes (“ ” „ ‘ at a word's start). */
  readonly quotes: boolean;
  /** Runs of two or more spaces between two characters of one line; the word before the first. */
  readonly doubleSpaces: number;
  readonly firstDoubleAfter: string;
}

/** Mixed-case names that are written so ("PeduliLindungi"), compared in lower case. */
const MIXED_CASE_NAMES = new Set([
  "pedulilindungi", "satusehat", "satudata", "whatsapp", "youtube", "powerpoint", "linkedin", "github",
  "javascript", "tiktok", "mysapk", "myasn", "smartcity", "goodgovernance",
]);

const WORD = /[A-Za-z]+/g;
const CURLY = /[\u201c\u201d\u201e\u201f]|(?:^|\s)\u2018/;
const DOUBLE = /(\S)[ \u00a0]{2,}(?=\S)/g;

function likeCase(found: string, word: string): string {
  if (found.length > 1 && found === found.toUpperCase()) return word.toUpperCase();
  return found[0] === found[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;

/**
 * Where a token runs two words together by case ("MelaksanakanSkrining"): the index of the second
 * word's capital, or -1. The first word must look like a word (6 letters or more, lower case after
 * its first letter) or be a small joining word ("dan"); the second a capitalised word or an acronym
 * after a joining word. "eKinerja", "SiPD", "LKjIP", "BerAKHLAK" are not joined words.
 */
function caseJoin(token: string): number {
  for (let i = 1; i < token.length; i++) {
    if (!isLower(token.charCodeAt(i - 1)) || !isUpper(token.charCodeAt(i))) continue;
    const left = token.slice(0, i);
    const rest = token.slice(i);
    let lowerTail = true;
    for (let k = 1; k < left.length; k++) if (!isLower(left.charCodeAt(k))) lowerTail = false;
    const small = JOINING_WORDS.has(left);
    const word = lowerTail && left.length >= 6;
    if (!small && !word) return -1;
    const capitalised = /^[A-Z][a-z]{2,}/.test(rest);
    const acronym = small && /^[A-Z]{2,}$/.test(rest);
    return capitalised || acronym ? i : -1;
  }
  return -1;
}

/** Per-run cache of token verdicts: a plan repeats its words thousands of times. */
export type TokenCache = Map<string, string | null>;

/** "kind:text" for a token with a slip or a join ("t:kepuasaan → kepuasan", "j:..."), null when fine. */
function tokenVerdict(token: string): string | null {
  if (MIXED_CASE_NAMES.has(token.toLowerCase())) return null;
  const at = caseJoin(token);
  if (at > 0) return `j:${token} → ${token.slice(0, at)} ${token.slice(at)}`;
  const n = token.length;
  if (n < 6) return null;
  // Plain words only: lower case, Capitalised or ALL CAPS ("LKjIP", "eKinerja" are names).
  let upper = 0;
  for (let i = 1; i < n; i++) if (isUpper(token.charCodeAt(i))) upper++;
  if (upper !== 0 && upper !== n - 1) return null;
  const lower = token.toLowerCase();
  if (isListedSpelling(lower)) return null; // said by the non-standard spelling list
  const slip = slipOf(lower);
  if (slip) return `t:${token} → ${likeCase(token, slip)}`;
  const parts = joinedWords(lower);
  if (parts) return `j:${token} → ${likeCase(token, parts[0])} ${upper === n - 1 ? parts[1].toUpperCase() : parts[1]}`;
  return null;
}

/** The issues of one text, or null when it has none (most texts). */
export function textIssues(text: string, cache: TokenCache): TextIssues | null {
  let typos: string[] | null = null;
  let joined: string[] | null = null;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const token = m[0];
    if (token.length < 6) continue; // neither a slip nor a join is looked for in shorter words
    let verdict = cache.get(token);
    if (verdict === undefined) {
      verdict = tokenVerdict(token);
      cache.set(token, verdict);
    }
    if (verdict === null) continue;
    const list = verdict[0] === "t" ? (typos ??= []) : (joined ??= []);
    const s = verdict.slice(2);
    if (!list.includes(s)) list.push(s);
  }
  const nonStandard = spellingSuggestionsOf(text);
  const quotes = CURLY.test(text);
  let doubleSpaces = 0;
  let firstDoubleAfter = "";
  if (text.includes("  ") || text.includes("\u00a0")) {
    DOUBLE.lastIndex = 0;
    for (let m = DOUBLE.exec(text); m; m = DOUBLE.exec(text)) {
      if (doubleSpaces++ === 0) firstDoubleAfter = lastWord(text, m.index + 1);
    }
  }
  if (!typos && !joined && nonStandard.length === 0 && !quotes && doubleSpaces === 0) return null;
  return { typos: typos ?? [], joined: joined ?? [], nonStandard, quotes, doubleSpaces, firstDoubleAfter };
}

/** The word (or characters) just before `end`. */
function lastWord(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1]) && end - start < 30) start--;
  return text.slice(start, end).replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");
}
