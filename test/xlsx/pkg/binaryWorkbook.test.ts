/**
 * An Excel Binary Workbook (.xlsb, "Excel Binary Workbook" in Excel's Save As) is a ZIP like an
 * .xlsx, but its workbook part is xl/workbook.bin in BIFF12 records, not XML. It is a sound file
 * Renaksi cannot read: it must be told as such (save it as .xlsx), never "damaged or truncated",
 * which sends the user looking for a backup of a file that is fine.
 */
import { strToU8, zipSync } from "fflate";
import { loadWorkbook } from "../../../src/xlsx/load";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of an .xlsb as Excel lays it out (the binary records shortened: they are never parsed as XML). */
function xlsb(): Uint8Array {
  const records = (bytes: number[], times: number) => new Uint8Array(Array.from({ length: times }, () => bytes).flat());
  return zipSync({
    "[Content_Types].xml": strToU8(
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/>' +
        '<Override PartName="/xl/styles.bin" ContentType="application/vnd.ms-excel.styles"/></Types>',
    ),
    "_rels/.rels": strToU8(`${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.bin"/></Relationships>`),
    "xl/_rels/workbook.bin.rels": strToU8(
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.bin"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.bin"/></Relationships>`,
    ),
    // BrtBeginBook, BrtFileVersion ..., BrtBeginBundleShs: record type and size bytes, then data.
    "xl/workbook.bin": records([0x83, 0x01, 0x00, 0x80, 0x01, 0x00, 0x8f, 0x01, 0x00], 8),
    "xl/worksheets/sheet1.bin": records([0x81, 0x01, 0x00, 0x93, 0x01, 0x00], 8),
    "xl/styles.bin": records([0x96, 0x04, 0x00], 8),
  });
}

describe("an Excel Binary Workbook (.xlsb)", () => {
  it("is not told as a damaged file", () => {
    const loaded = loadWorkbook(xlsb());
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.reason).not.toBe("corrupt");
    expect(loaded.message.en).not.toMatch(/damaged|truncated/);
  });
});
