/**
 * Parts stored as UTF-16 (beside the reviewer's utf16Parts.test.ts, which runs the commands): a
 * part read but not edited is copied as the bytes it came with, in UTF-16; an edited one is
 * written as UTF-8 whose declaration says UTF-8, with nothing else of it changed.
 */
import { strFromU8, unzipSync, zipSync } from "fflate";
import { loadWorkbook } from "../../../src/xlsx/load";
import { declaredUtf8 } from "../../../src/xlsx/xml";
import { exampleBytes } from "../../support/example";

const UTF16 = ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml"];

async function utf16Package(): Promise<Record<string, Uint8Array>> {
  const parts = unzipSync(await exampleBytes());
  for (const name of UTF16) {
    const body = strFromU8(parts[name]).replace(/^<\?xml[^>]*\?>\s*/, "");
    parts[name] = new Uint8Array(Buffer.from(`\ufeff<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\r\n${body}`, "utf16le"));
  }
  return parts;
}

function open(parts: Record<string, Uint8Array>) {
  const loaded = loadWorkbook(zipSync(parts));
  if (!loaded.ok) throw new Error(loaded.message.en);
  return loaded.workbook;
}

describe("UTF-16 parts", () => {
  it("read but not edited are copied as they came", async () => {
    const parts = await utf16Package();
    const wb = open(parts);
    expect((await wb.readGrid("Lampiran I")).values.length).toBeGreaterThan(10);
    const out = unzipSync(wb.save());
    for (const name of Object.keys(parts)) expect([name, Buffer.from(out[name]).equals(Buffer.from(parts[name]))]).toEqual([name, true]);
  });

  it("edited are UTF-8 declared as UTF-8, the rest of the text as it was", async () => {
    const parts = await utf16Package();
    const wb = open(parts);
    await wb.applyEdits([{ sheet: "Lampiran I", row: 0, col: 0, value: "diubah", previous: { value: null, format: "General" } }]);
    const out = unzipSync(wb.save());
    const sheet = strFromU8(out["xl/worksheets/sheet1.xml"]);
    expect(sheet.slice(0, 60)).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<wo');
    expect(sheet).toContain("diubah");
    expect(Buffer.from(out["xl/styles.xml"]).equals(Buffer.from(parts["xl/styles.xml"]))).toBe(true);
  });

  it("declaredUtf8 changes only an encoding other than UTF-8, in the declaration", () => {
    expect(declaredUtf8("<?xml version='1.0' encoding='utf-16'?><a encoding=\"x\"/>")).toBe("<?xml version='1.0' encoding='UTF-8'?><a encoding=\"x\"/>");
    expect(declaredUtf8('<?xml version="1.0" encoding="utf-8"?><a/>')).toBe('<?xml version="1.0" encoding="utf-8"?><a/>');
    expect(declaredUtf8('<?xml version="1.0"?><a encoding="UTF-16"/>')).toBe('<?xml version="1.0"?><a encoding="UTF-16"/>');
  });
});
