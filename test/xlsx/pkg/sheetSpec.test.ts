import * as ExcelJS from "exceljs";
import type { SheetSpec } from "../../../src/core/sheetspec";
import { sheetSpecXml, stateSheetXml } from "../../../src/xlsx/sheetSpec";
import { StyleSheet } from "../../../src/xlsx/styleSheet";
import { parseXml } from "../../../src/xlsx/xml";
import { addSheetPart, excelJsParts, loadWithExcelJs } from "./pkgHelpers";

/** The addsheet test's small Rencana Aksi-like sheet: title, two header rows, two data rows. */
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
      { row: 4, col: 0, value: "  Sasaran 1 & <2>", style: { indent: 1, fontName: "Arial", italic: true, fontColor: "C00000" } },
      { row: 4, col: 1, value: 0.25, style: { numberFormat: "0.00%" } },
      { row: 4, col: 2, value: true },
      { row: 5, col: 2, value: { error: "#N/A" } },
    ],
    rangeStyles: [{ range: { top: 2, left: 0, bottom: 5, right: 2 }, style: { border: { top: "thin", bottom: "thin", left: "thin", right: "thin" } } }],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 2, right: 2 },
      { top: 5, left: 0, bottom: 5, right: 0 },
    ],
    columnWidths: { 0: 40, 1: 9.5, 2: 9.5 },
    rowHeights: { 0: 24, 7: 30 },
    validations: [
      {
        range: { top: 4, left: 1, bottom: 5, right: 2 },
        type: "decimal",
        min: 0,
        max: 1,
        prompt: { title: "Target triwulan", text: "Isi persentase 0% sampai 100%." },
        error: { title: "Nilai tidak sah", text: "Target triwulan harus antara 0% dan 100%." },
      },
      { range: { top: 5, left: 0, bottom: 5, right: 0 }, type: "whole", min: 0, error: { title: "Salah", text: "Harus angka bulat." } },
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

/** A package of ExcelJS's with the spec's sheet added by sheetSpecXml, read back by ExcelJS. */
async function viaPackage(spec: SheetSpec): Promise<{ ws: ExcelJS.Worksheet; xml: string; names: { name: string; ref: string }[] }> {
  const parts = await excelJsParts();
  const styles = new StyleSheet(parts["xl/styles.xml"], parts["xl/theme/theme1.xml"]);
  const { xml, definedNames } = sheetSpecXml(spec, styles);
  addSheetPart(parts, spec.name, xml, definedNames);
  parts["xl/styles.xml"] = styles.toXml();
  const wb = await loadWithExcelJs(parts);
  return { ws: wb.getWorksheet(spec.name)!, xml, names: definedNames };
}

function validations(ws: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation | undefined> {
  return (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
}

/** The top-level children of a worksheet part, in order. */
function children(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  parseXml(xml, {
    open: (n) => {
      if (depth++ === 1) out.push(n);
    },
    close: () => void depth--,
  });
  return out;
}

describe("sheetSpecXml", () => {
  test("values, styles, merges, sizes, validations, views and page setup read back by ExcelJS", async () => {
    const { ws, xml, names } = await viaPackage(smallSpec());
    expect(children(xml)).toEqual([
      "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "mergeCells", "dataValidations", "printOptions", "pageMargins", "pageSetup",
    ]);
    expect(names).toEqual([{ name: "_xlnm.Print_Titles", ref: "$3:$4" }, { name: "_xlnm.Print_Area", ref: "$A$1:$C$6" }]);

    expect(ws.getCell("A1").value).toBe("RENCANA AKSI TAHUN 2027");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A5").value).toBe("  Sasaran 1 & <2>");
    expect(xml).toContain('<t xml:space="preserve">  Sasaran 1 &amp; &lt;2&gt;</t>');
    expect(ws.getCell("B5").value).toBe(0.25);
    expect(ws.getCell("B5").numFmt).toBe("0.00%");
    expect(ws.getCell("C5").value).toBe(true);
    expect(ws.getCell("C6").value).toEqual({ error: "#N/A" });
    expect(ws.getCell("A3").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("A3").alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(ws.getCell("A5").alignment).toMatchObject({ indent: 1, horizontal: "left" });
    expect(ws.getCell("A5").font).toMatchObject({ name: "Arial", italic: true, color: { argb: "FFC00000" } });
    // range style under the cell style: header cells keep bold and get borders; an empty cell of the range is styled
    expect(ws.getCell("B4").font).toMatchObject({ bold: true });
    expect(ws.getCell("B4").border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" } });
    expect(ws.getCell("B6").value).toBeNull();
    expect(ws.getCell("B6").border).toMatchObject({ bottom: { style: "thin" }, right: { style: "thin" } });
    expect(xml).toMatch(/<c r="B6" s="\d+"\/>/);
    expect(ws.getCell("D1").style?.border).toBeUndefined();

    expect((ws.model.merges as string[]).slice().sort()).toEqual(["A1:C1", "A3:A4", "B3:C3"]);
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.getColumn(2).width).toBe(9.5);
    expect(ws.getRow(1).height).toBe(24);
    expect(ws.getRow(8).height).toBe(30);
    expect(xml).toContain('<row r="8" ht="30" customHeight="1"/>');

    for (const a of ["B5", "C5", "B6", "C6"]) {
      expect(validations(ws)[a]).toMatchObject({
        type: "decimal", operator: "between", formulae: [0, 1], showInputMessage: true, promptTitle: "Target triwulan",
        prompt: "Isi persentase 0% sampai 100%.", showErrorMessage: true, errorTitle: "Nilai tidak sah", error: "Target triwulan harus antara 0% dan 100%.",
      });
    }
    expect(validations(ws)["A6"]).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0], error: "Harus angka bulat." });
    expect(validations(ws)["A6"]?.showInputMessage).toBeFalsy();
    expect(validations(ws)["A5"]).toBeUndefined();

    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 4, topLeftCell: "B5", showGridLines: false });
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, printTitlesRow: "3:4", printArea: "A1:C6",
    });
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E78" });
  });

  test("list validations: the words as one quoted literal with the dropdown shown, after conditionalFormatting and before the page parts", async () => {
    const spec: SheetSpec = {
      ...smallSpec(),
      conditionalFormats: [{ range: { top: 4, left: 1, bottom: 5, right: 1 }, formula: "B5>=1", style: { fill: "C6EFCE" } }],
      validations: [
        { range: { top: 4, left: 0, bottom: 5, right: 0 }, type: "list", list: ["naik", "turun"], error: { title: "Arah", text: "Pilih: naik, turun." } },
        { range: { top: 4, left: 2, bottom: 4, right: 2 }, type: "list", list: ["1", "2", "3"], error: { title: "1, 2, 3", text: "Pilih 1, 2 atau 3." } },
        { range: { top: 5, left: 2, bottom: 5, right: 2 }, type: "list", list: ['say "a"', "b & c"], error: { title: "T", text: "x" } },
      ],
      rowBreaks: [3],
    };
    const { ws, xml } = await viaPackage(spec);
    expect(children(xml)).toEqual([
      "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "mergeCells", "conditionalFormatting", "dataValidations",
      "printOptions", "pageMargins", "pageSetup", "rowBreaks",
    ]);
    expect(xml).toContain('<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="Arah" error="Pilih: naik, turun." sqref="A5:A6"><formula1>"naik,turun"</formula1></dataValidation>');
    expect(xml).not.toContain("showDropDown"); // set, it would hide the arrow
    expect(xml).toContain('<formula1>"say ""a"",b &amp; c"</formula1>');
    for (const a of ["A5", "A6"]) expect(validations(ws)[a]).toMatchObject({ type: "list", formulae: ['"naik,turun"'], allowBlank: true, showErrorMessage: true, error: "Pilih: naik, turun." });
    expect(validations(ws)["C5"]).toMatchObject({ type: "list", formulae: ['"1,2,3"'] });
  });

  test("F4 paper, defaults: no freeze, no fit, default margins, gridlines shown", async () => {
    const spec: SheetSpec = { ...smallSpec("f4"), freeze: undefined, hideGridlines: false, tabColor: undefined, validations: undefined };
    spec.pageSetup = { orientation: "portrait", paper: "f4" };
    const { ws, xml, names } = await viaPackage(spec);
    expect(names).toEqual([]);
    expect(ws.pageSetup).toMatchObject({ paperSize: 14, orientation: "portrait" });
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    expect(ws.pageSetup.margins).toEqual({ left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 });
    expect(ws.views[0]).toMatchObject({ state: "normal" });
    expect(ws.views[0].showGridLines).not.toBe(false);
    expect(children(xml)).toEqual(["dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "mergeCells", "pageMargins", "pageSetup"]);
  });

  test("a frozen top row only, and an empty sheet", () => {
    const styles = new StyleSheet(null);
    const top = sheetSpecXml({ ...smallSpec(), freeze: { rows: 1, cols: 0 } }, styles).xml;
    expect(top).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const empty = sheetSpecXml({ name: "E", cells: [], merges: [], columnWidths: {}, pageSetup: { orientation: "portrait", paper: "a4" } }, styles).xml;
    expect(children(empty)).toEqual(["dimension", "sheetViews", "sheetFormatPr", "sheetData", "pageMargins", "pageSetup"]);
    expect(empty).toContain('<dimension ref="A1"/>');
  });
});

describe("stateSheetXml", () => {
  test("inline strings and numbers, read back by ExcelJS", async () => {
    const rows: (string | number)[][] = [["key", "value"], ["marks", '{"v":2,"x":"a\\nb <&>"}'], ["n", 42.5], [], ["  spaced  ", 0]];
    const xml = stateSheetXml(rows);
    expect(children(xml)).toEqual(["dimension", "sheetData", "pageMargins"]);
    const parts = await excelJsParts();
    addSheetPart(parts, "__state", xml);
    const ws = (await loadWithExcelJs(parts)).getWorksheet("__state")!;
    expect(ws.getCell("A1").value).toBe("key");
    expect(ws.getCell("B2").value).toBe('{"v":2,"x":"a\\nb <&>"}');
    expect(ws.getCell("B3").value).toBe(42.5);
    expect(ws.getCell("A5").value).toBe("  spaced  ");
    expect(ws.getCell("B5").value).toBe(0);
    expect(xml).toContain('<dimension ref="A1:B5"/>');
  });
});
