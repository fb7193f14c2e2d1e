/**
 * Pemantauan in the preview, on the bundled example: prepare the monitoring sheet (the grid shows
 * it, the plan sheet stays as it was), compute TW I and add the report sheet, undo the monitoring
 * sheet; and issue #21's walk through: type a realisasi for TW I into the grid, see its capaian
 * (the engine's figure for the formula the page does not compute) and band, make the report.
 */
import { previewSuite, shot } from "./support/browser";
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { background, cell, openExample, paneTab } from "./support/page";

const suite = previewSuite();

/** axe's findings on the page (the sheet's own grey "Sel Rencana" column, 666666, passes AA). */
async function violations(page: Page): Promise<string[]> {
  return (await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(" | ")}`);
}

test("prepare monitoring on the example, add the report sheet, undo", async () => {
  const { page } = await suite.open();
  await openExample(page);
  await paneTab(page, "Pemantauan");
  await page.getByRole("button", { name: "Siapkan Pemantauan" }).click();
  await page.getByText(/Lembar pemantauan 'Pemantauan 2022' dibuat: 46 indikator/).waitFor();
  await page.getByRole("tab", { name: "Pemantauan 2022" }).waitFor();
  await cell(page, "A1").filter({ hasText: "PEMANTAUAN CAPAIAN KINERJA TAHUN 2022" }).waitFor();
  await cell(page, "P12").filter({ hasText: "Capaian Triwulan (%)" }).waitFor();
  await shot(page, "20-monitoring-prepared");

  await page.getByRole("button", { name: "Hitung Capaian" }).click();
  await page.getByText("Seluruh Perangkat Daerah: 46 indikator, 0 tercapai, 0 sebagian, 0 belum tercapai, 46 belum ada data").waitFor();
  await page.getByRole("button", { name: "Buat Lembar Laporan" }).click();
  await page.getByRole("tab", { name: "Capaian TW 1" }).waitFor();
  await cell(page, "A1").filter({ hasText: "LAPORAN CAPAIAN KINERJA TRIWULAN I TAHUN 2022" }).waitFor();
  await shot(page, "21-monitoring-report");

  await page.getByRole("button", { name: "Batalkan Pemantauan" }).click();
  await page.getByText("Lembar pemantauan 'Pemantauan 2022' dihapus; rencana tidak berubah.").waitFor();
  expect(await page.getByRole("tab", { name: "Pemantauan 2022" }).count()).toBe(0);
  expect(await page.getByRole("tab", { name: "Lampiran I" }).count()).toBe(1);
});

test("type a realisasi for TW I into the grid, see its capaian and band, make the report sheet", async () => {
  const { page } = await suite.open();
  await openExample(page);
  await paneTab(page, "Pemantauan");
  await page.getByRole("button", { name: "Siapkan Pemantauan" }).click();
  await page.getByRole("tab", { name: "Pemantauan 2022" }).waitFor();
  // row 22: "Jumlah pengelolaan dan penyimpanan barang milik daerah", target TW I 21.25 % (shown the Indonesian way: the page is in Indonesian)
  await cell(page, "H22").filter({ hasText: "21,25%" }).waitFor();
  expect(await cell(page, "P22").innerText()).toBe("");

  // keyboard: select the realisasi cell of TW I, Enter opens the input, Enter keeps what was typed (Indonesian)
  await cell(page, "L22").click();
  await page.locator(".rx-grid-scroll").press("Enter");
  const input = page.getByRole("textbox", { name: "Isi sel L22" });
  expect(await violations(page)).toEqual([]); // the open input is labelled, as everything else
  await input.fill("21,25%");
  await input.press("Enter");
  await cell(page, "L22").filter({ hasText: "21,25%" }).waitFor();
  await cell(page, "P22").filter({ hasText: "100,00%" }).waitFor();
  expect(await background(page, "P22")).toBe("rgb(198, 239, 206)"); // achieved: green
  expect(await cell(page, "T22").innerText()).toBe("100,00%");

  // the mouse: a double-click opens the input; English decimals; Escape cancels
  await cell(page, "L23").dblclick();
  await page.getByRole("textbox", { name: "Isi sel L23" }).fill("0.2");
  await page.getByRole("textbox", { name: "Isi sel L23" }).press("Escape");
  expect(await cell(page, "L23").innerText()).toBe("");
  await cell(page, "L23").dblclick();
  await page.getByRole("textbox", { name: "Isi sel L23" }).fill("0.2");
  await page.getByRole("textbox", { name: "Isi sel L23" }).press("Enter");
  await cell(page, "P23").filter({ hasText: "94,12%" }).waitFor(); // 0.2 of 0.2125
  expect(await background(page, "P23")).toBe("rgb(255, 242, 204)"); // near: light yellow
  // a capaian cell holds a formula: not typed over
  await cell(page, "P23").dblclick();
  await page.getByRole("alert").filter({ hasText: "Sel P23 berisi rumus" }).waitFor();
  expect(await page.getByRole("textbox", { name: "Isi sel P23" }).count()).toBe(0);
  expect(await violations(page)).toEqual([]);
  // just typing on a selected cell opens the input with that key; a plain number in a percent cell is a percentage, as in Excel
  await cell(page, "L24").click();
  await page.locator(".rx-grid-scroll").press("2");
  await page.getByRole("textbox", { name: "Isi sel L24" }).press("0");
  await page.getByRole("textbox", { name: "Isi sel L24" }).press("Enter");
  await cell(page, "P24").filter({ hasText: "94,12%" }).waitFor(); // 20 % of 21.25 %
  await shot(page, "22-monitoring-typed");

  await page.getByRole("button", { name: "Hitung Capaian" }).click();
  await page.getByText("Seluruh Perangkat Daerah: 46 indikator, 1 tercapai, 2 sebagian, 0 belum tercapai, 43 belum ada data").waitFor();
  await page.getByRole("button", { name: "Buat Lembar Laporan" }).click();
  await page.getByRole("tab", { name: "Capaian TW 1" }).waitFor();
  await cell(page, "A1").filter({ hasText: "LAPORAN CAPAIAN KINERJA TRIWULAN I TAHUN 2022" }).waitFor();
  const row = page.locator("tr", { hasText: "Jumlah pengelolaan dan penyimpanan barang milik daerah" });
  const texts = (await row.locator("td").allInnerTexts()).map((x) => x.trim()).filter(Boolean);
  expect(texts.slice(-4)).toEqual(["21,25%", "100,00%", "100,00%", "Tercapai"]); // realisasi, capaian, to date, band
  await shot(page, "23-monitoring-typed-report");
});
