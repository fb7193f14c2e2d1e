import { fromExcelValue, needsQuotePrefix, toExcelValue } from "../../src/excel/cellValue";

describe("cell values", () => {
  test("strings Excel would convert get a quote prefix; words do not", () => {
    for (const s of ["(1)", "21,25%", "1/2", "-", "+5", "=A1", "TRUE", "salah", "#N/A", "12 Januari 2022", "'x"]) {
      expect(needsQuotePrefix(s)).toBe(true);
    }
    for (const s of ["Dokumen", "Persentase koperasi aktif", ""]) expect(needsQuotePrefix(s)).toBe(false);
  });

  test("values to Office.js", () => {
    expect(toExcelValue(null)).toBe("");
    expect(toExcelValue(0.25)).toBe(0.25);
    expect(toExcelValue("21,25%")).toBe("'21,25%");
    expect(toExcelValue("21,25%", "@")).toBe("21,25%");
    expect(toExcelValue({ error: "#N/A" })).toBe("#N/A");
  });

  test("values from Office.js by value type", () => {
    expect(fromExcelValue("", "Empty", "")).toBeNull();
    expect(fromExcelValue("#DIV/0!", "Error", "#DIV/0!")).toEqual({ error: "#DIV/0!" });
    expect(fromExcelValue(3, "Double", "3")).toBe(3);
    expect(fromExcelValue(true, "Boolean", "TRUE")).toBe(true);
    expect(fromExcelValue({ type: "Entity" }, "RichValue", "Jakarta")).toBe("Jakarta");
  });
});
