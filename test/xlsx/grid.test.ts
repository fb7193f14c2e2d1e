import type * as ExcelJS from "exceljs";
import { GridView, type Grid } from "../../src/core/grid";
import type { GridOptions } from "../../src/xlsx/readGrid";
import { xlsxFrom } from "../support/xlsx";
import { newBook, roundTrip } from "./helpers";

/** The grid the adapter reads from sheet S of this workbook's bytes. */
async function gridOf(wb: ExcelJS.Workbook, opts?: GridOptions): Promise<Grid> {
  return (await xlsxFrom(wb, opts)).readGrid("S");
}

/** The grid of a one-sheet workbook whose sheet S is filled in by `fill`. */
function sheetWith(fill: (ws: ExcelJS.Worksheet) => void, opts?: GridOptions): Promise<Grid> {
  const wb = newBook("S");
  fill(wb.getWorksheet("S")!);
  return gridOf(wb, opts);
}

describe("XlsxWorkbook.readGrid: used range", () => {
  test("an empty sheet gives an empty grid at A1", async () => {
    const g = await sheetWith(() => undefined);
    expect(g.values).toEqual([]);
    expect(g.origin).toEqual({ row: 0, col: 0 });
    expect(g.merges).toEqual([]);
  });

  test("spans the first to the last cell with a value; styled empty cells do not widen it", async () => {
    const g = await sheetWith((ws) => {
        ws.getCell("C3").value = "a";
        ws.getCell("E7").value = 5;
        ws.getCell("H20").numFmt = "0%"; // styled but empty
    });
    expect(g.origin).toEqual({ row: 2, col: 2 });
    expect(g.values.length).toBe(5);
    expect(g.values[0].length).toBe(3);
    expect(g.values[0][0]).toBe("a");
    expect(g.values[4][2]).toBe(5);
    expect(g.values[1][1]).toBeNull();
    expect(g.text[1][1]).toBe("");
  });

  test("a merge widens the range, and covered cells read as empty", async () => {
    const g = await sheetWith((ws) => {
        ws.getCell("B2").value = "Target Kinerja";
        ws.mergeCells("B2:E3");
    });
    expect(g.origin).toEqual({ row: 1, col: 1 });
    expect(g.values.length).toBe(2);
    expect(g.values[0].length).toBe(4);
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 4 }]);
    expect(g.values[0][0]).toBe("Target Kinerja");
    expect(g.values[0][1]).toBeNull();
    expect(g.values[1][3]).toBeNull();
    const view = new GridView(g);
    expect(view.value(2, 4)).toBe("Target Kinerja");
  });

  test("merges survive a save/load cycle", async () => {
    const wb = newBook("S");
    const ws = wb.getWorksheet("S")!;
    ws.getCell("A1").value = "Sasaran";
    ws.mergeCells("A1:A3");
    ws.getCell("B1").value = "Indikator";
    ws.mergeCells("B1:C1");
    const merges = (await gridOf(await roundTrip(wb))).merges.sort((a, b) => a.left - b.left);
    expect(merges).toEqual([
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 2 },
    ]);
  });
});

describe("XlsxWorkbook.readGrid: values, text and formats", () => {
  test("numbers are formatted with their number format (en-US)", async () => {
    const g = await sheetWith((ws) => {
        const put = (a: string, v: number, f?: string) => {
          ws.getCell(a).value = v;
          if (f) ws.getCell(a).numFmt = f;
        };
        put("A1", 0.1234, "0.00%");
        put("B1", 0.2125, "0%");
        put("C1", 1250.5, "#,##0.00");
        put("D1", 0.5);
        put("E1", 21.25, '0.00"%"');
    });
    expect(g.text[0]).toEqual(["12.34%", "21%", "1,250.50", "0.5", "21.25%"]);
    expect(g.formats[0]).toEqual(["0.00%", "0%", "#,##0.00", "General", '0.00"%"']);
    expect(g.values[0]).toEqual([0.1234, 0.2125, 1250.5, 0.5, 21.25]);
  });

  test("another locale can be asked for", async () => {
    const g = await sheetWith((w) => {
      w.getCell("A1").value = 0.1234;
      w.getCell("A1").numFmt = "0.00%";
    }, { locale: "id" });
    expect(g.text[0][0]).toBe("12,34%");
  });

  test("percent formats are kept through save/load and still formatted", async () => {
    const wb = newBook("S");
    const ws = wb.getWorksheet("S")!;
    ws.getCell("A1").value = 0.2125;
    ws.getCell("A1").numFmt = "0.00%";
    const g = await gridOf(await roundTrip(wb));
    expect(g.text[0][0]).toBe("21.25%");
    expect(g.formats[0][0]).toBe("0.00%");
  });

  test("text, booleans, rich text and hyperlinks", async () => {
    const g = await sheetWith((ws) => {
        ws.getCell("A1").value = "21,25 %";
        ws.getCell("B1").value = true;
        ws.getCell("C1").value = { richText: [{ text: "Sasaran " }, { font: { bold: true }, text: "1" }] };
        ws.getCell("D1").value = { text: "laman", hyperlink: "https://example.org" };
        ws.getCell("E1").value = "teks";
        ws.getCell("E1").numFmt = "0.00%";
    });
    expect(g.values[0]).toEqual(["21,25 %", true, "Sasaran 1", "laman", "teks"]);
    expect(g.text[0]).toEqual(["21,25 %", "TRUE", "Sasaran 1", "laman", "teks"]);
  });

  test("formulas give their cached result; error values give {error}", async () => {
    const g = await sheetWith((ws) => {
        ws.getCell("A1").value = { formula: "B1*2", result: 0.5 } as ExcelJS.CellFormulaValue;
        ws.getCell("A1").numFmt = "0%";
        ws.getCell("B1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
        ws.getCell("C1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
        ws.getCell("D1").value = { formula: "C1" } as ExcelJS.CellFormulaValue; // never calculated
        ws.getCell("E1").value = { formula: 'A1&"x"', result: "50%x" } as ExcelJS.CellFormulaValue;
    });
    expect(g.values[0]).toEqual([0.5, { error: "#DIV/0!" }, { error: "#REF!" }, null, "50%x"]);
    expect(g.text[0]).toEqual(["50%", "#DIV/0!", "#REF!", "", "50%x"]);
  });

  test("error values and formula results survive save/load", async () => {
    const wb = newBook("S");
    const ws = wb.getWorksheet("S")!;
    ws.getCell("A1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("B1").value = { error: "#VALUE!" } as ExcelJS.CellErrorValue;
    ws.getCell("C1").value = { formula: "2+2", result: 4 } as ExcelJS.CellFormulaValue;
    const g = await gridOf(await roundTrip(wb));
    expect(g.values[0]).toEqual([{ error: "#DIV/0!" }, { error: "#VALUE!" }, 4]);
  });

  test("an invalid number format falls back to General", async () => {
    const g = await sheetWith((ws) => {
        ws.getCell("A1").value = 3.5;
        ws.getCell("A1").numFmt = '0.0"'; // unterminated quote
    });
    expect(g.text[0][0]).toBe("3.5");
    expect(g.formats[0][0]).toBe('0.0"');
  });

  test("styled empty cells inside the range report their format", async () => {
    const g = await sheetWith((ws) => {
        ws.getCell("A1").value = "x";
        ws.getCell("B1").numFmt = "0.00%";
        ws.getCell("C1").value = 1;
    });
    expect(g.formats[0]).toEqual(["General", "0.00%", "General"]);
    expect(g.values[0][1]).toBeNull();
  });
});

describe("XlsxWorkbook.readGrid: dates", () => {
  test("dates become 1900-system serial numbers and are shown with their format", async () => {
    const wb = newBook("S");
    const ws = wb.getWorksheet("S")!;
    ws.getCell("A1").value = new Date(Date.UTC(2022, 0, 12));
    ws.getCell("A1").numFmt = "d mmmm yyyy";
    ws.getCell("B1").value = new Date(Date.UTC(2022, 0, 12, 12, 0, 0));
    ws.getCell("B1").numFmt = "yyyy-mm-dd hh:mm";
    for (const g of [await gridOf(wb), await gridOf(await roundTrip(wb))]) {
      expect(g.values[0][0]).toBe(44573);
      expect(g.text[0][0]).toBe("12 January 2022");
      expect(g.values[0][1]).toBeCloseTo(44573.5, 9);
      expect(g.text[0][1]).toBe("2022-01-12 12:00");
    }
  });

  test("a date1904 workbook gives the same 1900-system serial for the same date", async () => {
    const wb = newBook("S");
    wb.properties.date1904 = true;
    const ws = wb.getWorksheet("S")!;
    ws.getCell("A1").value = new Date(Date.UTC(2022, 0, 12));
    ws.getCell("A1").numFmt = "dd/mm/yyyy";
    const back = await roundTrip(wb);
    expect(back.properties.date1904).toBe(true);
    const g = await gridOf(back);
    expect(g.values[0][0]).toBe(44573);
    expect(g.text[0][0]).toBe("12/01/2022");
  });

  test("a Date without a number format reads with ExcelJS's default date format, before and after saving", async () => {
    const wb = newBook("S");
    wb.getWorksheet("S")!.getCell("A1").value = new Date(Date.UTC(2022, 0, 12));
    const before = await gridOf(wb);
    const after = await gridOf(await roundTrip(wb));
    expect(before.formats).toEqual(after.formats);
    expect(before.text).toEqual(after.text);
    expect(after.text[0][0]).toBe("01-12-22");
  });
});

describe("XlsxWorkbook.readGrid: hidden rows and columns", () => {
  test("reports hidden rows and columns inside the used range, after save/load too", async () => {
    const wb = newBook("S");
    const ws = wb.getWorksheet("S")!;
    for (let r = 1; r <= 5; r++) ws.getRow(r).values = ["a", "b", "c", "d"];
    ws.getRow(3).hidden = true;
    ws.getColumn(2).hidden = true;
    for (const book of [wb, await roundTrip(wb)]) {
      const g = await gridOf(book);
      expect(g.hiddenRows).toEqual([2]);
      expect(g.hiddenCols).toEqual([1]);
    }
  });
});
