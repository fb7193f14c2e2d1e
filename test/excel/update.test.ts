import { fakeBookOf } from "../../bench/syncs";
import { syntheticPlan } from "../../bench/synthetic";
import { applyFill, canUndoFill, undoFill } from "../../src/app/fill";
import type { CellEdit } from "../../src/core/edits";
import { DEFAULT_FILL_OPTIONS } from "../../src/core/fill";
import { STATE_SHEET, WorkbookError } from "../../src/excel";
import { FakeBook, fakeRun, fakeWorkbook, getCell, type FakeContext } from "./fake";
import { planSheet } from "./fixtures";

function book(): FakeBook {
  const b = new FakeBook();
  planSheet(b, "Plan", 20);
  return b;
}

const edit = (row: number, value: number): CellEdit => ({ sheet: "Plan", row, col: 13, value, previous: { value: null, format: "General" } });

function syncsSince(contexts: FakeContext[], from: number): number {
  return contexts.slice(from).reduce((n, c) => n + c.syncs.length, 0);
}

describe("ExcelWorkbook.update", () => {
  test("reads, lets decide see the grids and state, then writes state before, edits, state after in ONE more sync", async () => {
    const b = book();
    await fakeWorkbook(b).wb.saveState("sesudah", "lama");
    const { wb, contexts } = fakeWorkbook(b);
    await wb.readGrids(); // the pane has read the workbook before
    const from = contexts.length;
    const result = await wb.update({ state: ["sebelum", "sesudah"] }, ({ grids, state }) => {
      expect(grids.map((g) => g.sheet)).toEqual(["Plan"]);
      expect(state).toEqual({ sebelum: null, sesudah: "lama" });
      return { result: "ok", change: { stateBefore: { sebelum: "1" }, edits: [edit(10, 7), edit(11, 8)], stateAfter: { sesudah: "2" } } };
    });
    expect(result).toBe("ok");
    expect(syncsSince(contexts, from)).toBe(3); // sheet list + probe + key column; cells + chunks; the writes
    expect([getCell(b.sheet("Plan")!, 10, 13).value, getCell(b.sheet("Plan")!, 11, 13).value]).toEqual([7, 8]);
    const again = fakeWorkbook(b).wb;
    expect([await again.loadState("sebelum"), await again.loadState("sesudah")]).toEqual(["1", "2"]);
    // The order inside the one write sync: state before, then the cells, then state after.
    const writes = contexts[contexts.length - 1].log.filter((e) => e.op === "values").map((e) => `${e.sheet}:${JSON.stringify(e.value)}`);
    const at = (needle: string): number => writes.findIndex((w) => w.includes(needle));
    // (a value cell holds "~" and the value's JSON text: ~"1")
    expect(at('"~\\"1\\""')).toBeGreaterThanOrEqual(0);
    expect(at('"~\\"1\\""')).toBeLessThan(at("[[7],[8]]"));
    expect(at("[[7],[8]]")).toBeLessThan(at('"~\\"2\\""'));
  });

  test("a first write of state creates the state sheet, and the next read finds it in its first sync", async () => {
    const b = book();
    const { wb, contexts } = fakeWorkbook(b);
    await wb.update({ state: ["k"] }, ({ state }) => ({ result: state.k, change: { stateBefore: { k: "v" }, edits: [edit(5, 1)] } }));
    expect(b.sheet(STATE_SHEET)?.visibility).toBe("VeryHidden");
    const from = contexts.length;
    expect((await wb.readGrids({ state: ["k"] })).state).toEqual({ k: "v" });
    expect(syncsSince(contexts, from)).toBe(2);
  });

  test("no change: nothing is written and no write sync is made", async () => {
    const b = book();
    const { wb, contexts } = fakeWorkbook(b);
    const from = contexts.length;
    expect(await wb.update({}, ({ grids }) => ({ result: grids.length }))).toBe(1);
    expect(syncsSince(contexts, from)).toBe(2);
    expect(contexts.flatMap((c) => c.log).filter((e) => e.op === "values")).toEqual([]);
  });

  test("state written but not read: its key column is read first, and the key keeps its row", async () => {
    const b = book();
    await fakeWorkbook(b).wb.saveState("k", "satu");
    const { wb } = fakeWorkbook(b);
    await wb.update({}, () => ({ result: null, change: { stateAfter: { k: "dua" } } }));
    expect(await wb.loadState("k")).toBe("dua");
    expect(getCell(b.sheet(STATE_SHEET)!, 0, 0).value).toBe("k");
    expect(getCell(b.sheet(STATE_SHEET)!, 1, 0).value).toBe("");
  });

  test("an error of decide reaches the caller as it is; Excel's errors are WorkbookErrors", async () => {
    const oops = new RangeError("oops");
    const { wb } = fakeWorkbook(book());
    await expect(wb.update({}, () => { throw oops; })).rejects.toBe(oops);
    const gone: CellEdit = { ...edit(4, 1), sheet: "Tidak Ada" };
    await expect(wb.update({ sheets: [] }, () => ({ result: 0, change: { edits: [gone] } }))).rejects.toBeInstanceOf(WorkbookError);
  });
});

test("app fill then undo over ExcelWorkbook: the cells come back exactly, the record empties", async () => {
  const b = fakeBookOf(syntheticPlan({ rows: 200, seed: 3, quarters: "empty" }));
  const cells = (): string => JSON.stringify([...b.sheets[0].cells.entries()].filter(([, c]) => c.type !== "Empty" || c.format !== "General"));
  const before = cells();
  const { wb, contexts } = fakeWorkbook(b, { limitBytes: Infinity }, { syncBudget: 64 * 1024 * 1024 });
  const filled = await applyFill(wb, DEFAULT_FILL_OPTIONS);
  expect(filled.applied).toBeGreaterThan(100);
  expect(cells()).not.toBe(before);
  const from = contexts.length;
  const undone = await undoFill(wb);
  expect(syncsSince(contexts, from)).toBe(3);
  expect(undone).toMatchObject({ restored: filled.applied, changedSince: 0, remaining: 0 });
  expect(cells()).toBe(before);
  expect(await canUndoFill(wb)).toBe(false);
});

describe("recalculation after writing with calculation suspended", () => {
  /** The last sync that wrote values: it also asks Excel to recalculate, after the values. */
  function lastWrite(contexts: FakeContext[]): string[] {
    const ctx = [...contexts].reverse().find((c) => c.log.some((e) => e.op === "values"))!;
    return ctx.log.map((e) => e.op).filter((op) => op === "values" || op === "calculate" || op === "suspendCalculation");
  }

  test("fill and undo leave no formula stale: application.calculate(Recalculate) after the edits, no sync more", async () => {
    const b = fakeBookOf(syntheticPlan({ rows: 50, seed: 5, quarters: "empty" }));
    const { wb, contexts } = fakeWorkbook(b, { limitBytes: Infinity }, { syncBudget: 64 * 1024 * 1024 });
    await wb.readGrids();
    let from = contexts.length;
    await applyFill(wb, DEFAULT_FILL_OPTIONS);
    expect(syncsSince(contexts, from)).toBe(3);
    expect(b.calculationPending).toBe(false);
    const ops = lastWrite(contexts);
    expect(ops[0]).toBe("suspendCalculation");
    expect(ops[ops.length - 1]).toBe("calculate");
    expect(contexts.flatMap((c) => c.log).find((e) => e.op === "calculate")?.value).toBe("Recalculate");
    from = contexts.length;
    await undoFill(wb);
    expect(syncsSince(contexts, from)).toBe(3);
    expect(b.calculationPending).toBe(false);
    expect(lastWrite(contexts).pop()).toBe("calculate");
  });

  test("applyEdits recalculates in its one sync", async () => {
    const b = book();
    const { wb, contexts } = fakeWorkbook(b);
    await wb.applyEdits([edit(10, 7)]);
    expect(contexts[0].syncs).toHaveLength(1);
    expect(contexts[0].log.map((e) => e.op)).toEqual(["suspendCalculation", "values", "calculate"]);
    expect(b.calculationPending).toBe(false);
  });

  test("the fake keeps the calculation pending when nobody recalculates", async () => {
    const b = book();
    const { run } = fakeRun(b);
    await run(async (ctx) => {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem("Plan").getRange("N11").values = [[1]];
      await ctx.sync();
    });
    expect(b.calculationPending).toBe(true);
  });
});
