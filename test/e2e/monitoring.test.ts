/**
 * Pemantauan in the preview, on the bundled example: prepare the monitoring sheet (the grid shows
 * it, the plan sheet stays as it was), compute TW I and add the report sheet, undo the monitoring
 * sheet. The preview's grid is read-only and computes no formula: typing realisasi and seeing the
 * capaian is tested on the .xlsx (LibreOffice recomputation) and in the task pane tests.
 */
import { previewSuite, shot } from "./support/browser";
import { cell, openExample, paneTab } from "./support/page";

const suite = previewSuite();

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
