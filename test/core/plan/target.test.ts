import fc from "fast-check";
import { parseTarget } from "../../../src/core/plan/target";

interface Expect {
  quantity: number | null;
  unit: string | null;
  percent?: boolean;
  unreadable?: boolean;
}

describe("parseTarget: one cell", () => {
  const cases: Array<[string, Expect]> = [
    ["12 Bulan", { quantity: 12, unit: "Bulan" }],
    ["7 Dokumen", { quantity: 7, unit: "Dokumen" }],
    ["100 Unit Usaha", { quantity: 100, unit: "Unit Usaha" }],
    ["14.250 Orang", { quantity: 14250, unit: "Orang" }],
    ["1 paket", { quantity: 1, unit: "paket" }],
    ["4 jenis", { quantity: 4, unit: "jenis" }],
    ["262 Unit Usaha", { quantity: 262, unit: "Unit Usaha" }],
    ["1.250,5 Ton", { quantity: 1250.5, unit: "Ton" }],
    ["2,5 Km", { quantity: 2.5, unit: "Km" }],
    ["12Bulan", { quantity: 12, unit: "Bulan" }],
    ["150 M2", { quantity: 150, unit: "M2" }],
    ["1 (satu) Paket", { quantity: 1, unit: "Paket" }],
    ["  12\u00a0 Bulan ", { quantity: 12, unit: "Bulan" }],
    ["12\nBulan", { quantity: 12, unit: "Bulan" }],
    ["-5 Orang", { quantity: -5, unit: "Orang" }],
    // percentages
    ["9,7%", { quantity: 9.7, unit: "%", percent: true }],
    ["100 %", { quantity: 100, unit: "%", percent: true }],
    ["100%", { quantity: 100, unit: "%", percent: true }],
    ["100 Persen", { quantity: 100, unit: "Persen", percent: true }],
    ["85 persen", { quantity: 85, unit: "persen", percent: true }],
    ["85 prosen", { quantity: 85, unit: "prosen", percent: true }],
    ["21,25 %", { quantity: 21.25, unit: "%", percent: true }],
    // rupiah
    ["Rp 1.500.000", { quantity: 1500000, unit: "Rp" }],
    ["Rp. 1.500.000,-", { quantity: 1500000, unit: "Rp" }],
    ["Rp1.500.000,00", { quantity: 1500000, unit: "Rp" }],
    // budgets write a scale word after the digits: M is miliar in Rupiah
    ["Rp 1,5 M", { quantity: 1500000000, unit: "Rp" }],
    ["Rp 1,2 Miliar", { quantity: 1200000000, unit: "Rp" }],
    ["Rp. 300 Juta", { quantity: 300000000, unit: "Rp" }],
    ["Rp 750 jt", { quantity: 750000000, unit: "Rp" }],
    ["Rp 250 rb", { quantity: 250000, unit: "Rp" }],
    ["Rp 1,2 3 M", { quantity: null, unit: "Rp", unreadable: true }],
    // missing parts
    ["Bulan", { quantity: null, unit: "Bulan" }],
    ["Unit Usaha", { quantity: null, unit: "Unit Usaha" }],
    ["12", { quantity: 12, unit: null }],
    ["14.250", { quantity: 14250, unit: null }],
    ["", { quantity: null, unit: null }],
    ["   ", { quantity: null, unit: null }],
    ["-", { quantity: null, unit: null }],
    ["\u2013", { quantity: null, unit: null }],
    ["- Bulan", { quantity: null, unit: "Bulan" }],
    // unreadable quantities: never guessed
    ["1 2 Bulan", { quantity: null, unit: "Bulan", unreadable: true }],
    ["21,2 5%", { quantity: null, unit: null, percent: true, unreadable: true }],
    ["2 1,25 5 %", { quantity: null, unit: null, percent: true, unreadable: true }],
    ["12. Bulan", { quantity: null, unit: "Bulan", unreadable: true }],
    ["1.2.3 Dokumen", { quantity: null, unit: "Dokumen", unreadable: true }],
    ["Bulan 12", { quantity: null, unit: null, unreadable: true }],
    ["Tahun 2022", { quantity: null, unit: null, unreadable: true }],
    ["≥ 80 - 90%", { quantity: null, unit: null, unreadable: true }],
    ["80-90-100", { quantity: null, unit: null, unreadable: true }],
    ["WTP 2", { quantity: null, unit: null, unreadable: true }],
  ];
  it.each(cases)("%j", (raw, e) => {
    const t = parseTarget(raw);
    expect(t.raw).toBe(raw);
    expect(t.quantity).toBe(e.quantity);
    expect(t.unit).toBe(e.unit);
    expect(t.percent).toBe(e.percent ?? false);
    expect(t.unreadable).toBe(e.unreadable);
  });
});

describe("parseTarget: grades, levels and ranges (read as written, never a quantity)", () => {
  const cases: Array<[string, string | undefined, Record<string, unknown>, string | null, boolean]> = [
    ["BB", undefined, { kind: "predicate", text: "BB", grade: "BB" }, null, false],
    ["BB", "Nilai", { kind: "predicate", grade: "BB" }, "Nilai", false],
    ["A", "Predikat", { kind: "predicate", grade: "A" }, "Predikat", false],
    ["WTP", undefined, { kind: "predicate", grade: "WTP" }, null, false],
    ["Opini WTP", undefined, { kind: "predicate", grade: "WTP" }, null, false],
    ["WBK", undefined, { kind: "predicate", grade: "WBK" }, null, false],
    ["Predikat BB", undefined, { kind: "predicate", grade: "BB" }, null, false],
    ["BB (Sangat Baik)", undefined, { kind: "predicate", grade: "BB" }, null, false],
    ["Sangat Baik", undefined, { kind: "predicate", grade: "Sangat Baik" }, null, false],
    ["Paripurna", undefined, { kind: "predicate", grade: "Paripurna" }, null, false],
    ["Level 3", undefined, { kind: "level", level: 3 }, null, false],
    ["Level III", undefined, { kind: "level", level: 3 }, null, false],
    ["Tingkat 4", undefined, { kind: "level", level: 4 }, null, false],
    ["80-90 (A)", undefined, { kind: "range", low: 80, high: 90, grade: "A" }, null, false],
    ["70 - 80", undefined, { kind: "range", low: 70, high: 80 }, null, false],
    ["3,5 s.d. 4", undefined, { kind: "range", low: 3.5, high: 4 }, null, false],
    ["12 - 24 Bulan", undefined, { kind: "range", low: 12, high: 24, unit: "Bulan" }, "Bulan", false],
    ["80 - 90%", undefined, { kind: "range", low: 80, high: 90, percent: true }, null, true],
    ["70 - 80", "%", { kind: "range", low: 70, high: 80 }, "%", true],
    ["≥ 80%", undefined, { kind: "range", low: 80, percent: true }, null, true],
    ["Minimal 75", "Nilai", { kind: "range", low: 75 }, "Nilai", false],
    ["Maksimal 5 Hari", undefined, { kind: "range", high: 5, unit: "Hari" }, "Hari", false],
    // A ratio with a colon is no quantity 1 of the unit ":20".
    ["1:20", "Rasio", { kind: "predicate", grade: "1:20" }, "Rasio", false],
    ["1 : 2.500", undefined, { kind: "predicate", grade: "1:2.500" }, null, false],
  ];
  it.each(cases)("%j + satuan %j", (raw, satuan, q, unit, percent) => {
    const t = parseTarget(raw, satuan);
    expect(t.quantity).toBeNull();
    expect(t.unreadable).toBeUndefined();
    expect(t.qualitative).toMatchObject(q);
    expect(t.unit).toBe(unit);
    expect(t.percent).toBe(percent);
    expect(t.month).toBeUndefined();
  });

  it("keeps quantities, units and garble what they were", () => {
    for (const raw of ["12 Bulan", "100%", "Bulan", "Unit Usaha", "1 2 Bulan", "21,2 5%", "Bulan 12", "Tahun 2022", "Baik sekali dokumen", "B 12"])
      expect([raw, parseTarget(raw).qualitative]).toEqual([raw, undefined]);
  });
});

describe("parseTarget: a month or a date where the quantity belongs", () => {
  it.each([
    ["November", "Bulan", 11, "Bulan"],
    ["November", undefined, 11, null],
    ["Desember 2026", undefined, 12, null],
    ["30 November 2026", undefined, 11, null],
    ["Bulan Juni", undefined, 6, null],
    ["Nopember", undefined, 11, null],
    ["Mei", undefined, 5, null],
    ["Nov 2026", undefined, 11, null],
  ] as const)("%j + satuan %j", (raw, satuan, month, unit) => {
    const t = parseTarget(raw, satuan);
    expect(t).toMatchObject({ quantity: null, month, unit, percent: false });
    expect(t.qualitative).toBeUndefined();
  });

  it("is not a month word inside a unit or a unit alone", () => {
    for (const raw of ["12 Bulan", "Bulan", "Nov", "Desa", "1 Maret Dokumen"]) expect([raw, parseTarget(raw).month]).toEqual([raw, undefined]);
  });
});

describe("parseTarget: the same target in another unit, in parentheses", () => {
  it.each([
    ["100% (12 bulan)", { raw: "12 bulan", quantity: 12, unit: "bulan", percent: false }],
    ["100%(12 Bulan)", { raw: "12 Bulan", quantity: 12, unit: "Bulan", percent: false }],
    ["12 Bulan (100%)", { raw: "100%", quantity: 100, unit: "%", percent: true }],
    ["4 Laporan ( 1 Dokumen )", { raw: "1 Dokumen", quantity: 1, unit: "Dokumen", percent: false }],
  ])("%s keeps its own quantity and reads the other", (raw, equivalent) => {
    const t = parseTarget(raw);
    expect(t.quantity).toBe(raw.startsWith("100") ? 100 : Number(raw.split(" ")[0]));
    expect(t.equivalent).toEqual(equivalent);
  });

  it.each(["1 (satu) Paket", "5 Dokumen (Renstra, Renja)", "12 Bulan (Jan-Des)", "100% (12)", "1 2 Bulan (12 Bulan)", "80-90 (A)", "12 Bulan (2 x 6 Bulan)"])(
    "%s has none: a spelled-out number, words, a bare number, an unreadable quantity, a grade, a product",
    (raw) => expect(parseTarget(raw).equivalent).toBeUndefined(),
  );
});

describe("parseTarget: with a Satuan column", () => {
  const cases: Array<[string, string, Expect]> = [
    ["12", "Bulan", { quantity: 12, unit: "Bulan" }],
    ["14.250", " Orang ", { quantity: 14250, unit: "Orang" }],
    ["100", "%", { quantity: 100, unit: "%", percent: true }],
    ["100", "Persen", { quantity: 100, unit: "Persen", percent: true }],
    ["100%", "Persen", { quantity: 100, unit: "Persen", percent: true }],
    ["12 Bulan", "Kali", { quantity: 12, unit: "Kali" }], // the Satuan column wins
    ["", "Dokumen", { quantity: null, unit: "Dokumen" }],
    ["-", "Dokumen", { quantity: null, unit: null }], // a dash is no target, whatever the Satuan
    ["–", "Orang", { quantity: null, unit: null }],
    ["1 2", "Bulan", { quantity: null, unit: "Bulan", unreadable: true }],
    ["12", "", { quantity: 12, unit: null }], // an empty Satuan cell names no unit
    ["12 Bulan", "  ", { quantity: 12, unit: "Bulan" }],
  ];
  it.each(cases)("%j + satuan %j", (raw, satuan, e) => {
    const t = parseTarget(raw, satuan);
    expect(t.raw).toBe(raw);
    expect(t.quantity).toBe(e.quantity);
    expect(t.unit).toBe(e.unit);
    expect(t.percent).toBe(e.percent ?? false);
    expect(t.unreadable).toBe(e.unreadable);
  });
});

describe("parseTarget: totality", () => {
  it("never throws, keeps raw, and never gives both a quantity and the unreadable flag", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[-0-9.,% a-zA-Z()]{0,16}$/)),
        fc.option(fc.string(), { nil: undefined }),
        (raw, satuan) => {
          const t = parseTarget(raw, satuan);
          expect(t.raw).toBe(raw);
          if (t.unreadable) expect(t.quantity).toBeNull();
          if (t.quantity !== null) expect(Number.isFinite(t.quantity)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("tolerates a non-string raw from untyped callers", () => {
    expect(parseTarget(12 as unknown as string).quantity).toBe(12);
    expect(parseTarget(null as unknown as string)).toMatchObject({ raw: "", quantity: null, unit: null });
  });
});

describe("parseTarget: shared results", () => {
  it("gives the same frozen object for the same raw text and Satuan", () => {
    const t = parseTarget("12 Bulan");
    expect(parseTarget("12 Bulan")).toBe(t);
    expect(Object.isFrozen(t)).toBe(true);
    expect(parseTarget("12", "Bulan")).toBe(parseTarget("12", "Bulan"));
  });

  it("keeps texts apart that differ only in where the Satuan is", () => {
    expect(parseTarget("12", "Bulan")).not.toBe(parseTarget("12 Bulan"));
    // A raw text that looks like the memo's key for raw "12" with Satuan "Bulan".
    const lookalike = parseTarget('["12","Bulan"]');
    expect(lookalike.raw).toBe('["12","Bulan"]');
    expect(parseTarget("12", "Bulan")).toMatchObject({ raw: "12", quantity: 12, unit: "Bulan" });
    expect(parseTarget("12 Bulan", "")).toBe(parseTarget("12 Bulan"));
  });
});
