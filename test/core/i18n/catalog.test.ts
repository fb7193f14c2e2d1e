import * as fs from "fs";
import * as path from "path";
import { catalog, msg, t, langFromLocale } from "../../../src/core/i18n";

const dir = path.resolve(__dirname, "../../../src/core/i18n/catalog");
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogs", () => {
  const entries = Object.entries(catalog) as [string, { id: string; en: string }][];

  it("every message exists in Indonesian and English with the same placeholders", () => {
    expect(entries.length).toBeGreaterThan(300);
    for (const [key, e] of entries) {
      expect([key, e.id.trim() !== "", e.en.trim() !== ""]).toEqual([key, true, true]);
      expect([key, placeholders(e.id)]).toEqual([key, placeholders(e.en)]);
    }
  });

  it("no key is defined twice across the catalog files (a later file would silently win)", () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const f of fs.readdirSync(dir)) {
      for (const m of fs.readFileSync(path.join(dir, f), "utf8").matchAll(/^\s+"([a-z][\w.]*)":\s*\{/gm)) {
        if (seen.has(m[1])) dupes.push(`${m[1]} in ${seen.get(m[1])} and ${f}`);
        seen.set(m[1], f);
      }
    }
    expect(dupes).toEqual([]);
    expect(seen.size).toBe(entries.length);
  });

  it("fills placeholders per language, numbers written the language's way", () => {
    const m = msg("cli.fileSummary", { errors: 1250, warnings: 2, infos: 0 });
    expect(m.id).toBe("1.250 galat, 2 peringatan, 0 info");
    expect(m.en).toBe("1,250 errors, 2 warnings, 0 info");
    expect(t("cli.severity.error", "en")).toBe("error");
    expect(langFromLocale("en-US")).toBe("en");
    expect(langFromLocale("id-ID")).toBe("id");
    expect(langFromLocale(undefined)).toBe("id");
  });
});
