/** The language switch of the task pane changes the whole page: pane, toolbar, grid labels, <html lang>. */
import { previewSuite, shot } from "./support/browser";
import { openExample, paneTab } from "./support/page";

const suite = previewSuite();

test("switching to English relabels the pane and the page; switching back restores Indonesian", async () => {
  const { page } = await suite.open();
  await openExample(page);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("id");
  await page.getByRole("combobox", { name: "Bahasa antarmuka" }).selectOption("en");
  await page.getByRole("button", { name: "Download" }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  expect(await page.title()).toBe("Renaksi: browser preview");
  for (const name of ["Plan", "Validate", "Fill quarters", "Template", "Decree"]) {
    expect(await page.getByRole("tab", { name, exact: true }).count()).toBe(1);
  }
  expect(await page.getByRole("button", { name: "Open the example" }).count()).toBe(1);
  expect(await page.getByRole("region", { name: 'Contents of sheet "Lampiran I"' }).count()).toBe(1);
  expect(await page.getByRole("tablist", { name: "Worksheets" }).count()).toBe(1);
  await paneTab(page, "Validate");
  await page.getByRole("button", { name: "Validate plan" }).click();
  await page.getByText(/^\d+ of \d+ findings shown\.$/).waitFor();
  await shot(page, "14-english");

  await page.getByRole("combobox", { name: "Interface language" }).selectOption("id");
  await page.getByRole("button", { name: "Unduh" }).waitFor();
  expect(await page.getByRole("tab", { name: "Validasi", exact: true }).count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("id");
});

test("the page starts in English when the browser's language is English", async () => {
  const { page } = await suite.open({ locale: "en-US" });
  expect(await page.getByRole("button", { name: "Open an .xlsx file" }).count()).toBe(1);
  expect(await page.getByRole("tab", { name: "Plan", exact: true }).count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
});
