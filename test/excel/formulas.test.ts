import { applyFill, undoFill } from "../../src/app/fill";
import type { CellEdit } from "../../src/core/edits";
import { FILL_UNDO_KEY, pushUndo, type FillOptions } from "../../src/core/fill";
import { GridView } from "../../src/core/grid";
import { FakeBook, fakeWorkbook, getCell, putFormula, putRows, type FakeContext } from "./fake";
import { planSheet } from "./fixtures";

const syncs = (contexts: FakeContext[], from = 0) => contexts.slice(from).reduce((n, c) => n + c.syncs.length, 0);
const OVERWRITE: FillOptions = { strategy: { kind: "even" }, columns: "kinerja", overwrite: true };
/** planSheet's row i = 3 (an indicator row), Kinerja I and II. */
const ROW = 7;
const K1 = 5;
const K2 = 6;

function bookWithFormula(): FakeBook {
  const b = new FakeBook();
  const sheet = planSheet(b, "Plan", 20);
  putFormula(sheet, ROW, K1, "=E8*0", 0.1, "0%");
  putRows(sheet, [[0.3]], { row: ROW, col: K2 }, "0%");
  return b;
}

describe("the Excel adapter reads which cells hold formulas, in the same syncs", () => {
  test("readGrid lists them (one address per sheet) and still takes 2 syncs", async () => {
    const b = bookWithFormula();
    putFormula(b.sheet("Plan")!, 9, 13, "=1+1", 2);
    putFormula(b.sheet("Plan")!, 10, 13, "=1+2", 3);
    const { wb, contexts } = fakeWorkbook(b);
    const grid = await wb.readGrid("Plan");
    expect(syncs(contexts)).toBe(2);
    expect(grid.formulaCells).toEqual([{ top: ROW, left: K1, bottom: ROW, right: K1 }, { top: 9, left: 13, bottom: 9, right: 13 }, { top: 10, left: 13, bottom: 10, right: 13 }]);
    expect(grid.values[ROW - grid.origin.row][K1]).toBe(0.1);
  });

  test("a sheet without formulas lists none", async () => {
    const b = new FakeBook();
    planSheet(b, "Plan", 20);
    expect(await fakeWorkbook(b).wb.readGrid("Plan")).not.toHaveProperty("formulaCells");
  });

  test("an address Excel cut short makes the whole used range count as formula cells (nothing there is written over)", async () => {
    const b = bookWithFormula();
    putFormula(b.sheet("Plan")!, 9, 13, "=1+1", 2);
    const grid = await fakeWorkbook(b, { addressAreasLimit: 1 }).wb.readGrid("Plan");
    expect(grid.formulaCells).toEqual([{ top: grid.origin.row, left: grid.origin.col, bottom: grid.origin.row + grid.values.length - 1, right: 13 }]);
    const result = await applyFill(fakeWorkbook(b, { addressAreasLimit: 1 }).wb, OVERWRITE);
    expect(result.applied).toBe(0);
    expect(getCell(b.sheet("Plan")!, ROW, K2).value).toBe(0.3);
  });

  test("a host that fails the formula lookup still reads the sheet, and every cell counts as holding a formula (nothing is written over)", async () => {
    const b = bookWithFormula();
    const { wb, contexts } = fakeWorkbook(b, { failFormulaCells: true });
    const grid = await wb.readGrid("Plan");
    expect(contexts[0].syncs.map((s) => Boolean(s.failed))).toEqual([false, true, false]);
    expect(grid.formulaCells).toEqual([{ top: grid.origin.row, left: grid.origin.col, bottom: grid.origin.row + grid.values.length - 1, right: grid.origin.col + Math.max(...grid.values.map((r) => r.length)) - 1 }]);
    expect(new GridView(grid).value(ROW, K1)).toBe(0.1);
    const result = await applyFill(fakeWorkbook(b, { failFormulaCells: true }).wb, OVERWRITE);
    expect(result.applied).toBe(0);
    expect(getCell(b.sheet("Plan")!, ROW, K2).value).toBe(0.3);
  });
});

describe("fill over the Excel adapter never writes a formula", () => {
  test("overwrite leaves the formula cell, writes the others, says so, in 3 syncs; undo restores the rest", async () => {
    const b = bookWithFormula();
    const { wb, contexts } = fakeWorkbook(b);
    await wb.readGrids(); // the task pane has read the workbook before
    const from = contexts.length;
    const result = await applyFill(wb, OVERWRITE);
    expect(syncs(contexts, from)).toBe(3);
    expect(result.plan.preview.formulasKept).toBe(1);
    expect(result.plan.edits.some((e) => e.row === ROW && e.col === K1)).toBe(false);
    const sheet = b.sheet("Plan")!;
    expect(getCell(sheet, ROW, K1)).toMatchObject({ formula: "=E8*0", value: 0.1 });
    expect(getCell(sheet, ROW, K2).value).toBe(0.5);
    await undoFill(wb);
    expect(getCell(sheet, ROW, K2).value).toBe(0.3);
    expect(getCell(sheet, ROW, K1)).toMatchObject({ formula: "=E8*0", value: 0.1 });
  });

  test("an undo record that carries a formula writes the formula back", async () => {
    const b = new FakeBook();
    planSheet(b, "Plan", 20);
    const { wb } = fakeWorkbook(b);
    const edit: CellEdit = { sheet: "Plan", row: ROW, col: K1, value: 0.25, previous: { value: 0.2, format: "0%", formula: "=E8*0.2" } };
    await wb.saveState(FILL_UNDO_KEY, pushUndo(null, [edit]));
    expect((await undoFill(wb)).restored).toBe(1);
    expect(getCell(b.sheet("Plan")!, ROW, K1)).toMatchObject({ formula: "=E8*0.2", format: "0%", quotePrefix: false });
  });
});
