import { downloadName, openBytes } from "../../src/preview/files";
import * as ExcelJS from "exceljs";

test("the download is named after the opened file with -renaksi", () => {
  expect(downloadName("rencana-aksi-2022.xlsx")).toBe("rencana-aksi-2022-renaksi.xlsx");
  expect(downloadName("Rencana.XLSX")).toBe("Rencana-renaksi.xlsx");
  expect(downloadName("plan-renaksi.xlsx")).toBe("plan-renaksi.xlsx");
  expect(downloadName("a/b:c.xlsx")).toBe("a_b_c-renaksi.xlsx");
  expect(downloadName(null)).toBe("renaksi.xlsx");
});

test("bytes that are not a workbook give the adapter's message, naming the file", async () => {
  const r = await openBytes("data.xlsx", new TextEncoder().encode("a;b;c\n1;2;3\n"));
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.message.id).toMatch(/^data\.xlsx tidak dapat dibuka\. .*CSV/);
    expect(r.message.en).toMatch(/^data\.xlsx cannot be opened\. .*CSV/);
  }
});

test("a workbook opens", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("S").getCell("A1").value = 1;
  const r = await openBytes("ok.xlsx", new Uint8Array(await book.xlsx.writeBuffer()));
  expect(r.ok && r.book.getWorksheet("S")?.getCell("A1").value).toBe(1);
});
