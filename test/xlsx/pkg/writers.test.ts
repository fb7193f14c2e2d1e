/**
 * Workbooks written by openpyxl and LibreOffice (test/fixtures/writers) read
 * as the example they were saved from: same tables, same findings; and what
 * LibreOffice says with "true"/"false" is read as Excel's "1"/"0".
 */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { validateWorkbook } from "../../../src/app/validate";
import { loadWorkbook } from "../../../src/xlsx/load";
import { exampleBytes } from "../../support/example";

const WRITERS = path.join(__dirname, "../../fixtures/writers");

async function findings(bytes: Uint8Array): Promise<string[]> {
  const loaded = loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.message.en);
  const result = await validateWorkbook(loaded.workbook);
  return result.findings.map((f) => `${f.rule} ${f.sheet}!${f.range.top},${f.range.left}:${f.range.bottom},${f.range.right}`).sort();
}

describe("workbooks from other writers", () => {
  it.each(["openpyxl-plan.xlsx", "libreoffice-plan.xlsx"])("%s reads as the example it was saved from", async (name) => {
    const expected = await findings(await exampleBytes());
    expect(expected.length).toBeGreaterThan(0);
    expect(await findings(new Uint8Array(fs.readFileSync(path.join(WRITERS, name))))).toEqual(expected);
  });

  it('LibreOffice\'s sheet="true" protects the sheet: fill is refused, nothing written', async () => {
    const parts = unzipSync(new Uint8Array(fs.readFileSync(path.join(WRITERS, "libreoffice-plan.xlsx"))));
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
    parts["xl/worksheets/sheet1.xml"] = strToU8(sheet.replace("</sheetData>", '</sheetData><sheetProtection sheet="true" objects="true" scenarios="true"/>'));
    const loaded = loadWorkbook(zipSync(parts));
    if (!loaded.ok) throw new Error(loaded.message.en);
    const before = loaded.workbook.save();
    await expect(loaded.workbook.applyEdits([{ sheet: "Lampiran I", row: 10, col: 6, value: 25, previous: { value: null, format: "General" } }])).rejects.toMatchObject({ key: "workbook.cellsLocked" });
    expect(Buffer.compare(Buffer.from(loaded.workbook.save()), Buffer.from(before))).toBe(0);
  });
});
