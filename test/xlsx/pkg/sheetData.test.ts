/**
 * The rows read straight from the text (sheetData.ts) against the same rows
 * read as the scanner's events (sheetPart.ts's handlers): on every worksheet
 * of the example, the rich workbook, the writers' fixtures and the shared real
 * plans, on generated rows of every form the reader knows and many it does
 * not, and on a worksheet damaged anywhere, the two give the same part, or the
 * same refusal.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { parseSheetPart, type SheetPart } from "../../../src/xlsx/sheetPart";
import { readSheetData } from "../../../src/xlsx/sheetData";
import { CellStore } from "../../../src/xlsx/sheetCells";
import { exampleBytes } from "../../support/example";
import { realWorkbooks, unzipParts } from "./pkgHelpers";
import { richWorkbook } from "./richWorkbook";

/** A part as plain data: rows with their cells as records, every cell of the store, and what else the reading found. */
function plain(part: SheetPart): unknown {
  const { cells, rows, ...rest } = part;
  return {
    ...rest,
    store: Array.from({ length: cells.count }, (_, i) => cells.rec(i)),
    rows: rows.map((r) => ({
      row: r.row, start: r.start, end: r.end, openEnd: r.openEnd, selfClosing: r.selfClosing, hidden: r.hidden,
      height: r.height, s: r.s, cells: r.cells.map((c) => ({ ...c })),
    })),
  };
}

type Outcome = "direct" | "events" | "refused";

/**
 * An empty row long enough to put what follows it past the chunk the scanner checks first
 * (xmlScan.ts checks the text a chunk ahead; what a content reader takes past that is the
 * reader's to check).
 */
const PAST_FIRST_CHUNK = `<row spans="${"1".repeat(70_000)}"/>`;

/**
 * Both readings of a worksheet; "direct" when the reader read its rows, "events" when it stepped aside.
 * `far`: the rows start past the scanner's first chunk.
 */
function compare(xml: string, far = false): Outcome {
  if (far) xml = xml.replace(/<sheetData(\s[^>]*)?>/, (open) => open + PAST_FIRST_CHUNK);
  let viaEvents: unknown;
  try {
    viaEvents = plain(parseSheetPart(xml, true));
  } catch {
    expect(() => parseSheetPart(xml)).toThrow();
    return "refused";
  }
  expect(plain(parseSheetPart(xml))).toEqual(viaEvents);
  const open = /<sheetData(\s[^>]*)?>/.exec(xml);
  if (!open) return "events";
  return readSheetData(xml, open.index + open[0].length, new CellStore()) ? "direct" : "events";
}

const sheetsOf = (bytes: Uint8Array): string[] =>
  Object.entries(unzipParts(bytes)).filter(([name]) => /worksheets\/sheet\d+\.xml$/.test(name)).map(([, xml]) => xml);

const FIXTURES = path.join(__dirname, "../../fixtures/writers");

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = "</sheetData></worksheet>";

describe("the rows read straight from the text, against the same rows read as events", () => {
  it("give the same part on every worksheet of the example, the rich workbook, the writers' fixtures and the shared real plans", async () => {
    const example = await exampleBytes();
    const books: Uint8Array[] = [example, richWorkbook(example)];
    for (const f of fs.readdirSync(FIXTURES).filter((n) => n.endsWith(".xlsx"))) books.push(new Uint8Array(fs.readFileSync(path.join(FIXTURES, f))));
    for (const f of realWorkbooks()) books.push(new Uint8Array(fs.readFileSync(f)));
    const outcomes: Record<Outcome, number> = { direct: 0, events: 0, refused: 0 };
    for (const book of books) for (const xml of sheetsOf(book)) outcomes[compare(xml)]++;
    expect(outcomes.refused).toBe(0);
    // The point of the reader: the worksheets writers produce are read by it.
    expect(outcomes.direct).toBeGreaterThanOrEqual(books.length);
  });

  const attr = fc.constantFrom(
    ' r="A1"', ' r="B2"', ' r="AA10"', ' r=""', " r='C3'", ' s="3"', ' s="x"', ' s=""', ' t="s"', ' t="str"', ' t="inlineStr"', ' t="b"', ' t="e"', ' t="d"', ' t="n"',
    ' t="zz"', ' ht="15.75"', ' ht="x"', ' hidden="1"', ' hidden="true"', ' hidden="0"', ' customFormat="1"', ' customFormat="false"', ' spans="1:3"',
    ' x14ac:dyDescent="0.25"', ' r="1"', ' r="7"', ' r="x"', ' s="1"', ' s="1"', ' a="&amp;"', ' a="a\tb"', ' ref="A1:B2"', ' t="array"', ' t="shared"', ' si="0"', "  ", "\n ",
  );
  const text = fc.string({ unit: fc.constantFrom("1", "0.25", "a", " ", "&amp;", "&lt;", "&#10;", "_x000D_", ">", "é", "&bogus;") });
  const cellBody = fc.oneof(
    fc.constant(""),
    text.map((t) => `<v>${t}</v>`),
    fc.tuple(fc.array(attr, { maxLength: 3 }), text, fc.boolean()).map(([a, t, v]) => `<f${a.join("")}>${t}</f>${v ? `<v>${t}</v>` : ""}`),
    fc.array(attr, { maxLength: 3 }).map((a) => `<f${a.join("")}/><v>1</v>`),
    text.map((t) => `<is><t>${t}</t></is>`),
    text.map((t) => `<is><t xml:space="preserve">${t}</t></is>`),
    text.map((t) => `<is><r><t>${t}</t></r><r><t>b</t></r></is>`),
    text.map((t) => `<is><t>${t}</t><rPh sb="0" eb="1"><t>x</t></rPh></is>`),
    fc.constantFrom("<v/>", " <v>1</v> ", "<v>1</v><extLst/>", "x<v>1</v>", "<x:v>1</x:v>", "<v>1</v >"),
  );
  const cell = fc.tuple(fc.array(attr, { maxLength: 4 }), fc.option(cellBody, { nil: undefined }), fc.constantFrom("", " ", "\n")).map(
    ([a, body, ws]) => (body === undefined ? `<c${a.join("")}/>` : `<c${a.join("")}>${body}</c>`) + ws,
  );
  const row = fc.tuple(fc.array(attr, { maxLength: 4 }), fc.array(cell, { maxLength: 4 }), fc.boolean()).map(
    ([a, cells, self]) => (self && cells.length === 0 ? `<row${a.join("")}/>` : `<row${a.join("")}>${cells.join("")}</row>`),
  );

  it("give the same part on generated rows of the reader's forms and others", () => {
    const outcomes: Record<Outcome, number> = { direct: 0, events: 0, refused: 0 };
    // Around the rows, what a reader must carry on from or leave as the events would: rows and cells
    // outside <sheetData>, a second <sheetData>.
    const before = fc.constantFrom("", '<row r="5"/>', '<row r="3"><c r="D3"/></row>', "<c/>");
    const after = fc.constantFrom("", "\n", "<mergeCells/>", "<c/>", "<row/>", "<sheetData><row/><row><c/></row></sheetData>");
    fc.assert(
      fc.property(before, fc.array(row, { maxLength: 5 }), after, (head, rows, tail) => {
        outcomes[compare(HEAD.replace("<sheetData>", `${head}<sheetData>`) + rows.join("") + TAIL.replace("</worksheet>", `${tail}</worksheet>`))]++;
      }),
      { numRuns: 2000 },
    );
    // Each outcome is met: the comparison is not vacuous.
    expect(Math.min(outcomes.direct, outcomes.events, outcomes.refused)).toBeGreaterThan(30);
  });

  it("give the same part on the cells most writers write (r, then s and t; nothing, an empty element or a plain <v>) and their near misses", () => {
    // The reader's fast path (PLAIN_CELL) takes exactly these; each near miss goes to its character loop.
    const ref = fc.constantFrom("A", "B", "Z", "AA", "XFD", "ZZZ", "a", "AAAA", "").chain((letters) =>
      fc.constantFrom("1", "9", "10", "1048576", "0", "01", "", "12345678").map((digits) => `${letters}${digits}`));
    const style = fc.constantFrom(undefined, "0", "7", "007", "123456789", "1234567890", "1.5", "");
    const type = fc.constantFrom(undefined, "s", "n", "b", "e", "str", "inlineStr", "d", "S");
    const value = fc.constantFrom("", "0", "12", "-1.5E-3", "1 2", "#N/A", "&amp;", "é", ">", "]]>", "a\tb", "a\rb", "\u0001", "\uD83D\uDE00", "\uFFFF");
    const body = fc.constantFrom("self", "empty", "v", "v", "v", "vSelf", "space");
    const plainCell = fc.tuple(ref, style, type, value, body).map(([r, s, t, v, b]) => {
      const open = `<c r="${r}"${s === undefined ? "" : ` s="${s}"`}${t === undefined ? "" : ` t="${t}"`}`;
      if (b === "self") return `${open}/>`;
      if (b === "empty") return `${open}></c>`;
      if (b === "vSelf") return `${open}><v/></c>`;
      return b === "space" ? `${open}> <v>${v}</v></c>` : `${open}><v>${v}</v></c>`;
    });
    const rowOf = fc.array(plainCell, { maxLength: 6 }).map((cells) => `<row>${cells.join("")}</row>`);
    const outcomes: Record<Outcome, number> = { direct: 0, events: 0, refused: 0 };
    fc.assert(
      fc.property(fc.array(rowOf, { minLength: 1, maxLength: 4 }), fc.boolean(), (rows, far) => {
        outcomes[compare(HEAD + rows.join("") + TAIL, far)]++;
      }),
      { numRuns: 2000 },
    );
    expect(outcomes.direct).toBeGreaterThan(200);
  });

  it("give the same part, or the same refusal, on a worksheet damaged anywhere", async () => {
    const sheet = sheetsOf(await exampleBytes())[0];
    let cut = sheet.indexOf("<sheetData");
    for (let k = 0; k < 8; k++) cut = sheet.indexOf("</row>", cut) + "</row>".length;
    const piece = sheet.slice(0, cut) + TAIL;
    const outcomes: Record<Outcome, number> = { direct: 0, events: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat(piece.length - 1), fc.constantFrom("", "<", ">", "/", '"', "&", "=", " ", "x", "c", "\n", "\r", "\u0001", "\uD83D", "\uFFFE", "]]>", "<!--x-->", "<?p?>"), fc.boolean(), fc.boolean(), (at, ch, keep, far) => {
        outcomes[compare(piece.slice(0, at) + ch + (keep ? piece.charAt(at) : "") + piece.slice(at + 1), far)]++;
      }),
      { numRuns: 800 },
    );
    expect(outcomes.direct).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it("are read as events where a row, a cell or a text is open around <sheetData>", () => {
    const nested = [
      "<row r=\"1\"><sheetData><row r=\"5\"/></sheetData><c/></row>",
      "<row r=\"1\"><c r=\"B1\"><sheetData><row r=\"5\"><c/></row></sheetData></c></row>",
      "<row><c><v>1<sheetData> </sheetData>2</v></c></row>",
      "<row><c><f>1<sheetData><row/></sheetData>2</f></c></row>",
    ];
    for (const inner of nested) {
      const xml = `${HEAD}${inner}${TAIL}`;
      expect(compare(xml)).toBe("events");
    }
    expect(parseSheetPart(`${HEAD}<row><c><v>1<sheetData> </sheetData>2</v></c></row>${TAIL}`).rows[0].cells[0].v).toBe("1 2");
  });

  it("leave the store as it was when they step aside", () => {
    const store = new CellStore();
    store.add(0, 0, 0, 0, "n");
    const xml = `${HEAD}<row r="1"><c r="A1"><v>1</v></c><c r="B1"><is><r><t>x</t></r></is></c></row>${TAIL}`;
    expect(readSheetData(xml, HEAD.length, store)).toBeNull();
    expect(store.count).toBe(1);
    expect(store.v).toEqual([null]);
    const part = parseSheetPart(xml);
    expect(part.rows[0].cells.map((c) => c.v)).toEqual(["1", "x"]);
  });

  it("keep a style attribute as Number() reads it (an odd one is no style index, never another style's)", () => {
    const xml = `${HEAD}<row r="1"><c r="A1" s="1.5"/><c r="B1" s="4294967297"/><c r="C1" s="x"/><c r="D1" s="7"/></row>${TAIL}`;
    for (const part of [parseSheetPart(xml), parseSheetPart(xml, true)]) expect(part.rows[0].cells.map((c) => c.s)).toEqual([1.5, 4294967297, 0, 7]);
  });

  it("keep far cells sparse and rows in order, whatever order the writer used", () => {
    const xml = `${HEAD}<row r="3"><c r="C3"><v>3</v></c><c r="A3"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>9</v></c></row><row r="2"/>${TAIL}`;
    const part = parseSheetPart(xml);
    expect(part.cells.count).toBe(3);
    expect(part.rows.map((r) => r.row)).toEqual([1, 2, 1048575]);
    expect(part.rows[1].cells.map((c) => [c.col, c.v])).toEqual([[0, "1"], [2, "3"]]);
    expect(part.rows[2].cells[0].col).toBe(16383);
    expect(plain(part)).toEqual(plain(parseSheetPart(xml, true)));
  });
});
