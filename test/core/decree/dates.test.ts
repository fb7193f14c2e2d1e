import {
  excelSerialToIso, formatTanggal, isLeapYear, monthFromName, parseIsoDate, parseTanggalText, todayIso,
} from "../../../src/core/decree/dates";

describe("formatTanggal", () => {
  const months = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
  ];
  test.each(months.map((m, i) => [i + 1, m] as const))("month %d is %s", (month, name) => {
    const mm = String(month).padStart(2, "0");
    expect(formatTanggal(`2022-${mm}-05`)).toBe(`5 ${name} 2022`);
  });

  test("the seed's date, day without leading zero", () => {
    expect(formatTanggal("2022-01-12")).toBe("12 Januari 2022");
    expect(formatTanggal("2016-08-01")).toBe("1 Agustus 2016");
    expect(formatTanggal(" 2022-12-31 ")).toBe("31 Desember 2022");
  });

  test("leap days", () => {
    expect(formatTanggal("2024-02-29")).toBe("29 Februari 2024");
    expect(formatTanggal("2000-02-29")).toBe("29 Februari 2000");
    expect(formatTanggal("2023-02-29")).toBeNull();
    expect(formatTanggal("1900-02-29")).toBeNull();
    expect(isLeapYear(2100)).toBe(false);
  });

  test("formatTanggal reads what a person types: ISO or Indonesian", () => {
    expect(formatTanggal("12-01-2022")).toBe("12 Januari 2022");
    expect(formatTanggal("1 Agustus 2016")).toBe("1 Agustus 2016");
    expect(parseIsoDate("12-01-2022")).toBeNull();
  });

  test.each(["", "2022-1-12", "2022-13-01", "2022-00-10", "2022-04-31", "2022-01-32", "2022-01-00", "abc"])(
    "invalid %p gives null",
    (s) => {
      expect(formatTanggal(s)).toBeNull();
      expect(parseIsoDate(s)).toBeNull();
    },
  );
});

describe("parseTanggalText", () => {
  test.each([
    ["2022-01-12", "2022-01-12"],
    ["12 Januari 2022", "2022-01-12"],
    ["12  januari   2022", "2022-01-12"],
    ["1 Agt 2016", "2016-08-01"],
    ["12/01/2022", "2022-01-12"],
    ["12-1-2022", "2022-01-12"],
    ["29 Februari 2024", "2024-02-29"],
  ])("%p -> %s", (text, iso) => {
    const d = parseTanggalText(text);
    expect(d && `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`).toBe(iso);
  });

  test.each(["31/02/2022", "29 Februari 2023", "12 Foo 2022", "2022/01/12", "kemarin"])("%p is not a date", (text) => {
    expect(parseTanggalText(text)).toBeNull();
  });

  test("month names", () => {
    expect(monthFromName("Mei")).toBe(5);
    expect(monthFromName("May")).toBe(5);
    expect(monthFromName("Juli")).toBe(7);
    expect(monthFromName("Jun")).toBe(6);
    expect(monthFromName("Okt")).toBe(10);
    expect(monthFromName("Nopember")).toBe(11);
    expect(monthFromName("Ju")).toBeNull();
  });
});

describe("excelSerialToIso", () => {
  test.each([
    [1, "1900-01-01"], [59, "1900-02-28"], [61, "1900-03-01"], [36526, "2000-01-01"],
    [44562, "2022-01-01"], [44573, "2022-01-12"], [44573.75, "2022-01-12"], [45351, "2024-02-29"],
  ])("%d -> %s", (serial, iso) => expect(excelSerialToIso(serial)).toBe(iso));

  test("Excel's phantom 29 February 1900 and out-of-range serials give null", () => {
    for (const s of [60, 0, -3, NaN, 3e6]) expect(excelSerialToIso(s)).toBeNull();
  });
});

test("todayIso formats the local date", () => {
  expect(todayIso(new Date(2022, 0, 12, 23, 59))).toBe("2022-01-12");
});
