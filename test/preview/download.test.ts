/** @jest-environment jsdom */
import "./jsdomCodecs";
import * as ExcelJS from "exceljs";
import { downloadWorkbook } from "../../src/preview/files";
import { openExcelJs, readBack } from "./books";

test("Unduh hands the browser the package the adapter saves, under the name given", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Lampiran").getCell("B2").value = "x";
  const workbook = await openExcelJs(book);
  await workbook.applyEdits([{ sheet: "Lampiran", row: 1, col: 1, value: "y", previous: { value: "x", format: "General" } }]);

  const blobs: Blob[] = [];
  const clicked: { download: string; href: string }[] = [];
  URL.createObjectURL = (b: Blob) => {
    blobs.push(b);
    return "blob:renaksi/1";
  };
  URL.revokeObjectURL = () => undefined;
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href });
  });
  jest.useFakeTimers();
  try {
    downloadWorkbook(workbook, "plan-renaksi.xlsx");
  } finally {
    jest.useRealTimers();
    click.mockRestore();
  }

  expect(clicked).toEqual([{ download: "plan-renaksi.xlsx", href: "blob:renaksi/1" }]);
  expect(blobs).toHaveLength(1);
  expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const bytes = await blobBytes(blobs[0]);
  expect(bytes).toEqual(workbook.save());
  expect((await readBack(bytes)).getWorksheet("Lampiran")?.getCell("B2").value).toBe("y");
  expect(document.querySelector("a")).toBeNull(); // the link is removed again
});

function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
