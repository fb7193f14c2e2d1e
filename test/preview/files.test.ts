import * as ExcelJS from "exceljs";
import { downloadName, openBytes } from "../../src/preview/files";
import { readBack } from "./books";

test("the download is named after the opened file with -renaksi", () => {
  expect(downloadName("rencana-aksi-2022.xlsx")).toBe("rencana-aksi-2022-renaksi.xlsx");
  expect(downloadName("Rencana.XLSX")).toBe("Rencana-renaksi.xlsx");
  expect(downloadName("plan-renaksi.xlsx")).toBe("plan-renaksi.xlsx");
  expect(downloadName("a/b:c.xlsx")).toBe("a_b_c-renaksi.xlsx");
  expect(downloadName(null)).toBe("renaksi.xlsx");
});

test("bytes that are not a workbook give the adapter's message, naming the file", () => {
  const r = openBytes("data.xlsx", new TextEncoder().encode("a;b;c\n1;2;3\n"), "id");
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.message.id).toMatch(/^data\.xlsx tidak dapat dibuka\. .*CSV/);
    expect(r.message.en).toMatch(/^data\.xlsx cannot be opened\. .*CSV/);
  }
});

test("a zip that is not a workbook is refused with the adapter's message", () => {
  // an empty zip archive: the end-of-central-directory record alone
  const r = openBytes("kosong.xlsx", new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), "en");
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.message.en).toMatch(/^kosong\.xlsx cannot be opened\./);
});

test("a workbook opens, and what is downloaded is the package with the edits", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("S").getCell("A1").value = 1;
  const r = openBytes("ok.xlsx", new Uint8Array(await book.xlsx.writeBuffer()), "id");
  if (!r.ok) throw new Error(r.message.en);
  expect(r.name).toBe("ok.xlsx");
  expect(await r.workbook.sheets()).toEqual(["S"]);
  expect((await r.workbook.readGrid("S")).values[0][0]).toBe(1);
  await r.workbook.applyEdits([{ sheet: "S", row: 0, col: 1, value: "baru", previous: { value: null, format: "General" } }]);
  const saved = await readBack(r.workbook.save());
  expect(saved.getWorksheet("S")?.getCell("A1").value).toBe(1);
  expect(saved.getWorksheet("S")?.getCell("B1").value).toBe("baru");
});

test("a workbook shows its numbers as the page's language writes them (12.000 in Indonesian, 12,000 in English)", async () => {
  const book = new ExcelJS.Workbook();
  const s = book.addWorksheet("S");
  s.getCell("A1").value = 12000;
  s.getCell("A1").numFmt = "#,##0";
  s.getCell("B1").value = 0.5;
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const shown = async (lang: "id" | "en") => {
    const r = openBytes("angka.xlsx", bytes, lang);
    if (!r.ok) throw new Error(r.message.en);
    const grid = await r.workbook.readGrid("S");
    return [grid.values[0], grid.text[0]];
  };
  expect(await shown("id")).toEqual([[12000, 0.5], ["12.000", "0,5"]]);
  expect(await shown("en")).toEqual([[12000, 0.5], ["12,000", "0.5"]]);
});
