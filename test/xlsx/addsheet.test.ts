import type * as ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/core/sheetspec";
import { excelFrom, xlsxFrom } from "../support/xlsx";
import { newBook } from "./helpers";

/** A small Rencana Aksi-like sheet: title, two header rows, two data rows. */
function smallSpec(paper: "a4" | "f4" = "a4"): SheetSpec {
  const header = { bold: true, fill: "D9E1F2", hAlign: "center" as const, vAlign: "middle" as const, wrap: true };
  return {
    name: "Rencana Aksi 2027",
    cells: [
      { row: 0, col: 0, value: "RENCANA AKSI TAHUN 2027", style: { bold: true, fontSize: 14, hAlign: "center" } },
      { row: 2, col: 0, value: "Sasaran", style: header },
      { row: 2, col: 1, value: "Target Kinerja", style: header },
      { row: 3, col: 1, value: "I", style: header },
      { row: 3, col: 2, value: "II", style: header },
      { row: 4, col: 0, value: "Sasaran 1", style: { indent: 1, fontName: "Arial", italic: true, fontColor: "C00000" } },
      { row: 4, col: 1, value: 0.25, style: { numberFormat: "0.00%" } },
    ],
    rangeStyles: [{ range: { top: 2, left: 0, bottom: 5, right: 2 }, style: { border: { top: "thin", bottom: "thin", left: "thin", right: "thin" } } }],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 2, right: 2 },
    ],
    columnWidths: { 0: 40, 1: 9.5, 2: 9.5 },
    rowHeights: { 0: 24 },
    validations: [
      {
        range: { top: 4, left: 1, bottom: 5, right: 2 },
        type: "decimal",
        min: 0,
        max: 1,
        prompt: { title: "Target triwulan", text: "Isi persentase 0% sampai 100%." },
        error: { title: "Nilai tidak sah", text: "Target triwulan harus antara 0% dan 100%." },
      },
    ],
    freeze: { rows: 4, cols: 1 },
    pageSetup: {
      orientation: "landscape",
      paper,
      fitToWidth: 1,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
      printTitleRows: { first: 2, last: 3 },
      printArea: { top: 0, left: 0, bottom: 5, right: 2 },
      centerHorizontally: true,
    },
    tabColor: "1F4E78",
    hideGridlines: true,
  };
}

function validations(ws: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation | undefined> {
  return (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
}

describe("XlsxWorkbook.addSheet", () => {
  test("writes the spec and it survives a save/load cycle", async () => {
    const book = await xlsxFrom(newBook("Data"));
    const name = await book.addSheet(smallSpec());
    expect(name).toBe("Rencana Aksi 2027");
    const back = await excelFrom(book);
    const ws = back.getWorksheet(name)!;

    // values and styles
    expect(ws.getCell("A1").value).toBe("RENCANA AKSI TAHUN 2027");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("B5").value).toBe(0.25);
    expect(ws.getCell("B5").numFmt).toBe("0.00%");
    expect(ws.getCell("A3").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("A3").alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(ws.getCell("A5").alignment).toMatchObject({ indent: 1, horizontal: "left" });
    expect(ws.getCell("A5").font).toMatchObject({ name: "Arial", italic: true, color: { argb: "FFC00000" } });
    // range style merged under the cell style: header cells keep bold and get borders
    expect(ws.getCell("B4").font).toMatchObject({ bold: true });
    expect(ws.getCell("B4").border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" } });
    expect(ws.getCell("C6").border).toMatchObject({ bottom: { style: "thin" }, right: { style: "thin" } });

    // merges, widths, heights
    const merges = (ws.model.merges as string[]).slice().sort();
    expect(merges).toEqual(["A1:C1", "A3:A4", "B3:C3"]);
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.getColumn(2).width).toBe(9.5);
    expect(ws.getRow(1).height).toBe(24);

    // validation on every cell of the range
    for (const a of ["B5", "C5", "B6", "C6"]) {
      expect(validations(ws)[a]).toMatchObject({
        type: "decimal",
        operator: "between",
        formulae: [0, 1],
        showInputMessage: true,
        promptTitle: "Target triwulan",
        prompt: "Isi persentase 0% sampai 100%.",
        showErrorMessage: true,
        errorTitle: "Nilai tidak sah",
        error: "Target triwulan harus antara 0% dan 100%.",
      });
    }
    expect(validations(ws)["A5"]).toBeUndefined();

    // freeze panes and gridlines
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 4, showGridLines: false });

    // page setup
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: "3:4",
      printArea: "A1:C6",
    });
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E78" });

    // the new sheet is the active one
    expect(back.worksheets[back.views[0].activeTab].name).toBe(name);
  });

  test("F4 paper is written as Folio 8.5x13in (paper size 14)", async () => {
    const book = await xlsxFrom(newBook("Data"));
    const name = await book.addSheet(smallSpec("f4"));
    expect((await excelFrom(book)).getWorksheet(name)!.pageSetup.paperSize).toBe(14);
  });

  test("never replaces a sheet: the name gets a number, case-insensitively", async () => {
    const wb = newBook("rencana aksi 2027", "Rencana Aksi 2027 (2)");
    wb.getWorksheet("rencana aksi 2027")!.getCell("A1").value = "kept";
    const book = await xlsxFrom(wb);
    expect(await book.addSheet(smallSpec())).toBe("Rencana Aksi 2027 (3)");
    expect((await excelFrom(book)).getWorksheet("rencana aksi 2027")!.getCell("A1").value).toBe("kept");
    expect(await book.sheets()).toEqual(["rencana aksi 2027", "Rencana Aksi 2027 (2)", "Rencana Aksi 2027 (3)"]);
  });

  test("activate: false leaves the active sheet alone", async () => {
    const book = await xlsxFrom(newBook("Data"));
    await book.addSheet({ ...smallSpec(), freeze: undefined }, { activate: false });
    const back = await excelFrom(book);
    expect(back.views?.[0]?.activeTab ?? 0).toBe(0);
    expect(back.getWorksheet("Rencana Aksi 2027")!.views[0]).toMatchObject({ state: "normal", showGridLines: false });
  });

  test("a validation with only a minimum is 'greater than or equal'", async () => {
    const book = await xlsxFrom(newBook());
    const spec = smallSpec();
    spec.validations = [{ range: { top: 4, left: 1, bottom: 4, right: 1 }, type: "whole", min: 0, error: { title: "Salah", text: "Harus angka bulat." } }];
    const name = await book.addSheet(spec);
    const v = validations((await excelFrom(book)).getWorksheet(name)!)["B5"];
    expect(v).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0], error: "Harus angka bulat." });
    expect(v?.showInputMessage).toBeFalsy();
  });
});
