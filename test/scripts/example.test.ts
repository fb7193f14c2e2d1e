/**
 * The example workbook, the first file a newcomer opens, prints like the annex
 * it transcribes: landscape folio (F4) one page wide, the header rows on every
 * page, borders, wrapped text, rows tall enough for it.
 */
import * as fs from "fs";
import { strFromU8, unzipSync } from "fflate";
import { EXAMPLE_SOURCE, exampleBytes } from "../support/example";
import { excelFromBytes } from "../support/xlsx";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseSource } = require("../../scripts/sheet-source.js") as { parseSource(text: string): { rows: { row: number }[] }[] };

describe("the example workbook", () => {
  it("prints landscape F4, one page wide, with the two header rows repeated", async () => {
    const files = unzipSync(await exampleBytes());
    const workbook = strFromU8(files["xl/workbook.xml"]);
    expect(workbook).toMatch(/<definedName name="_xlnm\.Print_Titles" localSheetId="0">(?:'|&apos;)Lampiran I(?:'|&apos;)!\$9:\$10<\/definedName>/);
    const ws = (await excelFromBytes(await exampleBytes())).getWorksheet("Lampiran I")!;
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 14, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.headerFooter.oddFooter).toContain("&P");
  });

  it("has borders and wrapped text over the whole table, bold centred headers, and row heights for the text", async () => {
    const ws = (await excelFromBytes(await exampleBytes())).getWorksheet("Lampiran I")!;
    const last = Math.max(...parseSource(fs.readFileSync(EXAMPLE_SOURCE, "utf8"))[0].rows.map((r) => r.row));
    expect(last).toBeGreaterThan(50);
    for (let row = 9; row <= last; row++) {
      for (let col = 1; col <= 15; col++) {
        const cell = ws.getCell(row, col);
        expect([cell.address, cell.border?.top?.style, cell.border?.left?.style, cell.border?.bottom?.style, cell.border?.right?.style])
          .toEqual([cell.address, "thin", "thin", "thin", "thin"]);
        expect([cell.address, cell.alignment?.wrapText]).toEqual([cell.address, true]);
        expect(cell.font?.name).toBe("Arial");
      }
    }
    for (const a of ["A9", "G10", "A6"]) expect([a, ws.getCell(a).font?.bold, ws.getCell(a).alignment?.horizontal]).toEqual([a, true, "center"]);
    // A long name gets more than one line; a short row keeps one.
    let long = 11;
    for (let row = 11; row <= last; row++) if (ws.getCell(row, 4).text.length > ws.getCell(long, 4).text.length) long = row;
    expect(ws.getCell(long, 4).text.length).toBeGreaterThan(80);
    expect(ws.getRow(long).height).toBeGreaterThan(2 * 13);
    for (let row = 11; row <= last; row++) expect(ws.getRow(row).height).toBeGreaterThanOrEqual(13);
  });
});
