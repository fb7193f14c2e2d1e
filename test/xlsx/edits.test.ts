import * as ExcelJS from "exceljs";
import { invertEdits, type CellEdit } from "../../src/core/edits";
import type { CellValue, Grid } from "../../src/core/grid";
import { excelFrom, reopen, xlsxFrom } from "../support/xlsx";
import { newBook, snapshot } from "./helpers";

/** A sheet with one cell of every kind, some with formats and fills. */
function sampleBook(): ExcelJS.Workbook {
  const wb = newBook("Plan");
  const ws = wb.getWorksheet("Plan")!;
  ws.getCell("A1").value = "Indikator";
  ws.getCell("B1").value = 0.25;
  ws.getCell("B1").numFmt = "0.00%";
  ws.getCell("C1").value = "21,25%";
  ws.getCell("D1").numFmt = "0%"; // empty, formatted
  ws.getCell("E1").value = new Date(Date.UTC(2022, 0, 12));
  ws.getCell("E1").numFmt = "dd/mm/yyyy";
  ws.getCell("F1").value = true;
  ws.getCell("G1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("A2").value = 12;
  ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
  return wb;
}

/** Edits that change every cell of row 1 and 2, taking `previous` from the grid as a fill would. */
function editsFor(grid: Grid): CellEdit[] {
  const next: CellValue[] = [0.5, "baru", 0.75, 1, 44600, false, { error: "#REF!" }];
  const formats = ["0.00%", undefined, "General", "0.00%", "General", undefined, "0"];
  const out: CellEdit[] = [];
  for (let r = 0; r < 2; r++) {
    for (let c = 0; c < 7; c++) {
      out.push({
        sheet: grid.sheet,
        row: r,
        col: c,
        value: next[c],
        format: formats[c],
        previous: { value: grid.values[r]?.[c] ?? null, format: grid.formats[r]?.[c] ?? "General" },
      });
    }
  }
  return out;
}

describe("XlsxWorkbook.applyEdits", () => {
  test("writes values and number formats exactly", async () => {
    const book = await xlsxFrom(sampleBook());
    const grid = await book.readGrid("Plan");
    await book.applyEdits(editsFor(grid));
    const after = await book.readGrid("Plan");
    expect(after.values[0]).toEqual([0.5, "baru", 0.75, 1, 44600, false, { error: "#REF!" }]);
    expect(after.formats[0]).toEqual(["0.00%", "0.00%", "General", "0.00%", "General", "General", "0"]);
    expect(after.text[0].slice(0, 4)).toEqual(["50.00%", "baru", "0.75", "100.00%"]);
  });

  test("the inverted edits restore every cell's value and format, in memory and after save/load", async () => {
    const book = await xlsxFrom(sampleBook());
    const gridBefore = await book.readGrid("Plan");
    const cellsBefore = snapshot((await excelFrom(book)).getWorksheet("Plan")!);
    const edits = editsFor(gridBefore);
    await book.applyEdits(edits);
    expect(await book.readGrid("Plan")).not.toEqual(gridBefore);

    const reloaded = reopen(book);
    await reloaded.applyEdits(invertEdits(edits));
    expect(await reloaded.readGrid("Plan")).toEqual(gridBefore);

    await book.applyEdits(invertEdits(edits));
    expect(await book.readGrid("Plan")).toEqual(gridBefore);
    expect(snapshot((await excelFrom(book)).getWorksheet("Plan")!)).toEqual(cellsBefore);
  });

  test("a number written under a date format is stored as that date in a date1904 workbook", async () => {
    const wb = newBook("S");
    wb.properties.date1904 = true;
    const book = await xlsxFrom(wb);
    await book.applyEdits([{ sheet: "S", row: 0, col: 0, value: 44573, format: "dd/mm/yyyy", previous: { value: null, format: "General" } }]);
    const back = reopen(book);
    const g = await back.readGrid("S");
    expect(g.values[0][0]).toBe(44573);
    expect(g.text[0][0]).toBe("12/01/2022");
  });

  test("setting a format does not leak into other cells that shared the same style", async () => {
    const wb = newBook("S");
    const ws = wb.getWorksheet("S")!;
    for (const a of ["A1", "A2", "A3"]) {
      ws.getCell(a).value = 0.1;
      ws.getCell(a).numFmt = "0%";
    }
    const book = await xlsxFrom(wb); // cells read from a file share one style record
    await book.applyEdits([{ sheet: "S", row: 1, col: 0, value: 0.1, format: "0.00%", previous: { value: 0.1, format: "0%" } }]);
    expect((await book.readGrid("S")).formats.map((r) => r[0])).toEqual(["0%", "0.00%", "0%"]);
  });

  test("edits on a cell covered by a merge leave the merge's value alone; unknown sheets are skipped", async () => {
    const wb = newBook("S");
    const ws = wb.getWorksheet("S")!;
    ws.getCell("A1").value = "Sasaran 1";
    ws.mergeCells("A1:A3");
    const book = await xlsxFrom(wb);
    await book.applyEdits([
      { sheet: "S", row: 1, col: 0, value: "x", previous: { value: null, format: "General" } },
      { sheet: "Nope", row: 0, col: 0, value: "y", previous: { value: null, format: "General" } },
    ]);
    const g = await book.readGrid("S");
    expect(g.values.map((r) => r[0])).toEqual(["Sasaran 1", null, null]);
    expect(await book.sheets()).toEqual(["S"]);
  });
});
