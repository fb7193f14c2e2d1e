/**
 * The task pane at Excel's default width (320-350 px): every section tab shows its whole label
 * inside the pane, with nothing to scroll to, and opens its view. The preview page stacks the
 * pane under the sheet below 900 px, so a 320 px window gives a 320 px pane.
 */
import type { Page } from "playwright-core";
import { previewSuite, shot } from "./support/browser";
import { openExample } from "./support/page";

const suite = previewSuite();

interface TabBox {
  name: string;
  left: number;
  right: number;
  /** The label is cut (its text wider than the room it has). */
  clipped: boolean;
}

/** The pane's section tabs: where each stands, and whether its label is cut. */
function tabBoxes(page: Page): Promise<{ list: { left: number; right: number; scrolls: boolean }; tabs: TabBox[] }> {
  return page.locator("main [role=tablist]").first().evaluate((list) => {
    const box = list.getBoundingClientRect();
    const tabs = [...list.querySelectorAll<HTMLElement>("[role=tab]")].map((tab) => {
      const r = tab.getBoundingClientRect();
      // Fluent keeps a hidden bold copy of each label (the room a selected tab needs): only what shows counts.
      const shown = [tab, ...tab.querySelectorAll<HTMLElement>("*")].filter((el) => getComputedStyle(el).visibility === "visible");
      const clipped = shown.some((el) => el.scrollWidth > el.clientWidth + 1);
      return { name: tab.innerText.trim(), left: r.left, right: r.right, clipped };
    });
    return { list: { left: box.left, right: box.right, scrolls: list.scrollWidth > list.clientWidth + 1 }, tabs };
  });
}

const NAMES = {
  "id-ID": ["Rencana", "Validasi", "Isi Triwulan", "Templat", "Keputusan", "Pemantauan"],
  "en-US": ["Plan", "Validate", "Fill quarters", "Template", "Decree", "Monitoring"],
} as const;

for (const width of [320, 350]) {
  for (const locale of ["id-ID", "en-US"] as const) {
    test(`at ${width} px (${locale}) every section tab is whole, inside the pane, and opens its view`, async () => {
      const { page } = await suite.open({ width, height: 800, locale });
      if (locale === "id-ID") await openExample(page);
      const { list, tabs } = await tabBoxes(page);
      expect(tabs.map((t) => t.name)).toEqual(NAMES[locale]);
      expect(list.scrolls).toBe(false);
      expect(list.right).toBeLessThanOrEqual(width);
      for (const t of tabs) {
        expect({ tab: t.name, inside: t.left >= list.left && t.right <= list.right, clipped: t.clipped }).toEqual({
          tab: t.name, inside: true, clipped: false,
        });
      }
      await page.locator("main [role=tablist]").first().scrollIntoViewIfNeeded();
      await shot(page, `20-narrow-${width}-${locale}`);
      for (const name of NAMES[locale]) {
        const tab = page.getByRole("tab", { name, exact: true });
        await tab.click(); // fails when something covers the tab or it is out of reach
        expect(await tab.getAttribute("aria-selected")).toBe("true");
        const panel = page.locator(`#${await tab.getAttribute("aria-controls")}`);
        await panel.waitFor();
        expect(await panel.isVisible()).toBe(true);
      }
      await page.locator("main [role=tablist]").first().scrollIntoViewIfNeeded();
      await shot(page, `20-narrow-${width}-${locale}-last-tab`);
    });
  }
}
