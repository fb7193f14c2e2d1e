import { diktumOrdinal, fromRoman, terbilang, toRoman } from "../../../src/core/decree/words";

// Written by hand, as the dictionary writes the ordinals (ke- joined to the first word).
const ORDINALS: Record<number, string> = {
  1: "KESATU", 2: "KEDUA", 3: "KETIGA", 4: "KEEMPAT", 5: "KELIMA",
  6: "KEENAM", 7: "KETUJUH", 8: "KEDELAPAN", 9: "KESEMBILAN", 10: "KESEPULUH",
  11: "KESEBELAS", 12: "KEDUA BELAS", 13: "KETIGA BELAS", 14: "KEEMPAT BELAS", 15: "KELIMA BELAS",
  16: "KEENAM BELAS", 17: "KETUJUH BELAS", 18: "KEDELAPAN BELAS", 19: "KESEMBILAN BELAS", 20: "KEDUA PULUH",
  21: "KEDUA PULUH SATU", 22: "KEDUA PULUH DUA", 23: "KEDUA PULUH TIGA", 24: "KEDUA PULUH EMPAT",
  25: "KEDUA PULUH LIMA", 26: "KEDUA PULUH ENAM", 27: "KEDUA PULUH TUJUH", 28: "KEDUA PULUH DELAPAN",
  29: "KEDUA PULUH SEMBILAN", 30: "KETIGA PULUH", 31: "KETIGA PULUH SATU", 32: "KETIGA PULUH DUA",
  33: "KETIGA PULUH TIGA", 34: "KETIGA PULUH EMPAT", 35: "KETIGA PULUH LIMA", 36: "KETIGA PULUH ENAM",
  37: "KETIGA PULUH TUJUH", 38: "KETIGA PULUH DELAPAN", 39: "KETIGA PULUH SEMBILAN", 40: "KEEMPAT PULUH",
};

describe("diktumOrdinal", () => {
  test.each(Object.entries(ORDINALS))("%s -> %s", (n, word) => {
    expect(diktumOrdinal(Number(n))).toBe(word);
  });

  test("beyond 40", () => {
    expect(diktumOrdinal(100)).toBe("KESERATUS");
    expect(diktumOrdinal(111)).toBe("KESERATUS SEBELAS");
  });

  test("not a whole number >= 1 gives an empty string", () => {
    for (const n of [0, -1, 1.5, NaN, Infinity]) expect(diktumOrdinal(n)).toBe("");
  });
});

describe("terbilang", () => {
  const cases: [number, string][] = [
    [0, "nol"], [1, "satu"], [9, "sembilan"], [10, "sepuluh"], [11, "sebelas"], [12, "dua belas"],
    [19, "sembilan belas"], [20, "dua puluh"], [21, "dua puluh satu"], [99, "sembilan puluh sembilan"],
    [100, "seratus"], [101, "seratus satu"], [110, "seratus sepuluh"], [115, "seratus lima belas"],
    [200, "dua ratus"], [262, "dua ratus enam puluh dua"], [999, "sembilan ratus sembilan puluh sembilan"],
    [1000, "seribu"], [1001, "seribu satu"], [1250, "seribu dua ratus lima puluh"],
    [2022, "dua ribu dua puluh dua"], [11000, "sebelas ribu"], [100000, "seratus ribu"],
    [1_000_000, "satu juta"], [1_500_000, "satu juta lima ratus ribu"],
    [2_000_000_000, "dua miliar"], [3_000_000_000_000, "tiga triliun"], [-5, "minus lima"],
  ];
  test.each(cases)("%d -> %s", (n, words) => expect(terbilang(n)).toBe(words));

  test("not a safe integer gives an empty string", () => {
    expect(terbilang(1.5)).toBe("");
    expect(terbilang(NaN)).toBe("");
    expect(terbilang(2 ** 60)).toBe("");
  });
});

describe("Roman numerals", () => {
  const cases: [number, string][] = [
    [1, "I"], [2, "II"], [3, "III"], [4, "IV"], [5, "V"], [9, "IX"], [14, "XIV"], [40, "XL"],
    [90, "XC"], [400, "CD"], [1994, "MCMXCIV"], [2022, "MMXXII"], [3999, "MMMCMXCIX"],
  ];
  test.each(cases)("%d <-> %s", (n, roman) => {
    expect(toRoman(n)).toBe(roman);
    expect(fromRoman(roman)).toBe(n);
    expect(fromRoman(roman.toLowerCase())).toBe(n);
  });

  test("out of range and non-canonical", () => {
    expect(toRoman(0)).toBe("");
    expect(toRoman(4000)).toBe("");
    expect(toRoman(2.5)).toBe("");
    for (const s of ["", "IIII", "VX", "IL", "1", "I I", "ABC"]) expect(fromRoman(s)).toBeNull();
  });
});
