#!/usr/bin/env node
"use strict";
/* global window, document, getComputedStyle -- in the functions the page runs (page.evaluate) */
/**
 * The screenshots of the user guide (docs/PANDUAN.md): the browser preview of the production build
 * (dist/, `npm run build` first) in headless Chromium, walked through the guide's steps on the
 * bundled example, each step cropped to the pane or the sheet and written to docs/img/<name>.png.
 * ImageMagick's `convert`, when installed, reduces each to 128 colours (a screenshot of text stays
 * sharp and the file small). The end-to-end tests drive the same page (test/e2e/support).
 *
 *   npm run build && node scripts/guide-screenshots.js      (CHROMIUM=/path overrides /usr/bin/chromium)
 */
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { chromium } = require("playwright-core");
const { startServer } = require("./serve-preview");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "docs", "img");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const MAX_BYTES = 100 * 1024;

const cell = (page, a1) => page.locator(`td[data-cell="${a1}"]`);
const pane = (page) => page.locator(".rx-pane");
const sheet = (page) => page.locator(".rx-sheet-area");

async function paneTab(page, name) {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.locator('[role="tabpanel"]:not([hidden])').first().waitFor();
}

/** Screenshot of one element (or of the page within clip), made small, into docs/img. */
async function save(page, name, target, clip) {
  const file = path.join(OUT, `${name}.png`);
  if (target) await target.screenshot({ path: file });
  else await page.screenshot({ path: file, clip });
  if (spawnSync("convert", ["-version"]).status === 0) {
    spawnSync("convert", [file, "-strip", "-colors", "128", `PNG8:${file}`]);
  }
  const bytes = fs.statSync(file).size;
  console.log(`${path.relative(ROOT, file)}  ${Math.round(bytes / 1024)} KB${bytes > MAX_BYTES ? "  (over 100 KB: crop it)" : ""}`);
}

/** The top of the pane, `height` px of it (scrolled to its top; the viewport is tall). */
async function paneTop(page, height = 740) {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    for (const el of document.querySelectorAll(".rx-pane, .rx-pane *")) if (el.scrollTop > 0) el.scrollTop = 0;
  });
  const box = await pane(page).boundingBox();
  return { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, height) };
}

/** The pane from a little above `from` (a button, a message) down, `height` px. */
async function paneFrom(page, from, height) {
  const box = await pane(page).boundingBox();
  const at = await from.boundingBox();
  return { x: box.x, y: at.y - 12, width: box.width, height };
}

/** The sheet from its top (the column letters), scrolled to A1 first unless keepScroll. */
async function sheetTop(page, height, keepScroll = false) {
  if (!keepScroll) await page.locator(".rx-grid-scroll").evaluate((el) => el.scrollTo(0, 0));
  const box = await sheet(page).boundingBox();
  return { x: box.x, y: box.y, width: Math.min(box.width, 860), height: Math.min(box.height, height) };
}

/** The sheet around one cell: the columns left of it, from the column letters down. */
async function sheetAround(page, a1, height = 460) {
  const area = await sheet(page).boundingBox();
  const at = await cell(page, a1).boundingBox();
  const right = Math.min(area.x + area.width, at.x + at.width + 70);
  const x = Math.max(area.x, right - 900);
  return { x, y: area.y, width: right - x, height };
}

async function waitForBackground(page, a1, colour) {
  await page.waitForFunction(
    ([a, c]) => getComputedStyle(document.querySelector(`td[data-cell="${a}"]`)).backgroundColor === c,
    [a1, colour],
  );
}

async function fillIfPresent(page, label, value) {
  const input = page.getByLabel(label, { exact: true });
  if ((await input.count()) > 0) await input.fill(value);
}

async function walk(page) {
  await page.getByRole("button", { name: "Buka contoh" }).click();
  await cell(page, "A11").filter({ hasText: "Sasaran 1" }).waitFor();
  await save(page, "01-rencana", null, await paneTop(page));
  await save(page, "00-tautan-panduan", page.locator(".rx-pane header").first());

  // Periksa: the findings, then one finding's cell
  await paneTab(page, "Validasi");
  await page.getByRole("button", { name: "Validasi Rencana" }).click();
  await page.locator("[data-finding]").first().waitFor();
  await save(page, "02-validasi", null, await paneTop(page));
  const more = page.getByRole("button", { name: /^Tampilkan semua/ });
  while ((await more.count()) > 0) await more.first().click();
  const garbled = page.locator("[data-finding]").filter({ hasText: "Lampiran I, sel J13" }).first();
  await garbled.click();
  await page.waitForFunction(() => document.querySelector("td[data-selected]")?.getAttribute("data-cell") === "J13");
  await save(page, "03-temuan-ke-sel", null, await sheetAround(page, "J13"));

  // Tandai sel
  await page.getByRole("button", { name: "Tandai sel" }).click();
  await waitForBackground(page, "J13", "rgb(255, 199, 206)");
  await save(page, "04-tandai", null, await sheetAround(page, "J13"));
  await page.getByRole("button", { name: "Hapus tanda" }).click();

  // Isi triwulan: preview, apply, undo
  await paneTab(page, "Isi Triwulan");
  await page.getByRole("button", { name: "Pratinjau", exact: true }).click();
  await page.getByText(/sel pada \d+ baris akan diisi/).waitFor();
  const previewButton = page.getByRole("button", { name: "Pratinjau", exact: true });
  await save(page, "05-isi-pratinjau", null, await paneFrom(page, previewButton, 440));
  await page.getByRole("button", { name: "Terapkan" }).click();
  await page.getByRole("button", { name: "Batalkan pengisian" }).waitFor();
  await save(page, "06-isi-diterapkan", null, await paneFrom(page, previewButton, 170));
  await page.getByRole("button", { name: "Batalkan pengisian" }).click();

  // Sisipkan templat
  await paneTab(page, "Templat");
  await save(page, "07-templat-panel", null, await paneTop(page, 580));
  await page.getByRole("button", { name: "Sisipkan Templat" }).click();
  await page.getByText(/Lembar ".+" disisipkan dan diaktifkan\./).waitFor();
  await page.locator("td[data-cell]").filter({ hasText: /RENCANA AKSI/ }).first().waitFor();
  await save(page, "08-templat-lembar", null, await sheetTop(page, 360));
  await page.getByRole("tablist", { name: "Lembar kerja" }).getByRole("tab").first().click();

  // Keputusan: what the plan cannot supply, then the sheet
  await paneTab(page, "Keputusan");
  const create = page.getByRole("button", { name: "Buat lembar Keputusan" });
  await create.waitFor();
  await fillIfPresent(page, "Nomor keputusan", "188 / 001.1 / K / 411.310 / 2022");
  await fillIfPresent(page, "Tanggal penetapan (TTTT-BB-HH)", "2022-01-12");
  await fillIfPresent(page, "Nama penandatangan", "Drs. SUKARDI, M.Si.");
  await fillIfPresent(page, "NIP penandatangan", "196310151989031016");
  await save(page, "09-keputusan-panel", null, await paneTop(page));
  await create.click();
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('[aria-label="Lembar kerja"] [role="tab"]')).some(
      (t) => /Keputusan/.test(t.textContent || "") && t.getAttribute("aria-selected") === "true",
    ),
  );
  await page.locator("td[data-cell]").filter({ hasText: /^KEPUTUSAN/ }).first().waitFor();
  await save(page, "10-keputusan-lembar", null, await sheetTop(page, 520));
}

async function main() {
  if (!fs.existsSync(path.join(DIST, "preview.html"))) throw new Error("dist/preview.html is missing: run `npm run build` first");
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startServer({ root: DIST, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    // wide: the pane beside the sheet (the pane at about Excel's width); tall: a whole view in sight
    const context = await browser.newContext({ locale: "id-ID", viewport: { width: 1600, height: 1500 } });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${server.url}/preview.html`);
    await page.locator("main").first().waitFor();
    await walk(page);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
