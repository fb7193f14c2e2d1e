import { STATE_SHEET } from "../../src/excel";
import { FakeBook, countSyncs, fakeWorkbook, getCell } from "./fake";

describe("loadState / saveState", () => {
  test("values survive a new session; keys are independent; null removes one", async () => {
    const book = new FakeBook();
    book.addSheet("Plan");
    const first = fakeWorkbook(book).wb;
    expect(await first.loadState("fill.undo")).toBeNull();
    await first.saveState("fill.undo", '{"edits":[1,2,3]}');
    await first.saveState("other", "=1+1"); // must stay text, not become a formula
    await first.saveState("number", "12345");
    const again = fakeWorkbook(book).wb;
    expect(await again.loadState("fill.undo")).toBe('{"edits":[1,2,3]}');
    expect(await again.loadState("other")).toBe("=1+1");
    expect(await again.loadState("number")).toBe("12345");
    await again.saveState("fill.undo", null);
    expect(await again.loadState("fill.undo")).toBeNull();
    expect(await again.loadState("other")).toBe("=1+1");
    await again.saveState("third", "x"); // reuses the freed row
    expect(await again.loadState("third")).toBe("x");
    expect(book.sheets.filter((s) => s.name === STATE_SHEET)).toHaveLength(1);
  });

  test("the state sheet is very hidden and never listed by sheets()", async () => {
    const book = new FakeBook();
    book.addSheet("Plan");
    book.addSheet("Arsip", "Hidden");
    const { wb } = fakeWorkbook(book);
    await wb.saveState("k", "v");
    expect(book.sheet(STATE_SHEET)!.visibility).toBe("VeryHidden");
    expect(await wb.sheets()).toEqual(["Plan"]);
    expect(getCell(book.sheet(STATE_SHEET)!, 0, 0).format).toBe("@");
  });

  test("a value of megabytes is chunked under the cell limit and every sync stays under 5 MB", async () => {
    const book = new FakeBook();
    const big = JSON.stringify(Array.from({ length: 120_000 }, (_, i) => ({ sheet: "Plan", row: i, col: 5, value: "21,25%" })));
    expect(big.length).toBeGreaterThan(6 * 1024 * 1024);
    const save = await countSyncs(book, (wb) => wb.saveState("fill.undo", big), {}, { syncBudget: 4 * 1024 * 1024 });
    expect(save.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    const load = await countSyncs(book, (wb) => wb.loadState("fill.undo"), {}, { syncBudget: 4 * 1024 * 1024 });
    expect(load.result).toBe(big);
    expect(load.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    for (const c of book.sheet(STATE_SHEET)!.cells.values()) expect(String(c.value).length).toBeLessThanOrEqual(32_767);
  });

  test("two syncs each for small values", async () => {
    const book = new FakeBook();
    expect((await countSyncs(book, (wb) => wb.saveState("k", "v"))).syncs).toBe(2);
    expect((await countSyncs(book, (wb) => wb.loadState("k"))).syncs).toBe(2);
  });
});
