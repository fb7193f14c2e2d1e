import { STATE_CHUNK, STATE_SHEET, chunkString } from "../../src/xlsx/state";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { newBook, roundTrip } from "./helpers";

describe("chunkString", () => {
  test("cuts below the cell limit and joins back exactly", () => {
    const s = "a".repeat(70_001);
    const parts = chunkString(s);
    expect(parts.map((p) => p.length)).toEqual([STATE_CHUNK, STATE_CHUNK, 70_001 - 2 * STATE_CHUNK]);
    expect(STATE_CHUNK).toBeLessThanOrEqual(32_767);
    expect(parts.join("")).toBe(s);
  });

  test("never splits a surrogate pair", () => {
    const s = "ab😀cd😀";
    for (const size of [1, 2, 3, 4, 5]) {
      const parts = chunkString(s, size);
      expect(parts.join("")).toBe(s);
      for (const p of parts) expect(p.length).toBeLessThanOrEqual(Math.max(size, 2));
      for (const p of parts) expect(p).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });
});

describe("XlsxWorkbook state", () => {
  test("values round-trip through a file, including long JSON, unicode and control characters", async () => {
    const wb = newBook("Plan");
    const book = new XlsxWorkbook(wb);
    const undo = JSON.stringify({ edits: Array.from({ length: 3000 }, (_, i) => ({ row: i, value: `21,25% — baris ${i} ✓` })) });
    expect(undo.length).toBeGreaterThan(2 * 32_767);
    const odd = "tab\tline\nbell\u0007 nul\u0000 emoji 😀 quote \" backslash \\";
    await book.saveState("fill.undo", undo);
    await book.saveState("odd", odd);
    await book.saveState("empty", "");

    const back = new XlsxWorkbook(await roundTrip(wb));
    expect(await back.loadState("fill.undo")).toBe(undo);
    expect(await back.loadState("odd")).toBe(odd);
    expect(await back.loadState("empty")).toBe("");
    expect(await back.loadState("missing")).toBeNull();
    // each stored cell stays within Excel's limit
    const ws = back.book.getWorksheet(STATE_SHEET)!;
    ws.eachRow((row) => row.eachCell((cell) => expect(String(cell.value).length).toBeLessThanOrEqual(32_767)));
  });

  test("the state sheet is very hidden and never listed; removing the last key removes it", async () => {
    const wb = newBook("Plan", "Notes");
    const book = new XlsxWorkbook(wb);
    await book.saveState("k", "v");
    const back = await roundTrip(wb);
    const ws = back.getWorksheet(STATE_SHEET)!;
    expect(ws.state).toBe("veryHidden");
    expect(await new XlsxWorkbook(back).sheets()).toEqual(["Plan", "Notes"]);
    await book.saveState("k", "w");
    expect(await book.loadState("k")).toBe("w");
    await book.saveState("k", null);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Plan", "Notes"]);
  });

  test("rewriting the state keeps the same sheet active even when the state sheet sits before it", async () => {
    const wb = newBook("Plan");
    const book = new XlsxWorkbook(wb);
    await book.saveState("k", "v"); // state sheet is now second
    wb.addWorksheet("Later");
    await book.select("Later", { top: 0, left: 0, bottom: 0, right: 0 });
    await book.saveState("k", null);
    expect(wb.worksheets[wb.views[0].activeTab].name).toBe("Later");
  });
});

describe("XlsxWorkbook sheets, readGrid, select", () => {
  test("sheets() lists visible worksheets in order", async () => {
    const wb = newBook("A", "B", "C", "D");
    wb.getWorksheet("B")!.state = "hidden";
    wb.getWorksheet("D")!.state = "veryHidden";
    expect(await new XlsxWorkbook(wb).sheets()).toEqual(["A", "C"]);
  });

  test("readGrid of an unknown sheet is an empty grid", async () => {
    const g = await new XlsxWorkbook(newBook("A")).readGrid("Nope");
    expect(g).toMatchObject({ sheet: "Nope", values: [], merges: [] });
  });

  test("select activates the sheet and puts the cursor on the range's first cell, kept through save/load", async () => {
    const wb = newBook("A", "B");
    const book = new XlsxWorkbook(wb);
    await book.select("B", { top: 9, left: 2, bottom: 12, right: 5 });
    expect(await book.selection()).toEqual({ sheet: "B", range: { top: 9, left: 2, bottom: 12, right: 5 } });
    const back = await roundTrip(wb);
    expect(back.views[0].activeTab).toBe(1);
    expect(back.getWorksheet("B")!.views[0]).toMatchObject({ activeCell: "C10" });
    // a workbook opened from the file reports the saved cursor
    expect(await new XlsxWorkbook(back).selection()).toEqual({ sheet: "B", range: { top: 9, left: 2, bottom: 9, right: 2 } });
  });

  test("select on a missing or hidden sheet does nothing", async () => {
    const wb = newBook("A", "B");
    wb.getWorksheet("B")!.state = "hidden";
    const book = new XlsxWorkbook(wb);
    await book.select("B", { top: 0, left: 0, bottom: 0, right: 0 });
    await book.select("Nope", { top: 0, left: 0, bottom: 0, right: 0 });
    expect(await book.selection()).toBeNull();
    expect(wb.views?.[0]?.activeTab ?? 0).toBe(0);
  });

  test("select keeps frozen panes", async () => {
    const wb = newBook("A");
    const ws = wb.getWorksheet("A")!;
    ws.views = [{ state: "frozen", xSplit: 1, ySplit: 3 }];
    await new XlsxWorkbook(wb).select("A", { top: 20, left: 3, bottom: 20, right: 3 });
    const back = (await roundTrip(wb)).getWorksheet("A")!;
    expect(back.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3, activeCell: "D21" });
  });
});
