/**
 * The user guide: the pane's "Panduan" link opens docs/PANDUAN.md as built beside the pane
 * (dist/panduan.html) in a new tab, with its screenshots, from the same host and nothing else; the
 * built manifest's LearnMoreUrl and SupportUrl name that page; the link stays in reach at 320 px.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { SHOTS, isLocal, previewSuite, shot } from "./support/browser";
import { DIST } from "./support/build";
import { openExample } from "./support/page";
import { axeViolations } from "./support/axe";

const suite = previewSuite();

/** Click the guide link; the guide's tab once its images are in. */
async function openGuide(page: Page, name: string): Promise<{ guide: Page; problems: string[] }> {
  const [guide] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name, exact: true }).click()]);
  const problems: string[] = [];
  guide.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  guide.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  await guide.waitForLoadState("load");
  return { guide, problems };
}

test("Panduan opens the Indonesian guide with its screenshots in a new tab, from the add-in's own host", async () => {
  const { page, origin, requests } = await suite.open();
  await openExample(page);
  const link = page.getByRole("link", { name: "Panduan", exact: true });
  expect(await link.getAttribute("target")).toBe("_blank");
  expect(await link.getAttribute("rel")).toBe("noopener");
  const { guide, problems } = await openGuide(page, "Panduan");
  expect(guide.url()).toBe(`${origin}/panduan.html`);
  expect(await guide.title()).toBe("Panduan Renaksi");
  expect(await guide.locator("html").getAttribute("lang")).toBe("id");
  await guide.getByRole("heading", { level: 1, name: "Panduan Renaksi" }).waitFor();
  for (const h of ["3. Memeriksa rencana (Validasi)", "6. Isi Triwulan dan membatalkannya", "9. Pemantauan: realisasi dan capaian", "10. Untuk pemeriksa: perintah renaksi"]) {
    expect(await guide.getByRole("heading", { level: 2, name: h }).count()).toBe(1);
  }
  // every screenshot is served and drawn (a missing one has no natural width); they load as they come into view
  const images = await guide.locator("img").all();
  expect(images.length).toBeGreaterThanOrEqual(6);
  for (const img of images) {
    await img.scrollIntoViewIfNeeded();
    const seen = await img.evaluate(
      (el: HTMLImageElement) =>
        new Promise<{ src: string | null; drawn: boolean }>((resolve) => {
          const done = () => resolve({ src: el.getAttribute("src"), drawn: el.naturalWidth > 0 });
          if (el.complete) done();
          else {
            el.addEventListener("load", done, { once: true });
            el.addEventListener("error", done, { once: true });
          }
        }),
    );
    expect(seen).toEqual({ src: seen.src, drawn: true });
  }
  expect(await axeViolations(guide)).toEqual([]);
  // the table of contents leads to its section
  await guide.getByRole("link", { name: "Menandai sel" }).click();
  expect(guide.url()).toBe(`${origin}/panduan.html#5-menandai-sel`);
  await guide.screenshot({ path: path.join(SHOTS, "21-guide.png") });
  expect(problems).toEqual([]);
  expect(requests.filter((u) => u.includes("panduan.html")).length).toBeGreaterThan(0);
  expect(requests.filter((u) => !isLocal(u, origin))).toEqual([]);
});

test("in English the link says the guide is in Indonesian, and it opens the same page", async () => {
  const { page, origin } = await suite.open({ locale: "en-US" });
  const { guide, problems } = await openGuide(page, "Guide (Indonesian)");
  expect(guide.url()).toBe(`${origin}/panduan.html`);
  expect(problems).toEqual([]);
});

test("at Excel's narrowest pane (320 px) the guide link is whole and inside the pane", async () => {
  const { page } = await suite.open({ width: 320, height: 800 });
  const link = page.getByRole("link", { name: "Panduan", exact: true });
  const box = await link.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  expect(await link.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await shot(page, "21-guide-link-320");
  await link.click({ trial: true }); // nothing covers it
});

test("the built manifest's LearnMoreUrl and SupportUrl name the guide page that the build ships", () => {
  const xml = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
  const guideUrl = /<bt:Url id="Guide\.Url" DefaultValue="([^"]+)"/.exec(xml)?.[1];
  expect(guideUrl).toMatch(/\/panduan\.html$/);
  expect(xml).toContain('<LearnMoreUrl resid="Guide.Url"/>');
  expect(xml).toContain(`<SupportUrl DefaultValue="${guideUrl}"/>`);
  // the page sits beside the task pane, wherever the build's base URL puts both
  const pane = /<bt:Url id="Taskpane\.Url" DefaultValue="([^"]+)"/.exec(xml)?.[1];
  expect(new URL("panduan.html", pane).href).toBe(guideUrl);
  expect(fs.existsSync(path.join(DIST, "panduan.html"))).toBe(true);
});
