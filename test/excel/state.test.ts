import { STATE_SHEET } from "../../src/excel";
import { FakeBook, countSyncs, fakeWorkbook, getCell, putRows } from "./fake";

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

describe("state written by earlier versions", () => {
  test("the Excel adapter's rows (plain count, raw value) and the xlsx adapter's rows (JSON pieces, no count) are read, and rewritten in the one format", async () => {
    const book = new FakeBook();
    book.addSheet("Plan");
    const state = book.addSheet(STATE_SHEET, "VeryHidden");
    const undo = JSON.stringify({ edits: Array.from({ length: 4000 }, (_, i) => ({ row: i, value: "21,25%" })) });
    const json = JSON.stringify(undo);
    putRows(state, [["excel.old", "2", "~" + undo.slice(0, 30_000), "~" + undo.slice(30_000, 60_000)]], undefined, "@");
    const pieces = [json.slice(0, 32_000), json.slice(32_000, 64_000), json.slice(64_000)];
    putRows(state, [["xlsx.old", ...pieces]], { row: 1, col: 0 });
    const { wb } = fakeWorkbook(book);
    expect(undo.length).toBeGreaterThan(60_000);
    expect(await wb.loadState("excel.old")).toBe(undo.slice(0, 60_000));
    expect(await wb.loadState("xlsx.old")).toBe(undo);
    expect((await wb.readGrids({ sheets: [], state: ["xlsx.old"] })).state).toEqual({ "xlsx.old": undo });
    await wb.saveState("xlsx.old", "baru");
    expect(getCell(state, 1, 1).value).toBe("j1");
    expect(getCell(state, 1, 3).value).toBe(""); // the old pieces are gone
    expect(await wb.loadState("xlsx.old")).toBe("baru");
  });
});
