import * as ExcelJS from "exceljs";
import { undoFill } from "../../src/app/fill";
import { FILL_UNDO_KEY, pushUndo } from "../../src/core/fill";
import { invertEdits, type CellEdit } from "../../src/core/edits";
import { GridView, type Grid } from "../../src/core/grid";
import { excelFrom, reopen, xlsxFrom } from "../support/xlsx";
import { newBook, roundTrip, snapshot } from "./helpers";

/** The grid the adapter reads from a sheet of this workbook's bytes. */
async function gridOf(wb: ExcelJS.Workbook, sheet: string): Promise<Grid> {
  return (await xlsxFrom(wb)).readGrid(sheet);
}

const f = (formula: string, result?: ExcelJS.CellFormulaValue["result"]) => ({ formula, result }) as ExcelJS.CellFormulaValue;

function formulaBook(): ExcelJS.Workbook {
  const wb = newBook("S");
  const ws = wb.getWorksheet("S")!;
  ws.getCell("B2").value = "Indikator";
  ws.getCell("C2").value = 0.25;
  ws.getCell("C3").value = f("C2*2", 0.5);
  ws.getCell("C4").value = f("C3+0.25", 0.75);
  ws.getCell("D3").value = f('IF(C3>1,"x","")', ""); // a formula whose result is empty
  ws.getCell("E2").value = 7;
  ws.getCell("E5").value = f("E2", 7);
  return wb;
}

describe("the xlsx adapter knows which cells hold formulas", () => {
  test("readGrid lists them as vertical runs, a formula with an empty result too", async () => {
    const g = await gridOf(formulaBook(), "S");
    expect(g.formulaCells).toEqual([
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
    const view = new GridView(g);
    expect([view.hasFormula(1, 2), view.hasFormula(2, 2), view.hasFormula(3, 2), view.hasFormula(2, 3), view.hasFormula(1, 4)]).toEqual([false, true, true, true, false]);
  });

  test("shared and array formulas count, also after save/load; a sheet without formulas lists none", async () => {
    const wb = newBook("S", "Plain");
    const ws = wb.getWorksheet("S")!;
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("B1").value = f("A1*10", 10);
    ws.getCell("B2").value = { sharedFormula: "B1", result: 20 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("C1").value = { formula: "A1:A2*2", result: 2, shareType: "array", ref: "C1:C1" } as unknown as ExcelJS.CellFormulaValue;
    wb.getWorksheet("Plain")!.getCell("A1").value = "x";
    const loaded = await roundTrip(wb);
    for (const book of [wb, loaded]) {
      expect((await gridOf(book, "S")).formulaCells).toEqual([
        { top: 0, left: 1, bottom: 1, right: 1 },
        { top: 0, left: 2, bottom: 0, right: 2 },
      ]);
      expect(await gridOf(book, "Plain")).not.toHaveProperty("formulaCells");
    }
  });
});

describe("XlsxWorkbook.applyEdits gives a formula back", () => {
  test("an edit with a formula writes it with its last result; undo of an overwritten formula restores it exactly, after save/load too", async () => {
    const wb = formulaBook();
    const before = snapshot((await roundTrip(wb)).getWorksheet("S")!);
    const edits: CellEdit[] = [
      { sheet: "S", row: 2, col: 2, value: 0.4, format: "0%", previous: { value: 0.5, format: "General", formula: "=C2*2" } },
      { sheet: "S", row: 2, col: 3, value: "ok", previous: { value: "", format: "General", formula: '=IF(C3>1,"x","")' } },
    ];
    const book = await xlsxFrom(wb);
    await book.applyEdits(edits);
    expect((await excelFrom(book)).getWorksheet("S")!.getCell("C3").value).toBe(0.4);
    expect((await book.readGrid("S")).formulaCells).toEqual([{ top: 3, left: 2, bottom: 3, right: 2 }, { top: 4, left: 4, bottom: 4, right: 4 }]);

    const reloaded = reopen(book);
    await reloaded.applyEdits(invertEdits(edits));
    // A saved style record reads back with an explicit "no fill": compare values and formats.
    const plain = (snap: typeof before) => Object.fromEntries(Object.entries(snap).map(([k, v]) => [k, [v.value, v.numFmt]]));
    expect(plain(snapshot((await excelFrom(reloaded)).getWorksheet("S")!))).toEqual(plain(before));
    await book.applyEdits(invertEdits(edits));
    expect(snapshot((await excelFrom(book)).getWorksheet("S")!)).toEqual(before);
    expect((await book.readGrid("S")).formulaCells).toHaveLength(3);
  });

  test("an undo record that carries a formula gives it back through undoFill, after save/load", async () => {
    const wb = formulaBook();
    wb.getWorksheet("S")!.getCell("C3").value = 0.4; // what a fill wrote over the formula
    const edit: CellEdit = { sheet: "S", row: 2, col: 2, value: 0.4, previous: { value: 0.5, format: "General", formula: "=C2*2" } };
    const first = await xlsxFrom(wb);
    await first.saveState(FILL_UNDO_KEY, pushUndo(null, [edit]));
    const reopened = reopen(first);
    expect((await undoFill(reopened)).restored).toBe(1);
    expect((await excelFrom(reopened)).getWorksheet("S")!.getCell("C3").value).toEqual({ formula: "C2*2", result: 0.5 });
  });
});
