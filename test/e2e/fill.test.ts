/**
 * Isi Triwulan in the preview: a plan whose indicator rows have blank quarter
 * cells, opened through the file input; fill writes them (the grid shows the
 * values), undo gives the blank cells back.
 */
import { previewSuite, shot } from "./support/browser";
import { blankQuartersPlan, xlsxFile } from "./support/fixtures";
import { cell, openFile, paneTab, rowTexts } from "./support/page";

const suite = previewSuite();
const QUARTER_COLS = ["D", "E", "F", "G", "H", "I", "J", "K"];

test("fill writes the blank quarter cells and undo restores them", async () => {
  const { page } = await suite.open();
  const { book, blankRows } = blankQuartersPlan();
  await openFile(page, await xlsxFile("rencana-kecamatan.xlsx", book));
  await cell(page, "A6").filter({ hasText: "Pelayanan Administrasi Kependudukan" }).waitFor();
  expect(await page.getByTestId("file-name").innerText()).toBe("rencana-kecamatan.xlsx");
  for (const row of blankRows) expect(await rowTexts(page, row, QUARTER_COLS)).toEqual(new Array(8).fill(""));
  // the first indicator row as the table has it: cumulative percent
  expect(await rowTexts(page, 6, QUARTER_COLS)).toEqual(["25%", "50%", "75%", "100%", "25%", "50%", "75%", "100%"]);

  await paneTab(page, "Isi Triwulan");
  await page.getByRole("button", { name: "Pratinjau", exact: true }).click();
  await page.getByText(/sel pada \d+ baris akan diisi/).waitFor();
  await shot(page, "05-fill-preview");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await page.waitForFunction(() => (document.querySelector('td[data-cell="G7"]')?.textContent ?? "") !== "");
  for (const row of blankRows) {
    const texts = await rowTexts(page, row, QUARTER_COLS);
    expect(texts.every((s) => /^\d+%$/.test(s))).toBe(true);
    expect(texts[3]).toBe("100%"); // cumulative, like the table's first row
    expect(texts[7]).toBe("100%");
  }
  await shot(page, "06-fill-applied");

  await page.getByRole("button", { name: "Batalkan pengisian" }).click();
  await page.waitForFunction(() => (document.querySelector('td[data-cell="G7"]')?.textContent ?? "x") === "");
  for (const row of blankRows) expect(await rowTexts(page, row, QUARTER_COLS)).toEqual(new Array(8).fill(""));
  expect(await rowTexts(page, 6, QUARTER_COLS)).toEqual(["25%", "50%", "75%", "100%", "25%", "50%", "75%", "100%"]);
  await shot(page, "07-fill-undone");
});
