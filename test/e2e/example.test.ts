/**
 * The bundled example (the seed's Lampiran) in the preview: validate, the
 * seed's findings, selecting a finding's cell, marks, and the download.
 */
import * as fs from "fs";
import * as ExcelJS from "exceljs";
import { previewSuite, shot } from "./support/browser";
import { background, cell, inGridView, openExample, paneTab, showAllFindings } from "./support/page";

const suite = previewSuite();
const MARK_ERROR = "rgb(255, 199, 206)"; // FFC7CE, the adapter's error mark

test("the example validates: the seed's findings are listed and a finding selects its cell in the grid", async () => {
  const { page } = await suite.open();
  await shot(page, "01-start-empty-workbook");
  await openExample(page);
  // The grid shows the sheet as Excel does: headers, merged Sasaran cell, the tab.
  expect(await page.getByRole("columnheader", { name: "A", exact: true }).count()).toBe(1);
  expect(await page.getByRole("rowheader", { name: "11", exact: true }).count()).toBe(1);
  expect(await cell(page, "A11").getAttribute("rowspan")).toBe("35"); // A11:A45
  expect(await page.getByRole("tab", { name: "Lampiran I" }).getAttribute("aria-selected")).toBe("true");
  await shot(page, "02-example-overview");

  await paneTab(page, "Validasi");
  await page.getByRole("button", { name: "Validasi Rencana" }).click();
  await page.locator("[data-finding]").first().waitFor();
  await showAllFindings(page);
  const findings = page.locator("[data-finding]");
  // The second block is also "Sasaran 1"; a garbled quarter cell "21,25 5%".
  const sasaran = findings.filter({ hasText: "Lampiran I, sel A46" }).filter({ hasText: "seharusnya \"Sasaran 2\"" });
  const garbled = findings.filter({ hasText: "Lampiran I, sel J13" }).filter({ hasText: "21,25 5%" });
  expect(await sasaran.count()).toBe(1);
  expect(await garbled.count()).toBe(1);
  expect(await sasaran.getAttribute("data-finding")).toMatch(/^numbering\./);
  expect(await garbled.getAttribute("data-finding")).toMatch(/^percent\./);

  await garbled.click();
  await page.waitForFunction(() => document.querySelector("td[data-selected]")?.getAttribute("data-cell") === "J13");
  expect(await page.locator("td[data-selected]").count()).toBe(1);
  expect(await inGridView(page, "J13")).toBe(true);
  expect(await page.locator("thead th[data-active]").innerText()).toBe("J");
  expect(await page.locator("tbody th[data-active]").innerText()).toBe("13");
  await shot(page, "03-validate-finding-selected");

  await sasaran.click();
  await page.waitForFunction(() => document.querySelector("td[data-selected]")?.getAttribute("data-cell") === "A46");
  expect(await inGridView(page, "A46")).toBe(true);
  expect(await cell(page, "J13").getAttribute("data-selected")).toBeNull();
});

test("marks colour the cells of the findings; clearing gives the cells their colour back", async () => {
  const { page } = await suite.open();
  await openExample(page);
  const before = await background(page, "J13");
  await paneTab(page, "Validasi");
  await page.getByRole("button", { name: "Validasi Rencana" }).click();
  await page.getByRole("button", { name: "Tandai sel" }).click();
  await page.waitForFunction(
    ([a1, color]) => getComputedStyle(document.querySelector(`td[data-cell="${a1}"]`) as Element).backgroundColor === color,
    ["J13", MARK_ERROR],
  );
  expect(await background(page, "G11")).toBe(MARK_ERROR);
  await cell(page, "D20").scrollIntoViewIfNeeded();
  await shot(page, "04-validate-marked");
  await page.getByRole("button", { name: "Hapus tanda" }).click();
  await page.waitForFunction(
    ([a1, color]) => getComputedStyle(document.querySelector(`td[data-cell="${a1}"]`) as Element).backgroundColor === color,
    ["J13", before],
  );
  expect(await background(page, "G11")).toBe(before);
});

test("Unduh saves the changed workbook as <name>-renaksi.xlsx", async () => {
  const { page } = await suite.open();
  await openExample(page);
  await paneTab(page, "Validasi");
  await page.getByRole("button", { name: "Validasi Rencana" }).click();
  await page.getByRole("button", { name: "Tandai sel" }).click();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('td[data-cell="J13"]') as Element).backgroundColor === "rgb(255, 199, 206)");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh" }).click()]);
  expect(download.suggestedFilename()).toBe("rencana-aksi-dinkop-nganjuk-2022-renaksi.xlsx");
  const file = await download.path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  const ws = book.getWorksheet("Lampiran I");
  expect(String(ws?.getCell("A11").value)).toMatch(/^Sasaran 1 Meningkatnya kepuasan/);
  const fill = ws?.getCell("J13").fill;
  expect(fill?.type === "pattern" ? fill.fgColor?.argb : undefined).toBe("FFFFC7CE");
  await page.getByText("Buku kerja diunduh sebagai rencana-aksi-dinkop-nganjuk-2022-renaksi.xlsx.").waitFor();
});
