import { WorkbookError } from "../../src/excel";
import { FakeBook, fakeWorkbook, putRows, type FakeContext } from "./fake";
import { planSheet } from "./fixtures";

/** Syncs made by `action` on the contexts of one fake workbook. */
async function syncsOf<T>(contexts: FakeContext[], action: () => Promise<T>): Promise<{ result: T; syncs: number; failed: number }> {
  const from = contexts.length;
  const result = await action();
  const records = contexts.slice(from).flatMap((c) => c.syncs);
  return { result, syncs: records.length, failed: records.filter((r) => r.failed).length };
}

/** Plan (hidden rows, merges), a hidden sheet, Dua (plan): two visible sheets. */
function twoPlans(): FakeBook {
  const book = new FakeBook();
  const plan = planSheet(book, "Plan", 30);
  plan.hiddenRows = new Set([5, 6]);
  book.addSheet("Arsip", "Hidden");
  putRows(book.sheet("Arsip")!, [["tersembunyi"]]);
  planSheet(book, "Dua", 20);
  return book;
}

describe("ExcelWorkbook.readGrids", () => {
  test("gives what readGrid gives for each visible sheet, in workbook order, in 2 syncs", async () => {
    const book = twoPlans();
    const { wb, contexts } = fakeWorkbook(book);
    const { result, syncs } = await syncsOf(contexts, () => wb.readGrids());
    expect(result.grids.map((g) => g.sheet)).toEqual(["Plan", "Dua"]);
    expect(result.grids[0]).toEqual(await wb.readGrid("Plan"));
    expect(result.grids[1]).toEqual(await wb.readGrid("Dua"));
    expect(result.grids[0].hiddenRows).toEqual([5, 6]);
    expect(result.grids[0].merges).toHaveLength(3);
    expect(result.state).toEqual({});
    expect(syncs).toBe(2); // sheet list + probes of the first and last visible sheets; then the cells
  });

  test("more sheets: one sync more the first time, then 2 whatever their number", async () => {
    const book = twoPlans();
    book.addSheet("Kosong");
    for (const name of ["Tiga", "Empat"]) planSheet(book, name, 15);
    const { wb, contexts } = fakeWorkbook(book);
    const cold = await syncsOf(contexts, () => wb.readGrids());
    expect(cold.result.grids.map((g) => g.sheet)).toEqual(["Plan", "Dua", "Kosong", "Tiga", "Empat"]);
    expect(cold.result.grids[2]).toMatchObject({ values: [], merges: [] });
    expect(cold.syncs).toBe(3);
    const warm = await syncsOf(contexts, () => wb.readGrids());
    expect(warm.result).toEqual(cold.result);
    expect(warm.syncs).toBe(2);
  });

  test("only the sheets asked for (any case); hidden and missing ones are left out", async () => {
    const { wb } = fakeWorkbook(twoPlans());
    expect((await wb.readGrids({ sheets: ["dua"] })).grids.map((g) => g.sheet)).toEqual(["Dua"]);
    expect((await wb.readGrids({ sheets: ["Arsip", "Tidak Ada"] })).grids).toEqual([]);
    expect((await wb.readGrids({ sheets: [] })).grids).toEqual([]);
  });

  test("a sheet list changed since the last read: still right, at most one failed sync more", async () => {
    const book = twoPlans();
    const { wb, contexts } = fakeWorkbook(book);
    await wb.readGrids();
    book.sheet("Dua")!.name = "Dua (baru)";
    planSheet(book, "Baru", 12);
    const changed = await syncsOf(contexts, () => wb.readGrids());
    expect(changed.result.grids.map((g) => g.sheet)).toEqual(["Plan", "Dua (baru)", "Baru"]);
    expect(changed.result.grids[1].values.length).toBe(24);
    expect(changed.failed).toBe(1); // the remembered "Dua" is gone
    expect(changed.syncs).toBeLessThanOrEqual(4);
    expect((await syncsOf(contexts, () => wb.readGrids())).syncs).toBe(2);
  });

  test("state values come with the grids: absent keys are null; a chunked value of a megabyte is whole", async () => {
    const book = twoPlans();
    const big = "x".repeat(1_000_000); // 34 chunks
    await fakeWorkbook(book).wb.saveState("besar", big);
    await fakeWorkbook(book).wb.saveState("kecil", "{}");
    const { wb, contexts } = fakeWorkbook(book);
    const cold = await syncsOf(contexts, () => wb.readGrids({ state: ["besar", "kecil", "tidak.ada"] }));
    expect(cold.result.state).toEqual({ besar: big, kecil: "{}", "tidak.ada": null });
    expect(cold.result.grids.map((g) => g.sheet)).toEqual(["Plan", "Dua"]);
    expect(cold.syncs).toBe(3); // the state sheet was not known of: its key column needs a sync of its own
    const warm = await syncsOf(contexts, () => wb.readGrids({ state: ["besar"] }));
    expect(warm.result.state.besar).toBe(big);
    expect(warm.syncs).toBe(2);
  });

  test("on a host that cannot list visible cells the grids are still read (hidden rows unknown)", async () => {
    const { wb } = fakeWorkbook(twoPlans(), { failVisibleCells: true });
    const { grids } = await wb.readGrids();
    expect(grids.map((g) => g.values.length)).toEqual([34, 24]);
    expect(grids[0].hiddenRows).toBeUndefined();
  });

  test("Excel failures are WorkbookErrors", async () => {
    const { wb } = fakeWorkbook(twoPlans(), { limitBytes: 10 });
    await expect(wb.readGrids()).rejects.toBeInstanceOf(WorkbookError);
  });
});
