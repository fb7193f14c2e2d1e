import { DEFAULT_PAPER, PLAN_YEARS, parsePaper, parsePlanYear } from "../../src/app/choices";

describe("parsePlanYear: the plan year every surface reads (the CLI's --year, the pane's year field)", () => {
  it.each([["2027", 2027], [" 2027 ", 2027], ["2000", 2000], ["2100", 2100]])("%p is %p", (text, year) => {
    expect(parsePlanYear(text)).toEqual({ ok: true, value: year });
  });

  it.each(["1999", "2101", "20x5", "27", "02027", "2027.0", "+2027", "0x7EB", "2.027", "2027 2028"])("%p is not a plan year, said with the value", (text) => {
    const r = parsePlanYear(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.id).toBe(`Tahun tidak valid: "${text.trim()}". Isi tahun dengan empat angka (2000-2100).`);
      expect(r.message.en).toBe(`Invalid year: "${text.trim()}". Type the year as four digits (2000-2100).`);
    }
  });

  it("nothing typed asks for the year; the range is written as digits in both languages", () => {
    const r = parsePlanYear("  ");
    expect(r).toEqual({
      ok: false,
      message: { id: "Isi tahun dengan empat angka (2000-2100).", en: "Type the year as four digits (2000-2100)." },
    });
    expect(PLAN_YEARS).toEqual({ min: 2000, max: 2100 });
  });
});

describe("parsePaper: the paper every surface reads (the CLI's --paper, the pane's paper radios)", () => {
  it.each([["a4", "a4"], ["F4", "f4"], [" f4 ", "f4"]])("%p is %p", (text, paper) => {
    expect(parsePaper(text)).toEqual({ ok: true, value: paper });
  });

  it.each([["letter", "letter"], ["A5", "a5"], ["", ""]])("%p is refused, naming %p", (text, shown) => {
    expect(parsePaper(text)).toEqual({
      ok: false,
      message: { id: `Ukuran kertas tidak dikenal: "${shown}" (pilih a4 atau f4).`, en: `Unknown paper size: "${shown}" (choose a4 or f4).` },
    });
  });

  it("A4 when none is chosen", () => expect(DEFAULT_PAPER).toBe("a4"));
});
