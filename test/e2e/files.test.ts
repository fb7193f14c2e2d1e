/** Opening files: bad files give the adapter's message in the user's language; drag and drop opens a workbook. */
import { previewSuite, shot } from "./support/browser";
import * as ExcelJS from "exceljs";
import { badFiles, blankQuartersPlan, xlsxFile } from "./support/fixtures";
import { cell, openFile } from "./support/page";

const suite = previewSuite();

test("csv, xls, corrupt and encrypted files are refused with the message in Indonesian, then in English", async () => {
  const { page } = await suite.open();
  const bad = await badFiles();
  for (const { file, id } of bad) {
    await openFile(page, file);
    const bar = page.locator(".rx-notice").filter({ hasText: file.name });
    await bar.waitFor();
    expect(await bar.innerText()).toContain(id);
  }
  await shot(page, "11-bad-file-id");
  await page.getByRole("combobox", { name: "Bahasa antarmuka" }).selectOption("en");
  for (const { file, en } of bad) {
    await openFile(page, file);
    const bar = page.locator(".rx-notice").filter({ hasText: `${file.name} cannot be opened` });
    await bar.waitFor();
    expect(await bar.innerText()).toContain(en);
  }
  await shot(page, "12-bad-file-en");
  // nothing was opened: the page still has its empty workbook
  expect(await page.getByTestId("file-name").innerText()).toBe("New workbook");
});

test("a workbook dropped on the page opens", async () => {
  const { page } = await suite.open();
  const file = await xlsxFile("dijatuhkan.xlsx", blankQuartersPlan().book);
  const transfer = await page.evaluateHandle(
    ({ b64, name, type }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type }));
      return dt;
    },
    { b64: file.buffer.toString("base64"), name: file.name, type: file.mimeType },
  );
  await page.dispatchEvent(".rx-page", "dragover", { dataTransfer: transfer });
  await page.getByText("Lepaskan berkas .xlsx di sini").waitFor();
  await shot(page, "13-drop-overlay");
  await page.dispatchEvent(".rx-page", "drop", { dataTransfer: transfer });
  await cell(page, "A6").filter({ hasText: "Pelayanan Administrasi Kependudukan" }).waitFor();
  expect(await page.getByTestId("file-name").innerText()).toBe("dijatuhkan.xlsx");
  expect(await page.getByText("Lepaskan berkas .xlsx di sini").count()).toBe(0);
});

test("cell text is shown as text, never as HTML", async () => {
  const { page } = await suite.open();
  const book = new ExcelJS.Workbook();
  const markup = '<b>tebal</b><img src="x" onerror="window.__hit = 1">';
  book.addWorksheet("Teks").getCell("B2").value = markup;
  await openFile(page, await xlsxFile("markup.xlsx", book));
  await cell(page, "B2").waitFor();
  expect(await cell(page, "B2").innerText()).toBe(markup);
  expect(await page.locator(".rx-sheet b, .rx-sheet img").count()).toBe(0);
  expect(await page.evaluate(() => "__hit" in window)).toBe(false);
});
