/** New sheets from the task pane appear as tabs of the preview's grid: a template, and the decree (Keputusan). */
import { previewSuite, shot } from "./support/browser";
import { openExample, paneTab } from "./support/page";

const suite = previewSuite();

test("insert template adds a sheet tab and shows the new sheet", async () => {
  const { page } = await suite.open();
  await openExample(page);
  const tabs = page.getByRole("tablist", { name: "Lembar kerja" }).getByRole("tab");
  expect(await tabs.allInnerTexts()).toEqual(["Lampiran I"]);
  await paneTab(page, "Templat");
  await page.getByRole("button", { name: "Sisipkan Templat" }).click();
  await page.getByText(/Lembar ".+" disisipkan dan diaktifkan\./).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Lembar kerja"] [role="tab"]').length === 2);
  const names = await tabs.allInnerTexts();
  expect(names[0]).toBe("Lampiran I");
  const added = names[1];
  expect(added).toMatch(/2023/); // the plan's year + 1
  expect(await tabs.nth(1).getAttribute("aria-selected")).toBe("true");
  await page.getByRole("region", { name: `Isi lembar "${added}"` }).waitFor();
  await page.locator("td[data-cell]").filter({ hasText: /RENCANA AKSI/ }).first().waitFor();
  await shot(page, "08-template-inserted");

  // the tabs switch the grid back
  await tabs.nth(0).click();
  await page.getByRole("region", { name: 'Isi lembar "Lampiran I"' }).waitFor();
});

test("create decree adds a Keputusan sheet whose grid shows the title block", async () => {
  const { page } = await suite.open();
  await openExample(page);
  await paneTab(page, "Keputusan");
  const create = page.getByRole("button", { name: "Buat lembar Keputusan" });
  await create.waitFor();
  // the example's annex heading gives the number and date (typed again here: same values); the signer it cannot
  await page.getByLabel("Nomor keputusan", { exact: true }).fill("188 / 001.1 / K / 411.310 / 2022");
  await page.getByLabel("Tanggal penetapan", { exact: true }).fill("2022-01-12");
  await page.getByLabel("Nama penandatangan", { exact: true }).fill("Drs. SUKARDI, M.Si.");
  await page.getByLabel("NIP penandatangan", { exact: true }).fill("196310151989031016");
  await shot(page, "09-decree-form");
  await create.click();
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('[aria-label="Lembar kerja"] [role="tab"]')).some(
      (t) => /Keputusan/.test(t.textContent ?? "") && t.getAttribute("aria-selected") === "true",
    ),
  );
  const texts = await page.locator("td[data-cell]").allInnerTexts();
  const lines = texts.map((s) => s.trim()).filter(Boolean);
  expect(lines.some((s) => /^KEPUTUSAN\b/.test(s))).toBe(true);
  expect(lines.some((s) => /^NOMOR\b/.test(s))).toBe(true);
  expect(lines).toContain("TENTANG");
  await shot(page, "10-decree-sheet");
  await page.locator(".rx-grid-scroll").evaluate((el) => el.scrollTo(0, el.scrollHeight));
  expect(lines.some((s) => /^NIP\.? ?196310151989031016$/.test(s) || s.includes("196310151989031016"))).toBe(true);
  await shot(page, "10b-decree-signature");
});
