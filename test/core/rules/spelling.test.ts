import fc from "fast-check";
import { spellingSuggestions } from "../../../src/core/rules/spelling";
import { SPELLING } from "../../../src/core/rules/spellingList";
import { CLEAN_CUMULATIVE as CLEAN, CLEAN_UNITS, findingsOf, fixture, inCategory, inject, where } from "./support";

describe("spellingSuggestions", () => {
  it("suggests the standard form, keeping the case of the word found", () => {
    expect(spellingSuggestions("Prosentase koperasi yang dinilai")).toEqual(["Prosentase → Persentase"]);
    expect(spellingSuggestions("PROSENTASE KOPERASI")).toEqual(["PROSENTASE → PERSENTASE"]);
    expect(spellingSuggestions("Tersediannya laporan; Trelaksananya rapat")).toEqual(["Tersediannya → Tersedianya", "Trelaksananya → Terlaksananya"]);
    expect(spellingSuggestions("pengurusan ijin dan analisa resiko")).toEqual(["ijin → izin", "analisa → analisis", "resiko → risiko"]);
  });

  it("matches whole words only and lists each word once", () => {
    expect(spellingSuggestions("Perizinan, analisis, risiko, provinsi")).toEqual([]);
    expect(spellingSuggestions("analisanya")).toEqual([]);
    expect(spellingSuggestions("ijin, ijin (ijin)")).toEqual(["ijin → izin"]);
    expect(spellingSuggestions("Kegiatan/Propinsi")).toEqual(["Propinsi → Provinsi"]);
  });

  it("keeps a list of distinct, lower-case, non-identical pairs", () => {
    const bad = SPELLING.map(([b]) => b);
    expect(new Set(bad).size).toBe(bad.length);
    for (const [b, g] of SPELLING) {
      expect(b).toBe(b.toLowerCase());
      expect(b).not.toBe(g);
      expect(spellingSuggestions(g)).toEqual([]);
    }
  });
});

/** The words of a text as the rule defines them (runs of ASCII letters), found the slow, obvious way. */
function suggestionsByWords(text: string): string[] {
  const standard = new Map(SPELLING);
  const out: string[] = [];
  for (const word of text.split(/[^A-Za-z]+/)) {
    const good = standard.get(word.toLowerCase());
    if (good === undefined) continue;
    const like = word.length > 1 && word === word.toUpperCase() ? good.toUpperCase()
      : word[0] === word[0].toUpperCase() ? good[0].toUpperCase() + good.slice(1) : good;
    const s = `${word} → ${like}`;
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

describe("spellingSuggestions against a word-by-word reading", () => {
  const listed = SPELLING.map(([b]) => b);
  const piece = fc.oneof(
    fc.constantFrom(...listed),
    fc.constantFrom(...listed).map((w) => w.toUpperCase()),
    fc.constantFrom(...listed).map((w) => w[0].toUpperCase() + w.slice(1)),
    fc.constantFrom(" ", "/", "-", "2", "_", "é", "\n", "(", "%", "x", "ber", "nya", "İ", "\u212a"),
    fc.string({ maxLength: 6 }),
  );

  it("finds the same words in any text made of listed words, other letters and boundaries", () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const text = parts.join("");
      expect(spellingSuggestions(text)).toEqual(suggestionsByWords(text));
    }), { numRuns: 3000 });
  });
});

describe("non-standard spellings in the style rule", () => {
  it("is silent on clean plans", () => {
    expect(inCategory(findingsOf(CLEAN), "spelling")).toEqual([]);
    expect(inCategory(findingsOf(CLEAN_UNITS), "spelling")).toEqual([]);
    expect(inCategory(findingsOf(fixture("rules-clean-text.tsv")), "spelling")).toEqual([]);
  });

  it("gives one info (style) per cell listing all its words, for names and indicators", () => {
    const src = inject(inject(CLEAN, "Jumlah rapat koordinasi dan konsultasi", "Jumlah rapat kordinasi dan analisa resiko"),
      "2) Penyelenggaraan Rapat Koordinasi", "2) Penyelenggaraan Rapat Kordinasi");
    const found = inCategory(findingsOf(src), "spelling");
    expect(where(found)).toEqual(["spelling.nonStandard@E16", "spelling.nonStandard@F16"]);
    expect(found.every((f) => f.severity === "info")).toBe(true);
    expect(found[1].message.id).toBe("Ejaan tidak baku: kordinasi → koordinasi, analisa → analisis, resiko → risiko.");
    expect(found[0].message.en).toBe("Non-standard spelling: Kordinasi → Koordinasi.");
  });
});
