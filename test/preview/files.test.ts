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
  const r = openBytes("data.xlsx", new TextEncoder().encode("a;b;c\n1;2;3\n"));
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.message.id).toMatch(/^data\.xlsx tidak dapat dibuka\. .*CSV/);
    expect(r.message.en).toMatch(/^data\.xlsx cannot be opened\. .*CSV/);
  }
});

test("a zip that is not a workbook is refused with the adapter's message", () => {
  // an empty zip archive: the end-of-central-directory record alone
  const r = openBytes("kosong.xlsx", new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.message.en).toMatch(/^kosong\.xlsx cannot be opened\./);
});

test("a workbook opens, and what is downloaded is the package with the edits", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("S").getCell("A1").value = 1;
  const r = openBytes("ok.xlsx", new Uint8Array(await book.xlsx.writeBuffer()));
  if (!r.ok) throw new Error(r.message.en);
  expect(r.name).toBe("ok.xlsx");
  expect(await r.workbook.sheets()).toEqual(["S"]);
  expect((await r.workbook.readGrid("S")).values[0][0]).toBe(1);
  await r.workbook.applyEdits([{ sheet: "S", row: 0, col: 1, value: "baru", previous: { value: null, format: "General" } }]);
  const saved = await readBack(r.workbook.save());
  expect(saved.getWorksheet("S")?.getCell("A1").value).toBe(1);
  expect(saved.getWorksheet("S")?.getCell("B1").value).toBe("baru");
});
