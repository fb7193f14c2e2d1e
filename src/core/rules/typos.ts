// Slips of the keyboard in plan words ("kepuasaan", "evaluais"), and plan words run together
// ("berkalaterhadap"), measured against the plan vocabulary (vocabulary.ts).
import { FREQUENT_TIERS, OTHER_WORDS } from "./vocabulary";

interface Vocabulary {
  /** Frequent words (6 letters or more) -> tier (0 = most frequent). */
  readonly frequent: Map<string, number>;
  readonly known: Set<string>;
}

let vocabulary: Vocabulary | null = null;

/** The words of a front-coded list ("0administrasi 2vokasi": administrasi, advokasi). */
export function frontDecode(list: string): string[] {
  const out: string[] = [];
  let previous = "";
  for (const entry of list.split(" ")) {
    previous = previous.slice(0, parseInt(entry[0], 36)) + entry.slice(1);
    out.push(previous);
  }
  return out;
}

/** Built on first use: a sheet without text never pays for it. */
function vocab(): Vocabulary {
  if (vocabulary) return vocabulary;
  const frequent = new Map<string, number>();
  FREQUENT_TIERS.forEach((tier, i) => {
    for (const w of frontDecode(tier)) frequent.set(w, i);
  });
  const known = new Set<string>(frontDecode(OTHER_WORDS));
  for (const w of frequent.keys()) known.add(w);
  vocabulary = { frequent, known };
  return vocabulary;
}

/** Whether a lower-case word is a plan word the typo finder knows (6 letters or more, or near one). */
export function isPlanWord(word: string): boolean {
  return vocab().known.has(word);
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Neighbouring keys on a QWERTY keyboard: a substitution counts as a slip only between them. */
const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
function keyNeighbours(): Map<string, string> {
  const out = new Map<string, string>();
  ROWS.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      let near = (row[i - 1] ?? "") + (row[i + 1] ?? "");
      for (const other of [ROWS[r - 1], ROWS[r + 1]]) if (other) near += (other[i - 1] ?? "") + (other[i] ?? "") + (other[i + 1] ?? "");
      out.set(row[i], near);
    }
  });
  return out;
}
const NEAR = keyNeighbours();

/**
 * The frequent plan word a lower-case word is one slip away from, or null. A slip, as typed in
 * plans: two neighbouring letters swapped ("evaluais"), a letter doubled or slipped in
 * ("kepuasaan", "persentaqse"), a letter left out ("infomasi"), a neighbouring key struck
 * ("kanupaten"). Never at the first letter (me-/pe-, ber-/ter- make other words there), never an
 * -an / -kan pair ("laporan", "laporkan"), never a last letter struck or added except a doubled one
 * ("formal" / "format", "atas" / "atasi" are both words). Words under 6 letters are left alone.
 */
export function slipOf(word: string): string | null {
  const n = word.length;
  if (n < 6) return null;
  const { frequent, known } = vocab();
  if (known.has(word)) return null;
  let best: string | null = null;
  let bestRank = Infinity;
  const consider = (v: string) => {
    const rank = frequent.get(v);
    if (rank !== undefined && rank < bestRank) {
      best = v;
      bestRank = rank;
    }
  };
  for (let i = 1; i < n - 1; i++) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)); // swapped
  for (let i = 1; i < n; i++) {
    // a letter too many: the last one only when doubled ("hasill")
    if (i === n - 1 && word[i] !== word[i - 1]) continue;
    const v = word.slice(0, i) + word.slice(i + 1);
    if (!kanPair(word, v)) consider(v);
  }
  for (let i = 1; i <= n; i++) {
    // a letter left out
    for (const c of LETTERS) {
      const v = word.slice(0, i) + c + word.slice(i);
      if (!kanPair(v, word)) consider(v);
    }
  }
  if (n >= 7) {
    for (let i = 1; i < n - 1; i++) {
      for (const c of NEAR.get(word[i]) ?? "") consider(word.slice(0, i) + c + word.slice(i + 1));
    }
  }
  return best;
}

/** "laporkan" and "laporan": one stem with -kan and with -an, both correct ("dilaporakan" is no such pair). */
function kanPair(longer: string, shorter: string): boolean {
  return longer.endsWith("kan") && shorter.endsWith("an") && longer.length === shorter.length + 1 && longer.slice(0, -3) === shorter.slice(0, -2);
}

/** Bound forms written together with the next word (PUEBI): "antarmoda", "tatalaksana" are one word. */
const BOUND = new Set(["antar", "multi", "pasca", "semi", "supra", "ultra", "inter", "intra", "ekstra", "tuna", "maha", "panca", "kontra", "anti", "infra", "tata", "sumber"]);
/** Short joining words that are often run into the next or the previous one ("danpenggandaan", "danPenggandaan", "denganBPJS"). */
export const JOINING_WORDS: ReadonlySet<string> = new Set([
  "dan", "yang", "dari", "pada", "untuk", "dengan", "atau", "serta", "bagi", "oleh", "dalam", "di", "ke", "melalui", "terhadap", "sesuai",
]);

function joinPart(w: string): boolean {
  return JOINING_WORDS.has(w) || (w.length >= 5 && vocab().known.has(w));
}

/**
 * Two plan words run together ("berkalaterhadap" -> ["berkala", "terhadap"]), or null. Each part a
 * plan word of 5 letters or more, or a small joining word ("dan", "yang"); a bound form
 * ("antar", "multi") is not a word of its own.
 */
export function joinedWords(word: string): [string, string] | null {
  const n = word.length;
  if (n < 7 || vocab().known.has(word)) return null;
  for (let i = 3; i <= n - 3; i++) {
    const a = word.slice(0, i);
    if (BOUND.has(a)) continue;
    const b = word.slice(i);
    if (joinPart(a) && joinPart(b)) return [a, b];
  }
  return null;
}
