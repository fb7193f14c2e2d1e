import { catalog } from "../../../src/core/i18n";
import { templateSheet } from "../../../src/core/template";

describe("template messages", () => {
  const keys = Object.keys(catalog).filter((k) => k.startsWith("template."));

  test("every template message has Indonesian and English text", () => {
    expect(keys.length).toBeGreaterThan(10);
    for (const k of keys) {
      const e = catalog[k as keyof typeof catalog] as { id: string; en: string };
      expect(e.id.trim()).not.toBe("");
      expect(e.en.trim()).not.toBe("");
    }
  });

  test("validation texts fit Excel's limits (title 32, text 255 characters)", () => {
    for (const v of templateSheet({ year: 2027 }).validations ?? []) {
      for (const m of [v.error, v.prompt!]) {
        expect(m.title.length).toBeGreaterThan(0);
        expect(m.title.length).toBeLessThanOrEqual(32);
        expect(m.text.length).toBeLessThanOrEqual(255);
      }
    }
  });
});
