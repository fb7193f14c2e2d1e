/**
 * A shared-string cell whose index is not a number (an empty <v/>, blanks, "0x1") names no string:
 * it was read as the first shared string (Number("") is 0), a text the cell does not hold, judged
 * by validate and kept by fill as the cell's. It reads as a dangling index does, empty, as
 * LibreOffice shows it.
 */
import { loadWorkbook } from "../../../src/xlsx/load";
import { smallPlanBytes, unzipParts, zipParts } from "./pkgHelpers";

/** The small plan with its quarter-I cell of the indicator row (F4) written as `cell`. */
async function planWith(cell: string): Promise<Uint8Array> {
  const parts = unzipParts(await smallPlanBytes([[1, "Sasaran", "Indikator", "Dokumen", 12]]));
  const sheet = parts["xl/worksheets/sheet1.xml"];
  const row4 = /<row r="4"[^>]*>/.exec(sheet)!;
  parts["xl/worksheets/sheet1.xml"] = sheet.replace(/<c r="F4"[^>]*?(\/>|>.*?<\/c>)/, "").replace(row4[0], row4[0] + cell);
  // The first shared string is the title, the one a wrong index 0 reads.
  expect(parts["xl/sharedStrings.xml"]).toMatch(/<si><t>RENCANA AKSI TAHUN 2026<\/t><\/si>/);
  return zipParts(parts);
}

async function f4(cell: string): Promise<unknown> {
  const res = loadWorkbook(await planWith(cell));
  if (!res.ok) throw new Error(res.reason);
  const grid = await res.workbook.readGrid("Rencana Aksi");
  return grid.values[3][5];
}

describe("a shared-string cell's index", () => {
  it.each(["<v/>", "<v></v>", "<v> </v>", "<v>0x0</v>"])("%s names no string: the cell reads as empty", async (v) => {
    expect(await f4(`<c r="F4" t="s">${v}</c>`)).toBeNull();
  });

  it("a whole number names its string, blanks around it or not (xsd:int); past the table it is empty as before", async () => {
    expect(await f4('<c r="F4" t="s"><v>0</v></c>')).toBe("RENCANA AKSI TAHUN 2026");
    expect(await f4('<c r="F4" t="s"><v> 0 </v></c>')).toBe("RENCANA AKSI TAHUN 2026");
    expect(await f4('<c r="F4" t="s"><v>1</v></c>')).toBe("No");
    expect(await f4('<c r="F4" t="s"><v>99999</v></c>')).toBeNull();
  });
});
