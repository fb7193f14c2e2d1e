/** Small steps on the preview page, shared by the end-to-end tests. */
import type { Locator, Page } from "playwright-core";
import type { FileFixture } from "./fixtures";

/** The grid cell (or merged area) whose top-left cell is `a1`. */
export function cell(page: Page, a1: string): Locator {
  return page.locator(`td[data-cell="${a1}"]`);
}

/** Open the bundled example and wait until its table is drawn. */
export async function openExample(page: Page, label = "Buka contoh"): Promise<void> {
  await page.getByRole("button", { name: label }).click();
  await cell(page, "A11").filter({ hasText: "Sasaran 1" }).waitFor();
}

/** Open a file through the page's file input, as the "open" button's dialog would. */
export async function openFile(page: Page, file: FileFixture): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(file);
}

/** The task pane's section tab ("Rencana", "Validasi", ...). */
export async function paneTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.locator(`[role="tabpanel"]:not([hidden])`).first().waitFor();
}

/** Press every "show all" of the findings list, so that every finding is a button on the page. */
export async function showAllFindings(page: Page, label = /^Tampilkan semua/): Promise<void> {
  const more = page.getByRole("button", { name: label });
  while ((await more.count()) > 0) await more.first().click();
}

/** The CSS background colour of a grid cell ("rgb(r, g, b)"). */
export async function background(page: Page, a1: string): Promise<string> {
  return cell(page, a1).evaluate((el) => getComputedStyle(el).backgroundColor);
}

/** True when the element is inside the visible part of the grid's scroll area. */
export async function inGridView(page: Page, a1: string): Promise<boolean> {
  return cell(page, a1).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const area = (el.closest(".rx-grid-scroll") as HTMLElement).getBoundingClientRect();
    return box.bottom > area.top && box.top < area.bottom && box.right > area.left && box.left < area.right;
  });
}

/** Text of the grid cells of one row, from column `from` to `to` (A1 letters). */
export async function rowTexts(page: Page, row: number, cols: string[]): Promise<string[]> {
  return Promise.all(cols.map((c) => cell(page, `${c}${row}`).innerText().then((s) => s.trim())));
}
