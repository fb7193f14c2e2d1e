/**
 * The matcher's arithmetic against plain references: the edit distance (bit vectors, or the table
 * within max of its diagonal, early stops, the bound by letters counted) against the full table;
 * trigrams as numbers against the key's slices; the one-pass pick of the best candidates against
 * sorting them all.
 */
import fc from "fast-check";
import { bagDistance, editDistance, similarity } from "../../../src/core/nomenclature/distance";
import { topByScore, trigrams } from "../../../src/core/nomenclature/match";

/** Optimal string alignment distance, the whole table. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

// Few letters: many matches, swaps and near misses; one outside ASCII; lengths past the rows first made (64).
const word = fc.string({ unit: fc.constantFrom("a", "b", "n", "e", " ", "é"), maxLength: 90 });

describe("edit distance", () => {
  it("is the full table's when within max, and above max otherwise", () => {
    fc.assert(
      fc.property(word, word, fc.option(fc.nat(100), { nil: undefined }), (a, b, max) => {
        const want = reference(a, b);
        const got = editDistance(a, b, max);
        if (max === undefined || want <= max) expect(got).toBe(want);
        else expect(got).toBeGreaterThan(max);
      }),
      { numRuns: 3000 },
    );
  });

  it("is the full table's for long names a few edits apart (more than one word of 32 letters)", () => {
    const letters = fc.constantFrom("a", "b", "n", "e", " ");
    const edit = fc.tuple(fc.constantFrom("insert", "delete", "change", "swap"), fc.nat(), letters);
    fc.assert(
      fc.property(fc.string({ unit: letters, minLength: 33, maxLength: 130 }), fc.array(edit, { maxLength: 8 }), fc.option(fc.nat(12), { nil: undefined }), (a, edits, max) => {
        let b = a;
        for (const [kind, at, c] of edits) {
          const i = at % (b.length + 1);
          if (kind === "insert") b = b.slice(0, i) + c + b.slice(i);
          else if (kind === "delete") b = b.slice(0, i) + b.slice(i + 1);
          else if (kind === "change") b = b.slice(0, i) + c + b.slice(i + 1);
          else if (i + 1 < b.length) b = b.slice(0, i) + b[i + 1] + b[i] + b.slice(i + 2);
        }
        const want = reference(a, b);
        const got = editDistance(a, b, max);
        if (max === undefined || want <= max) expect(got).toBe(want);
        else expect(got).toBeGreaterThan(max);
        expect(editDistance(b, a, max)).toBe(got);
      }),
      { numRuns: 3000 },
    );
  });

  it("carries nothing over from the call before (its rows are kept between calls)", () => {
    // A close pair stopped early leaves small numbers in the rows; the next pair must not read them.
    editDistance("baabaababb", "baabaabaabbb", 1);
    expect(editDistance("ba", "baaaa", 3)).toBe(3);
    const prefixed = fc.tuple(fc.string({ unit: fc.constantFrom("a", "b", "é"), maxLength: 12 }), word, word, fc.nat(4));
    fc.assert(
      fc.property(prefixed, word, word, fc.nat(4), ([p, x, y, before], a, b, max) => {
        editDistance(p + x, p + y, before);
        const want = reference(a, b);
        const got = editDistance(a, b, max);
        if (want <= max) expect(got).toBe(want);
        else expect(got).toBeGreaterThan(max);
      }),
      { numRuns: 3000 },
    );
  });

  it("takes a max that is not a whole number as the whole number below it, on both paths", () => {
    const both = fc.string({ unit: fc.constantFrom("a", "b", "é", "ü"), maxLength: 40 });
    fc.assert(
      fc.property(both, both, fc.double({ min: 0, max: 12, noNaN: true }), (a, b, max) => {
        const want = reference(a, b);
        const got = editDistance(a, b, max);
        if (want <= max) expect(got).toBe(want);
        else expect(got).toBeGreaterThan(max);
      }),
      { numRuns: 3000 },
    );
    expect(editDistance("éab", "éba", 1.5)).toBe(1);
    expect(editDistance("éa", "aaaéaabbb", 7.9)).toBe(7);
  });

  it("gives similarity the full table's score above the floor, 0 below it", () => {
    fc.assert(
      fc.property(word, word, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, floor) => {
        const longer = Math.max(a.length, b.length);
        const want = longer === 0 ? 1 : 1 - reference(a, b) / longer;
        const got = similarity(a, b, floor);
        if (want >= floor + 1e-9) expect(got).toBeCloseTo(want, 12);
        else if (want < floor - 1e-9) expect(got).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads names: a slip, two words swapped, a word missing", () => {
    expect(editDistance("penyediaan", "penyedian")).toBe(1);
    expect(editDistance("pemberdayaan", "pembredayaan")).toBe(1); // two neighbours swapped: one edit
    expect(editDistance("dokumen perencanaan", "perencanaan dokumen", 3)).toBeGreaterThan(3);
    expect(editDistance("layanan umum daerah", "layanan daerah")).toBe(5);
  });
});

describe("the bound by letters counted", () => {
  /** The letters of x that y lacks, with repeats. */
  const lacking = (x: string, y: string): number => {
    const left = [...y];
    let n = 0;
    for (const c of x) {
      const at = left.indexOf(c);
      if (at < 0) n++;
      else left.splice(at, 1);
    }
    return n;
  };

  it("is the larger count of letters one string lacks of the other; 0 outside ASCII; each call on its own", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 4 }), (pairs) => {
        for (const [a, b] of pairs) {
          const ascii = [...a, ...b].every((c) => c.charCodeAt(0) < 128);
          expect(bagDistance(a, b)).toBe(ascii ? Math.max(lacking(a, b), lacking(b, a)) : 0);
          expect(bagDistance(a, b)).toBeLessThanOrEqual(reference(a, b));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("trigrams of a key, as numbers", () => {
  const LETTERS = "0123456789abcdefghijklmnopqrstuvwxyz";
  /** A code back to its letters (one or two for a key of under three). */
  const decode = (code: number): string => {
    const T = 36 ** 3;
    if (code < T) return LETTERS[Math.floor(code / 1296)] + LETTERS[Math.floor(code / 36) % 36] + LETTERS[code % 36];
    const rest = code - T;
    return rest < 36 ? LETTERS[rest] : LETTERS[Math.floor((rest - 36) / 36)] + LETTERS[(rest - 36) % 36];
  };

  it("are the key's distinct trigrams (the key itself under three letters), each once", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0129abnyz"), maxLength: 30 }), (key) => {
        const want = new Set<string>();
        for (let i = 0; i + 3 <= key.length; i++) want.add(key.slice(i, i + 3));
        if (key.length > 0 && key.length < 3) want.add(key);
        const codes = trigrams(key);
        expect(new Set(codes).size).toBe(codes.length);
        expect(new Set(codes.map(decode))).toEqual(want);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the best candidates", () => {
  it("are what sorting all by score (highest first, the smaller first among equals) and taking the first n gives", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(5000), { maxLength: 300 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 8 }), (items, n, levels) => {
        // Few distinct scores: many ties, as shares of trigrams have.
        const scores = items.map((k) => ((k * 7919) % levels) / levels);
        const score = new Map(items.map((k, i) => [k, scores[i]]));
        const want = [...items].sort((a, b) => (score.get(b) as number) - (score.get(a) as number) || a - b).slice(0, n);
        expect(topByScore(items, scores, n)).toEqual(want);
      }),
      { numRuns: 1000 },
    );
  });
});
