import * as fc from "fast-check";
import * as numfmt from "numfmt";
import { format, isDateFormat } from "../../src/xlsx/numfmt";

/**
 * src/xlsx/numfmt.ts renders the formats plans nearly always carry without loading numfmt:
 * its text must be numfmt's, whatever the number.
 */
const PATTERNS = ["General", "0", "0.0", "0.00", "0.000000", "#,##0", "#,##0.00", "0%", "0.0%", "0.00%", "#,##0%"];
const LOCALES = ["en-US", "id"];

/** Numbers as plans hold them, and the awkward ones: ties, binary fractions, large, tiny, negative. */
const numbers = fc.oneof(
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
  fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 6 })).map(([n, d]) => n / 10 ** d),
  fc.tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 0, max: 6 })).map(([n, d]) => (n + 0.5) / 10 ** d),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e16, max: 1e16 }),
  fc.double({ noNaN: true, min: -1, max: 1 }),
  // 8 to 16 characters as JavaScript writes them: around the width General rounds at.
  fc.tuple(fc.double({ noNaN: true, min: -1e10, max: 1e10 }), fc.integer({ min: 0, max: 12 })).map(([x, d]) => Number(x.toFixed(d))),
  fc.constantFrom(0, -0, 0.5, -0.5, 0.005, 0.285, 1.005, 0.2125, 1e-4, 9.99999e-5, 9_999_999_999, 1e10, 1e15, 0.1 + 0.2, 1 / 3, 2 / 3),
  // Near a tie at the 15th significant digit, where numfmt rounds up (found by random runs).
  fc.constantFrom(1647981142130.1943, 118632185.13849996, 10043502726.482498, 1129044903.9272494),
  fc.tuple(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: -40, max: 40 }))
    .map(([n, d, e]) => (n + 0.5 + e * 1e-5) / 10 ** d),
);

describe("the number formats rendered without numfmt", () => {
  it("give numfmt's text for every pattern, locale and number", () => {
    fc.assert(
      fc.property(numbers, fc.constantFrom(...PATTERNS), fc.constantFrom(...LOCALES), (value, pattern, locale) => {
        expect(format(pattern, value, { locale })).toBe(numfmt.format(pattern, value, { locale }));
      }),
      { numRuns: 20_000 },
    );
  });

  it("leave other formats, values and locales to numfmt", () => {
    for (const [pattern, value, locale] of [
      ["#,##0.00;[Red]-#,##0.00", -1234.5, "id"],
      ['"Rp "#,##0', 1250000, "id"],
      ["dd/mm/yyyy", 46000, "id"],
      ["0%", "25%", "en-US"],
      ["General", true, "id"],
      ["0.00", 1.5, "de"],
      ["General", 123456789012, "en-US"],
    ] as const) {
      expect(format(pattern, value, { locale })).toBe(numfmt.format(pattern, value, { locale }));
    }
  });

  it("tell dates as numfmt does", () => {
    for (const pattern of [...PATTERNS, "dd/mm/yyyy", "[$-421]d mmmm yyyy", "h:mm", "0.00E+00", '"Rp"#,##0', "@"]) {
      expect(isDateFormat(pattern)).toBe(numfmt.isDateFormat(pattern));
    }
  });

  it("do not load numfmt for the plain formats", () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require("../../src/xlsx/numfmt") as typeof import("../../src/xlsx/numfmt");
      const texts = [fresh.format("0%", 0.2125, { locale: "id" }), fresh.format("General", 12.5, { locale: "id" }), fresh.format("#,##0", 12000, { locale: "id" })];
      expect(texts).toEqual(["21%", "12,5", "12.000"]);
      expect(fresh.isDateFormat("0.00")).toBe(false);
      expect(Object.keys(require.cache).some((k) => k.includes(`${"node_modules"}/numfmt/`))).toBe(false);
    });
  });
});
