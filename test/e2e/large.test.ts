/** A 10,000-row plan stays usable: the grid shows it a page at a time and a finding near the end is reached. */
import { previewSuite, shot } from "./support/browser";
import { largePlan, xlsxFile } from "./support/fixtures";
import { cell, inGridView, openFile, paneTab } from "./support/page";

const suite = previewSuite();
const ROWS = 10_000;

test(`a ${ROWS}-row plan opens, pages, validates and jumps to a finding on its last pages`, async () => {
  const { page } = await suite.open();
  const { book, garbled } = largePlan(ROWS, ROWS - 40);
  const file = await xlsxFile("rencana-besar.xlsx", book);

  const t0 = Date.now();
  await openFile(page, file);
  await cell(page, "A6").filter({ hasText: "Sub Kegiatan 1.1" }).waitFor({ timeout: 60_000 });
  const openMs = Date.now() - t0;
  // one page of rows in the DOM, not ten thousand
  expect(await page.locator("tbody tr").count()).toBe(500);
  const pager = page.getByRole("navigation");
  expect(await pager.innerText()).toMatch(/Baris 1-500 ditampilkan \(10\.004 baris\)/);
  await pager.getByRole("button", { name: "Baris berikutnya" }).click();
  await cell(page, "A501").waitFor();
  expect(await page.getByRole("rowheader", { name: "501", exact: true }).count()).toBe(1);

  const t1 = Date.now();
  await paneTab(page, "Validasi");
  await page.getByRole("button", { name: "Validasi Rencana" }).click();
  const finding = page.locator(`[data-finding][data-address$="!${garbled}"]`).filter({ hasText: "2 5%" });
  await finding.waitFor({ timeout: 90_000 });
  const validateMs = Date.now() - t1;
  await finding.click();
  await page.waitForFunction((a1) => document.querySelector("td[data-selected]")?.getAttribute("data-cell") === a1, garbled);
  expect(await inGridView(page, garbled as string)).toBe(true);
  expect(await pager.innerText()).toMatch(/Baris 9\.501-10\.000 ditampilkan/);
  await shot(page, "16-large-plan-finding");
  console.info(`[e2e] ${ROWS} rows: open and first page ${openMs} ms; validate ${validateMs} ms`);
  expect(openMs).toBeLessThan(30_000);
});
