/**
 * Accessibility: axe-core over every view of the page (the empty start, and
 * each task pane tab over the example), and the main actions by keyboard only.
 */
import type { Page } from "playwright-core";
import { previewSuite, shot } from "./support/browser";
import { axeViolations, type AxeViolation } from "./support/axe";
import { blankQuartersPlan, xlsxFile } from "./support/fixtures";
import { cell, openExample, paneTab } from "./support/page";

const suite = previewSuite();

function describe(vs: AxeViolation[]): string[] {
  return vs.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.targets.join(" | ")}`);
}

async function expectNoViolations(page: Page, view: string): Promise<void> {
  const found = describe(await axeViolations(page));
  expect({ view, violations: found }).toEqual({ view, violations: [] });
}

test("axe finds no violation in any view", async () => {
  const { page } = await suite.open();
  await expectNoViolations(page, "start (empty workbook)");
  await openExample(page);
  await expectNoViolations(page, "Rencana over the example");

  await paneTab(page, "Validasi");
  await page.getByRole("button", { name: "Validasi Rencana" }).click();
  await page.locator("[data-finding]").first().click();
  await page.locator("td[data-selected]").waitFor();
  await expectNoViolations(page, "Validasi with findings and a selected cell");
  await page.getByRole("button", { name: "Tandai sel" }).click();
  await page.getByText(/diberi warna/).waitFor();
  await expectNoViolations(page, "Validasi with marks");

  await paneTab(page, "Isi Triwulan");
  await page.getByRole("button", { name: "Pratinjau", exact: true }).click();
  await page.getByText(/akan diisi|Tidak ada sel/).first().waitFor();
  await expectNoViolations(page, "Isi Triwulan with a preview");

  await paneTab(page, "Templat");
  await expectNoViolations(page, "Templat");

  await paneTab(page, "Keputusan");
  await page.getByRole("button", { name: "Buat lembar Keputusan" }).waitFor();
  await expectNoViolations(page, "Keputusan form");

  await page.getByRole("combobox", { name: "Bahasa antarmuka" }).selectOption("en");
  await page.getByRole("button", { name: "Download" }).waitFor();
  await expectNoViolations(page, "Decree, in English");
});

test("axe finds no violation on a long sheet with the row pager", async () => {
  const { page } = await suite.open();
  const { largePlan } = await import("./support/fixtures");
  await page.getByTestId("file-input").setInputFiles(await xlsxFile("panjang.xlsx", largePlan(1200).book));
  await page.getByRole("navigation").first().waitFor();
  await expectNoViolations(page, "long sheet");
});

/** Press Tab until the focused element matches the selector (and holds the text), at most `max` times. */
async function tabTo(page: Page, selector: string, text = "", max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    const here = await page.evaluate(
      ([s, t]) => (document.activeElement?.matches(s) ?? false) && (document.activeElement?.textContent ?? "").includes(t),
      [selector, text],
    );
    if (here) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector} ${text}`);
}

test("keyboard only: open the example, go to Validasi, validate, select a finding, move in the grid", async () => {
  const { page } = await suite.open();
  await tabTo(page, "button", "Buka contoh");
  await page.keyboard.press("Enter");
  await cell(page, "A11").filter({ hasText: "Sasaran 1" }).waitFor();

  // the pane's section tabs: one tab stop, arrows between tabs
  await tabTo(page, '[role="tab"]', "Rencana");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.locator("#renaksi-panel-validate:not([hidden])").waitFor();
  await tabTo(page, "button", "Validasi Rencana");
  await page.keyboard.press("Enter");
  await page.locator("[data-finding]").first().waitFor();
  await shot(page, "15-keyboard-validated");

  await tabTo(page, "[data-finding]");
  // The finding shows "Lampiran I, sel K12"; its reference ('Lampiran I'!K12) is in data-address.
  const target = await page.evaluate(() => document.activeElement?.getAttribute("data-address") ?? "");
  const a1 = /!([A-Z]+\d+)/.exec(target)?.[1];
  expect(a1).toBeDefined();
  await page.keyboard.press("Enter");
  await page.waitForFunction((want) => document.querySelector("td[data-selected]")?.getAttribute("data-cell") === want, a1);

  // the grid: focusable, the arrow keys move the selection
  await page.locator(".rx-grid-scroll").focus();
  const before = await page.locator("td[data-selected]").getAttribute("data-cell");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction((was) => document.querySelector("td[data-selected]")?.getAttribute("data-cell") !== was, before);
  const after = await page.locator("td[data-selected]").getAttribute("data-cell");
  expect(after).not.toBe(before);
  await page.getByText(/^Sel [A-Z]+\d+ dipilih/).waitFor({ state: "attached" });
});

test("keyboard only: the open button opens the file chooser, and a sheet tab is chosen with the arrows", async () => {
  const { page } = await suite.open();
  const chosen = page.waitForEvent("filechooser"); // listening first: the browser then reports the dialog
  await tabTo(page, "button", "Buka berkas .xlsx");
  await page.keyboard.press("Enter");
  const chooser = await chosen;
  const { book } = blankQuartersPlan();
  book.addWorksheet("Catatan").getCell("A1").value = "Lembar kedua";
  await chooser.setFiles(await xlsxFile("dua-lembar.xlsx", book));
  await cell(page, "A6").filter({ hasText: "Pelayanan Administrasi Kependudukan" }).waitFor();
  await tabTo(page, '[aria-label="Lembar kerja"] [role="tab"][aria-selected="true"]');
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await cell(page, "A1").filter({ hasText: "Lembar kedua" }).waitFor();

  const downloaded = page.waitForEvent("download");
  await tabTo(page, "button", "Unduh");
  await page.keyboard.press("Enter");
  expect((await downloaded).suggestedFilename()).toBe("dua-lembar-renaksi.xlsx");
});
