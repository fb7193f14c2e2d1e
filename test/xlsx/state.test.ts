import { STATE_SHEET } from "../../src/xlsx/stateRows";
import { excelFrom, reopen, xlsxFrom } from "../support/xlsx";
import { newBook } from "./helpers";

describe("XlsxWorkbook state", () => {
  test("values round-trip through a file, including long JSON, unicode and control characters", async () => {
    const book = await xlsxFrom(newBook("Plan"));
    const undo = JSON.stringify({ edits: Array.from({ length: 3000 }, (_, i) => ({ row: i, value: `21,25% — baris ${i} ✓` })) });
    expect(undo.length).toBeGreaterThan(2 * 32_767);
    const odd = "tab\tline\nbell\u0007 nul\u0000 emoji 😀 quote \" backslash \\";
    await book.saveState("fill.undo", undo);
    await book.saveState("odd", odd);
    await book.saveState("empty", "");

    const back = reopen(book);
    expect(await back.loadState("fill.undo")).toBe(undo);
    expect(await back.loadState("odd")).toBe(odd);
    expect(await back.loadState("empty")).toBe("");
    expect(await back.loadState("missing")).toBeNull();
    // each stored cell stays within Excel's limit
    const ws = (await excelFrom(back)).getWorksheet(STATE_SHEET)!;
    ws.eachRow((row) => row.eachCell((cell) => expect(String(cell.value).length).toBeLessThanOrEqual(32_767)));
  });

  test("the state sheet is very hidden and never listed; removing the last key removes it", async () => {
    const book = await xlsxFrom(newBook("Plan", "Notes"));
    await book.saveState("k", "v");
    const back = await excelFrom(book);
    const ws = back.getWorksheet(STATE_SHEET)!;
    expect(ws.state).toBe("veryHidden");
    expect(await reopen(book).sheets()).toEqual(["Plan", "Notes"]);
    await book.saveState("k", "w");
    expect(await book.loadState("k")).toBe("w");
    await book.saveState("k", null);
    expect((await excelFrom(book)).worksheets.map((w) => w.name)).toEqual(["Plan", "Notes"]);
  });

  test("rewriting the state keeps the same sheet active even when the state sheet sits before it", async () => {
    const book = await xlsxFrom(newBook("Plan"));
    await book.saveState("k", "v"); // state sheet is now second
    const later = await book.addSheet({ name: "Later", cells: [], merges: [], columnWidths: {}, pageSetup: { orientation: "portrait", paper: "a4" } }, { activate: false });
    await book.select(later, { top: 0, left: 0, bottom: 0, right: 0 });
    await book.saveState("k", null);
    const wb = await excelFrom(book);
    expect(wb.worksheets[wb.views[0].activeTab].name).toBe("Later");
  });
});

describe("XlsxWorkbook sheets, readGrid, select", () => {
  test("sheets() lists visible worksheets in order", async () => {
    const wb = newBook("A", "B", "C", "D");
    wb.getWorksheet("B")!.state = "hidden";
    wb.getWorksheet("D")!.state = "veryHidden";
    expect(await (await xlsxFrom(wb)).sheets()).toEqual(["A", "C"]);
  });

  test("readGrid of an unknown sheet is an empty grid", async () => {
    const g = await (await xlsxFrom(newBook("A"))).readGrid("Nope");
    expect(g).toMatchObject({ sheet: "Nope", values: [], merges: [] });
  });

  test("select activates the sheet and puts the cursor on the range's first cell, kept through save/load", async () => {
    const book = await xlsxFrom(newBook("A", "B"));
    await book.select("B", { top: 9, left: 2, bottom: 12, right: 5 });
    expect(await book.selection()).toEqual({ sheet: "B", range: { top: 9, left: 2, bottom: 12, right: 5 } });
    const back = await excelFrom(book);
    expect(back.views[0].activeTab).toBe(1);
    expect(back.getWorksheet("B")!.views[0]).toMatchObject({ activeCell: "C10" });
    // a workbook opened from the file reports the saved cursor
    expect(await reopen(book).selection()).toEqual({ sheet: "B", range: { top: 9, left: 2, bottom: 9, right: 2 } });
  });

  test("select on a missing or hidden sheet does nothing", async () => {
    const wb = newBook("A", "B");
    wb.getWorksheet("B")!.state = "hidden";
    const book = await xlsxFrom(wb);
    await book.select("B", { top: 0, left: 0, bottom: 0, right: 0 });
    await book.select("Nope", { top: 0, left: 0, bottom: 0, right: 0 });
    expect(await book.selection()).toBeNull();
    const back = await excelFrom(book);
    expect(back.views?.[0]?.activeTab ?? 0).toBe(0);
  });

  test("select keeps frozen panes", async () => {
    const wb = newBook("A");
    const ws = wb.getWorksheet("A")!;
    ws.views = [{ state: "frozen", xSplit: 1, ySplit: 3 }];
    const book = await xlsxFrom(wb);
    await book.select("A", { top: 20, left: 3, bottom: 20, right: 3 });
    const back = (await excelFrom(book)).getWorksheet("A")!;
    expect(back.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3, activeCell: "D21" });
  });
});

describe("XlsxWorkbook state: the one format, and what was written before", () => {
  test("rows are key, 'j' + count, '~' + JSON pieces; a cell Excel would decode (_x0041_) is escaped", async () => {
    const book = await xlsxFrom(newBook("Plan"));
    await book.saveState("k", "a_x0041_b");
    const back = await excelFrom(book);
    const row = back.getWorksheet(STATE_SHEET)!.getRow(1);
    expect([row.getCell(1).value, row.getCell(2).value]).toEqual(["k", "j1"]);
    expect(String(row.getCell(3).value)).toMatch(/^~"/);
    expect(await reopen(book).loadState("k")).toBe("a_x0041_b");
  });

  test("rows of the former xlsx layout (JSON pieces from B, no count) and of the Excel adapter (count, raw '~' pieces) are read", async () => {
    const wb = newBook("Plan");
    const ws = wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
    const undo = JSON.stringify({ edits: Array.from({ length: 3000 }, (_, i) => ({ row: i, value: "21,25%" })) });
    const json = JSON.stringify(undo);
    ws.getRow(1).values = ["fill.undo", json.slice(0, 32_000), json.slice(32_000, 64_000), json.slice(64_000)];
    ws.getRow(2).values = ["excel", "2", '~{"a":', "~1}"];
    const back = await xlsxFrom(wb);
    expect(await back.loadState("fill.undo")).toBe(undo);
    expect(await back.loadState("excel")).toBe('{"a":1}');
    await back.saveState("other", "x"); // touches only its own row
    const rows = async () => (await excelFrom(back)).getWorksheet(STATE_SHEET)!;
    const afterOther = await rows();
    expect([1, 2, 3].map((r) => String(afterOther.getRow(r).getCell(2).value)[0])).toEqual(['"', "2", "j"]);
    await back.saveState("fill.undo", "short"); // a key's own save rewrites its row in the one format, whole
    expect((await rows()).getRow(1).values).toEqual([undefined, "fill.undo", "j1", '~"short"']);
    expect(await back.loadState("fill.undo")).toBe("short");
    expect(await back.loadState("excel")).toBe('{"a":1}');
  });

  test("a save leaves rows it cannot read exactly as they are; a removed key's row is reused", async () => {
    const wb = newBook("Plan");
    const ws = wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
    ws.getRow(1).values = ["future.key", "v9", "~abc", 42];
    ws.getRow(2).values = ["k", "j1", '~"v"'];
    ws.getRow(3).values = ["broken", "j3", '~"cut'];
    const book = await xlsxFrom(wb);
    const raw = async (): Promise<unknown[]> => {
      const state = (await excelFrom(book)).getWorksheet(STATE_SHEET)!;
      return [1, 2, 3, 4].map((r) => state.getRow(r).values);
    };
    const [future, , broken] = await raw();
    expect(await book.loadState("broken")).toBeNull();
    await book.saveState("other", "x");
    await book.saveState("k", null);
    await book.saveState("new", "y");
    expect(await raw()).toEqual([future, [undefined, "new", "j1", '~"y"'], broken, [undefined, "other", "j1", '~"x"']]);
    const back = reopen(book);
    expect([await back.loadState("other"), await back.loadState("new"), await back.loadState("k")]).toEqual(["x", "y", null]);
    expect((await excelFrom(back)).getWorksheet(STATE_SHEET)!.getRow(1).values).toEqual(future);
  });
});
