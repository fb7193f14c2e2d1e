/**
 * The fast scanner of the plain XML subset against saxes (parseXml): on every
 * part of real and written workbooks, and on generated and damaged documents,
 * either the scanner steps aside (OutsideSubset) or both give exactly the same
 * events, and saxes accepts the text.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { unzipSync, strFromU8 } from "fflate";
import { parseXml, parseLargeXml, type XmlHandlers } from "../../../src/xlsx/xml";
import { OutsideSubset, scanXml } from "../../../src/xlsx/xmlScan";
import { parseSheetPart } from "../../../src/xlsx/sheetPart";
import { exampleBytes } from "../../support/example";
import { realWorkbooks } from "./pkgHelpers";
import { richWorkbook } from "./richWorkbook";

type Event = unknown[];

function recorder(events: Event[]): XmlHandlers {
  return {
    open: (name, attrs, start, end, selfClosing) => events.push(["open", name, { ...attrs }, start, end, selfClosing]),
    close: (name, end) => events.push(["close", name, end]),
    text: (t) => {
      // saxes may hand one run of text in pieces; what matters is the run.
      const last = events[events.length - 1];
      if (last && last[0] === "text") last[1] += t;
      else events.push(["text", t]);
    },
  };
}

/** "scanner" when the scanner read it (and saxes agrees), "saxes" when the scanner stepped aside, "refused" when neither reads it. */
function compare(xml: string): "scanner" | "saxes" | "refused" {
  const viaSaxes: Event[] = [];
  let saxesOk = true;
  try {
    parseXml(xml, recorder(viaSaxes));
  } catch {
    saxesOk = false;
  }
  const viaScan: Event[] = [];
  try {
    scanXml(xml, recorder(viaScan));
  } catch (e) {
    if (!(e instanceof OutsideSubset)) throw e;
    return saxesOk ? "saxes" : "refused";
  }
  if (!saxesOk) throw new Error(`the scanner read what saxes refuses: ${JSON.stringify(xml.slice(0, 300))}`);
  expect(viaScan).toEqual(viaSaxes);
  return "scanner";
}

function xmlParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) if (/\.(xml|rels|vml)$/.test(name)) out[name] = strFromU8(data);
  return out;
}

const FIXTURES = path.join(__dirname, "../../fixtures/writers");

describe("the fast XML scanner gives saxes's events or steps aside", () => {
  it("on every part of the example, the rich workbook, the writers' fixtures and the shared real plans", async () => {
    const example = await exampleBytes();
    const books: Uint8Array[] = [example, richWorkbook(example)];
    for (const f of fs.readdirSync(FIXTURES).filter((n) => n.endsWith(".xlsx"))) books.push(new Uint8Array(fs.readFileSync(path.join(FIXTURES, f))));
    for (const f of realWorkbooks()) books.push(new Uint8Array(fs.readFileSync(f)));
    let sheetsByScanner = 0;
    let parts = 0;
    for (const book of books) {
      for (const [name, xml] of Object.entries(xmlParts(book))) {
        parts++;
        const how = compare(xml);
        expect(how).not.toBe("refused");
        if (/worksheets\/sheet\d+\.xml$/.test(name) && how === "scanner") sheetsByScanner++;
      }
    }
    expect(parts).toBeGreaterThan(40);
    // The point of the scanner: the worksheets writers produce are in its subset.
    expect(sheetsByScanner).toBeGreaterThanOrEqual(books.length);
  });

  const name = fc.constantFrom("c", "row", "x:c", "v", "is", "t", "a-b", "_n.1");
  const text = fc.string({ unit: fc.constantFrom("a", " ", "\n", "\t", "&amp;", "&lt;", "&#10;", "&#x41;", ">", "'", '"', "é", "&", "]]>", "\r", "<", "_x000D_") });
  const attr = fc.tuple(fc.constantFrom("r", "s", "t", "x:id", "ht"), text, fc.constantFrom('"', "'"));
  type Tree = { tag: string; attrs: [string, string, string][]; kids: (Tree | string)[] };
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.record({
      tag: name,
      attrs: fc.array(attr, { maxLength: 3 }),
      kids: fc.array(fc.oneof({ maxDepth: 4, depthIdentifier: "xml" }, text, tie("node")), { maxLength: 4 }),
    }),
  })).node;
  const write = (t: Tree): string => {
    const attrs = t.attrs.map(([k, v, q]) => ` ${k}=${q}${v}${q}`).join("");
    if (t.kids.length === 0) return `<${t.tag}${attrs}/>`;
    return `<${t.tag}${attrs}>${t.kids.map((k) => (typeof k === "string" ? k : write(k))).join("")}</${t.tag}>`;
  };
  const prolog = fc.constantFrom("", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', "<?xml version='1.0'?>", "<!--c-->", "<?pi x?>", "\n  ", "<?xml version=\"1.1\"?>");

  it("on generated documents, well-formed or not", () => {
    const outcomes = { scanner: 0, saxes: 0, refused: 0 };
    fc.assert(
      fc.property(prolog, tree, fc.constantFrom("", "\n", "x", "<b/>"), (head, t, tail) => {
        outcomes[compare(head + write(t) + tail)]++;
      }),
      { numRuns: 3000 },
    );
    // All three outcomes are met: the comparison is not vacuous.
    expect(Math.min(outcomes.scanner, outcomes.saxes, outcomes.refused)).toBeGreaterThan(50);
  });

  it("on a worksheet damaged anywhere: one character removed, doubled or replaced", async () => {
    const sheet = xmlParts(await exampleBytes())["xl/worksheets/sheet1.xml"];
    // A small whole worksheet: the example's first rows, closed.
    let cut = 0;
    for (let k = 0; k < 6; k++) cut = sheet.indexOf("</row>", cut) + "</row>".length;
    const piece = sheet.slice(0, cut) + "</sheetData></worksheet>";
    const outcomes = { scanner: 0, saxes: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat(piece.length - 1), fc.constantFrom("", "<", ">", "/", '"', "&", "=", " ", "x", "\u0001"), fc.boolean(), (at, ch, keep) => {
        const damaged = piece.slice(0, at) + ch + (keep ? piece.charAt(at) : "") + piece.slice(at + 1);
        outcomes[compare(damaged)]++;
      }),
      { numRuns: 600 },
    );
    // Damage that keeps it well-formed (a space, a letter in a text) and damage that does not: both met.
    expect(outcomes.scanner).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
    const whole = compare(sheet);
    expect(whole).toBe("scanner");
  });

  it("a part outside the subset is read by saxes from the start, with fresh handlers", () => {
    const xml = '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c></row></sheetData></worksheet>';
    let made = 0;
    const events: Event[] = [];
    parseLargeXml(xml, () => {
      made++;
      events.length = 0;
      return recorder(events);
    });
    expect(made).toBe(2);
    expect(events).toContainEqual(["text", "a<b"]);
    const part = parseSheetPart(xml);
    expect(part.rows).toHaveLength(1);
    expect(part.rows[0].cells[0].v).toBe("a<b");
  });

  it("takes a handler's reading of an element's content only up to an end tag ahead", () => {
    const xml = "<a><b>text</b><c/></a>";
    const closes: string[] = [];
    // Reading <b>'s content itself: the scanner goes on from its end tag.
    scanXml(xml, { close: (n) => closes.push(n), content: (n, from) => (n === "b" ? xml.indexOf("</b>", from) : -1) });
    expect(closes).toEqual(["b", "c", "a"]);
    // An index behind, or not at an end tag: the scanner steps aside (saxes reads the part).
    for (const bad of [0, 4, xml.indexOf("<c/>")]) {
      expect(() => scanXml(xml, { content: (n) => (n === "b" ? bad : -1) })).toThrow(OutsideSubset);
    }
  });

  it("checks the whole text, a chunk at a time, wherever what its subset leaves out falls (chunk ends included)", () => {
    const chunk = 1 << 16;
    for (const bad of ["<!--x-->", "]]>", "\r", "\u0001", "<?p?>", "\uFFFE", "\uD83D\uDE00"]) {
      for (let shift = -8; shift <= 8; shift++) {
        // A long text, then the character or markup outside the subset across the first chunk's end, then more text.
        const head = "<a><b>";
        const filler = "x".repeat(chunk - head.length + shift);
        const xml = `${head}${filler}${bad}y</b>${"z".repeat(chunk)}<c/></a>`;
        expect(() => scanXml(xml, {})).toThrow(OutsideSubset);
        // Also across the end of a chunk that starts at a later element.
        const later = `<a>${"<c/>".repeat(20)}<b>${"x".repeat(chunk + shift)}${bad}</b></a>`;
        expect(() => scanXml(later, {})).toThrow(OutsideSubset);
      }
    }
    // What a content reader takes past the chunk it starts in is its own to check (sheetData.ts checks
    // what it takes); the scanner checks what follows.
    const taken = `<a><b>${"x".repeat(2 * chunk)}\u0001</b><c/></a>`;
    const reader = { content: (n: string, from: number) => (n === "b" ? taken.indexOf("</b>", from) : -1) };
    const closes: string[] = [];
    scanXml(taken, { ...reader, close: (n) => closes.push(n) });
    expect(closes).toEqual(["b", "c", "a"]);
    expect(() => scanXml(`${taken.slice(0, -4)}\u0001</a>`, reader)).toThrow(OutsideSubset);
  });

  it("takes only XML's white space in the declaration (not JavaScript's wider \\s), as saxes", () => {
    for (const xml of ['<?xml\u00a0version="1.0"?><a/>', '<?xml version="1.0"\u2028?><a/>', '<?xml version="1.0"\u00a0encoding="UTF-8"?><a/>', '<?xml\ufeffversion="1.0"?><a/>']) {
      expect(compare(xml)).not.toBe("scanner");
    }
    expect(compare('<?xml version="1.0"\n\tencoding="UTF-8" ?><a/>')).toBe("scanner");
  });

  it("a part with a DOCTYPE is still refused", () => {
    expect(() => parseSheetPart('<!DOCTYPE x [<!ENTITY a "b">]><worksheet/>')).toThrow();
  });
});
