/**
 * parse(format(x)) == x through real number formats: a value stored with a
 * percent or number format, shown by numfmt as Excel would (Indonesian and
 * English locales), reads back as the same number, both from the cell
 * (readCell) and from its display text pasted as text (parseNumberText).
 * test/core/numbers.test.ts covers formatNumber / formatPercentText; this adds
 * the number-format path the xlsx adapter takes.
 */
import fc from "fast-check";
import { parseNumberText, readCell } from "../../src/core/numbers";
import { displayText } from "../../src/xlsx/display";
import { PROPERTY_TIMEOUT, runProperty } from "./support/runs";
import { ensure } from "./support/wellFormed";

const LOCALES = ["en-US", "id"] as const;
const cents = (max: number) => fc.integer({ min: 0, max }).map((k) => k / 100);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe("display text round trips", () => {
  it("a percentage under a percent format reads back from the cell and from its display text", () => {
    const formats = [
      { format: "0.00%", scaled: true }, { format: "#,##0.00%", scaled: true }, { format: "0.00 %", scaled: true },
      { format: '0.00"%"', scaled: false }, { format: '#,##0.00" %"', scaled: false }, { format: "0.00\\%", scaled: false },
    ];
    runProperty(
      "percent display round trip",
      fc.property(cents(100_000), fc.constantFrom(...formats), fc.constantFrom(...LOCALES), (x, { format, scaled }, locale) => {
        const value = scaled ? x / 100 : x;
        const text = displayText(value, format, locale);
        const expected = { kind: "number", value: x, percent: true };
        ensure(same(readCell(value, text, format), expected), `readCell(${value}, ${JSON.stringify(text)}, ${format}) = ${JSON.stringify(readCell(value, text, format))}`);
        ensure(same(parseNumberText(text), expected), `parseNumberText(${JSON.stringify(text)}) = ${JSON.stringify(parseNumberText(text))}`);
        ensure(same(readCell(text, text, "@"), expected), `the text ${JSON.stringify(text)} pasted as text`);
      }),
      { short: 500, long: 20_000 },
    );
  }, PROPERTY_TIMEOUT);

  it("a number under a number format reads back from its display text (Indonesian grouping always; English with decimals)", () => {
    const cases = [
      { format: "#,##0.00", locales: LOCALES }, { format: "0.00", locales: LOCALES },
      { format: "#,##0", locales: ["id"] as const, whole: true }, { format: "General", locales: LOCALES },
    ];
    runProperty(
      "number display round trip",
      fc.property(cents(1e12), fc.constantFrom(...cases), fc.nat(), fc.boolean(), (x, c, pick, negative) => {
        const locale = c.locales[pick % c.locales.length];
        const v = (negative ? -1 : 1) * (c.whole ? Math.round(x) : x);
        const text = displayText(v, c.format, locale);
        if (c.format === "General" && Math.abs(v) >= 1e6) return; // General shows about 10 significant digits, as Excel does
        const expected = { kind: "number", value: v === 0 ? 0 : v, percent: false };
        ensure(same(parseNumberText(text), expected), `parseNumberText(${JSON.stringify(text)}) = ${JSON.stringify(parseNumberText(text))}, value ${v} under ${c.format} (${locale})`);
      }),
      { short: 500, long: 20_000 },
    );
  }, PROPERTY_TIMEOUT);
});
