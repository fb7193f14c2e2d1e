/**
 * What a package's worksheets and shared strings give once read is bounded (partLimits.ts), not
 * only their bytes: a few hundred kilobytes of compressed <c/>, <row/> or <si/> inflate within the
 * container's limits to tens of millions of records (measured before: 60 million <c/> from a 1 MB
 * file, `renaksi validate` 30 s and 4.3 GB; 40 million <si/> from 300 KB, 10 s and 1.5 GB; 6 million
 * <col> from 600 KB, 9 s and 1.3 GB). Past the
 * bounds the file is refused with the "too large" message, in the user's language.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PackageBook } from "../../../src/xlsx/book";
import { XlsxWorkbookError } from "../../../src/xlsx/errors";
import { t as fileT } from "../../../src/xlsx/messages";
import { MAX_COLS, MAX_MERGES, MAX_ROWS, PartTooLarge } from "../../../src/xlsx/partLimits";
import { parseSharedStrings } from "../../../src/xlsx/sharedStrings";
import { parseSheetPart } from "../../../src/xlsx/sheetPart";
import { XlsxWorkbook } from "../../../src/xlsx/workbook";
import { runCli } from "../../reliability/support/cliRun";
import { addSheetPart, smallPlanBytes, unzipParts, zipParts } from "./pkgHelpers";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = "</sheetData></worksheet>";

/** A worksheet of `rows` rows of ten empty cells, no r attributes (allowed, and the shortest a bomb can be). */
const emptyCells = (rows: number, inline = "") => HEAD + `<row><c/><c/><c/><c/><c/><c/><c/><c/><c/><c/>${inline}</row>`.repeat(rows) + TAIL;

describe("a worksheet part is read up to its cell limit, on both readings", () => {
  // The CDATA is outside the scanner's subset: saxes reads that part, and must say "too large" too, not "damaged".
  const forms = { "the rows' reader": emptyCells(100), "the scanner's events": emptyCells(100), saxes: emptyCells(100, '<c t="inlineStr"><is><t><![CDATA[x]]></t></is></c>') };
  it.each(Object.entries(forms))("%s", (form, xml) => {
    const events = form !== "the rows' reader";
    const cells = form === "saxes" ? 1100 : 1000;
    expect(parseSheetPart(xml, events, cells).cells.count).toBe(cells);
    expect(() => parseSheetPart(xml, events, cells - 1)).toThrow(PartTooLarge);
  });

  it("rows past Excel's 1,048,576 are refused as well (a row is a record even with no cell)", () => {
    const rows = (n: number) => HEAD + "<row/>".repeat(n) + TAIL;
    expect(parseSheetPart(rows(MAX_ROWS)).rows.length).toBe(MAX_ROWS);
    for (const events of [false, true]) expect(() => parseSheetPart(rows(MAX_ROWS + 1), events)).toThrow(PartTooLarge);
  }, 60_000); // three readings of a million rows, slow on a loaded machine
});

it("column records past Excel's 16,384 and merged ranges past a million are refused", () => {
  const sheet = (inside: string) => HEAD.replace("<sheetData>", inside + "<sheetData>") + TAIL;
  const cols = (n: number) => sheet("<cols>" + '<col min="3" max="3" width="9"/>'.repeat(n) + "</cols>");
  expect(parseSheetPart(cols(MAX_COLS)).cols.length).toBe(MAX_COLS);
  expect(() => parseSheetPart(cols(MAX_COLS + 1))).toThrow(PartTooLarge);
  const merges = (n: number) => sheet("").replace("</worksheet>", "<mergeCells>" + '<mergeCell ref="B2:C2"/>'.repeat(n) + "</mergeCells></worksheet>");
  expect(parseSheetPart(merges(1000)).merges.length).toBe(1000);
  expect(() => parseSheetPart(merges(MAX_MERGES + 1))).toThrow(PartTooLarge);
}, 60_000);

it("the shared strings are read up to the same limit, on both readings", () => {
  // The last item in CDATA, outside the scanner's subset, for saxes.
  const sst = (n: number, cdata: boolean) =>
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + "<si/>".repeat(cdata ? n - 1 : n) + (cdata ? "<si><t><![CDATA[x]]></t></si>" : "") + "</sst>";
  for (const cdata of [false, true]) {
    expect(parseSharedStrings(sst(1000, cdata), 1000).length).toBe(1000);
    expect(() => parseSharedStrings(sst(1001, cdata), 1000)).toThrow(PartTooLarge);
  }
});

describe("the cells are the package's budget, not each part's", () => {
  /** The small plan and a sheet "Data" of 60 rows of ten empty cells: each sheet holds 50-600 cells. */
  async function twoSheets(): Promise<Uint8Array> {
    const parts = unzipParts(await smallPlanBytes([[1, "Sasaran", "Indikator", "Dokumen", 12]]));
    addSheetPart(parts, "Data", emptyCells(60));
    return zipParts(parts);
  }

  it("a sheet read past what the sheets before it left is refused; a sheet edited and read again is counted once", async () => {
    const bytes = await twoSheets();
    const budget = 605; // Data's 600 cells, and fewer than the plan's
    const wb = new XlsxWorkbook(PackageBook.open(bytes, undefined, budget));
    expect((await wb.readGrid("Data")).sheet).toBe("Data");
    // Edited (its part parsed again) and read again, three times: its 600 cells are counted once.
    for (let i = 0; i < 3; i++) {
      await wb.applyEdits([{ sheet: "Data", row: 0, col: 0, value: i, previous: { value: null, format: "General" } }]);
      expect((await wb.readGrid("Data")).values[0][0]).toBe(i);
    }
    // The plan's cells do not fit in what is left.
    await expect(wb.readGrid("Rencana Aksi")).rejects.toThrow(expect.objectContaining({ key: "file.tooLarge" }));
    await expect(wb.readGrid("Rencana Aksi")).rejects.toBeInstanceOf(XlsxWorkbookError);
    // With the budget for both, both are read.
    const both = new XlsxWorkbook(PackageBook.open(bytes, undefined, 2 * budget));
    for (const sheet of ["Data", "Rencana Aksi"]) expect((await both.readGrid(sheet)).sheet).toBe(sheet);
  });
});

describe("through the CLI", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-cells-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("a plan with a sheet of more rows than Excel has is refused as too large by validate and fill, in the user's language, nothing written", async () => {
    const parts = unzipParts(await smallPlanBytes([[1, "Sasaran", "Indikator", "Dokumen", 12]]));
    addSheetPart(parts, "Data", HEAD + "<row/>".repeat(MAX_ROWS + 1) + TAIL);
    const file = path.join(dir, "baris.xlsx");
    fs.writeFileSync(file, zipParts(parts));
    for (const lang of ["id", "en"] as const) {
      const r = await runCli(["validate", file, "--lang", lang], dir);
      expect({ code: r.code, err: r.err }).toEqual({ code: 2, err: `${file}: ${fileT("file.tooLarge", lang)}\n` });
    }
    const out = path.join(dir, "isi.xlsx");
    const r = await runCli(["fill", file, "-o", out, "--lang", "en"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(fileT("file.tooLarge", "en"));
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);
});
