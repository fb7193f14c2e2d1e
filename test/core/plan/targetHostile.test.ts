import { parseTarget } from "../../../src/core/plan/target";

/** Targets people type that look like numbers but are not one plain number (issue 18). */
describe("parseTarget: never guessed from the first digits", () => {
  test.each([
    ["1e3 Unit", "Unit"],
    ["1E3 Unit", "Unit"],
    ["2,5E-4 Ton", "Ton"],
    ["1e16 Paket", "Paket"],
    ["1e308", null],
    ["1/2 Paket", "Paket"],
    ["3 / 4 Dokumen", "Dokumen"],
    ["1\u20442 Paket", "Paket"],
    ["1/2", null],
  ])("%s is unreadable (a finding), its unit kept", (raw, unit) => {
    expect(parseTarget(raw)).toEqual({ raw, quantity: null, unit, percent: false, unreadable: true });
  });

  test("a fraction of a percent is unreadable and still a percentage", () => {
    expect(parseTarget("1/2 %")).toMatchObject({ quantity: null, percent: true, unreadable: true });
  });

  test("0 is a target: readable, quantity 0 (lower-is-better indicators)", () => {
    expect(parseTarget("0 Kasus")).toEqual({ raw: "0 Kasus", quantity: 0, unit: "Kasus", percent: false });
    expect(parseTarget("0", "Kasus")).toEqual({ raw: "0", quantity: 0, unit: "Kasus", percent: false });
    expect(parseTarget("0%")).toEqual({ raw: "0%", quantity: 0, unit: "%", percent: true });
  });

  test("very large numbers written out keep their value", () => {
    expect(parseTarget("10.000.000.000.000.000 Rupiah").quantity).toBe(1e16);
    expect(parseTarget("Rp 10.000.000.000.000.000").quantity).toBe(1e16);
    expect(parseTarget("1" + "0".repeat(308) + " Unit").quantity).toBe(1e308);
  });

  test("a word starting with e after a space or without digits is a unit, as before", () => {
    expect(parseTarget("2 eksemplar")).toMatchObject({ quantity: 2, unit: "eksemplar" });
    expect(parseTarget("2eksemplar")).toMatchObject({ quantity: 2, unit: "eksemplar" });
    expect(parseTarget("3 e-Dokumen")).toMatchObject({ quantity: 3, unit: "e-Dokumen" });
  });
});
