import type { CellEdit } from "../../src/core/edits";
import { invertEdits } from "../../src/core/edits";
import { editRects } from "../../src/excel/writeEdits";
import { FakeBook, countSyncs, fakeWorkbook, getCell, putRows } from "./fake";
import { planSheet } from "./fixtures";

const edit = (row: number, col: number, value: CellEdit["value"], format?: string, sheet = "Plan"): CellEdit => ({
  sheet,
  row,
  col,
  value,
  format,
  previous: { value: null, format: "General" },
});

/** Quarter cells of every indicator row, as a fill would produce them. */
function quarterEdits(rows: number): CellEdit[] {
  const edits: CellEdit[] = [];
  for (let i = 0; i < rows; i++) for (let q = 0; q < 4; q++) edits.push(edit(4 + i, 5 + q, (q + 1) * 0.25, "0%"));
  return edits;
}

describe("ExcelWorkbook.applyEdits", () => {
  test("writes values and number formats as few rectangles", async () => {
    const book = new FakeBook();
    planSheet(book, "Plan", 10);
    const edits = quarterEdits(3);
    edits.push(edit(20, 13, "catatan"));
    const { wb, contexts } = fakeWorkbook(book);
    await wb.applyEdits(edits);
    const s = book.sheet("Plan")!;
    expect(getCell(s, 5, 7)).toMatchObject({ value: 0.75, type: "Double", format: "0%" });
    expect(getCell(s, 20, 13)).toMatchObject({ value: "catatan", type: "String" });
    const writes = contexts[0].log.filter((l) => l.op === "values");
    expect(writes.map((w) => w.address)).toEqual(["F5:I7", "N21"]);
    // Number formats are set before the values they apply to.
    const ops = contexts[0].log.map((l) => l.op);
    expect(ops.indexOf("numberFormat")).toBeLessThan(ops.indexOf("values"));
    expect(ops.filter((o) => o === "numberFormat")).toHaveLength(1); // N21 keeps its format
  });

  test("text that Excel would convert is kept as text", async () => {
    const book = new FakeBook();
    book.addSheet("Plan");
    const { wb } = fakeWorkbook(book);
    const texts = ["(1)", "21,25%", "1/2", "-", "TRUE", "=SUM(A1)", "12 Januari 2022", "'kutip"];
    await wb.applyEdits(texts.map((t, i) => edit(i, 0, t)));
    const s = book.sheet("Plan")!;
    texts.forEach((t, i) => expect(getCell(s, i, 0)).toMatchObject({ value: t, type: "String" }));
    // Plain words need no quote prefix.
    await wb.applyEdits([edit(20, 0, "Dokumen")]);
    expect(getCell(s, 20, 0).quotePrefix).toBe(false);
  });

  test("undo with invertEdits restores every value and format exactly", async () => {
    const book = new FakeBook();
    const s = book.addSheet("Plan");
    putRows(s, [["21,25%", 0.3, null]], { row: 2, col: 5 });
    s.cells.get(2 * 16384 + 6)!.format = "0.0%";
    const { wb } = fakeWorkbook(book);
    const grid = await wb.readGrid("Plan");
    const edits: CellEdit[] = [5, 6, 7].map((col, j) => ({
      sheet: "Plan",
      row: 2,
      col,
      value: 0.25 * (j + 1),
      format: "0%",
      // H3 lies outside the used range: empty, General.
      previous: { value: grid.values[0][j] ?? null, format: grid.formats[0][j] ?? "General" },
    }));
    await wb.applyEdits(edits);
    expect((await wb.readGrid("Plan")).values).toEqual([[0.25, 0.5, 0.75]]);
    await wb.applyEdits(invertEdits(edits));
    const after = await wb.readGrid("Plan");
    expect(after.values).toEqual([["21,25%", 0.3]]);
    expect(after.formats).toEqual([["General", "0.0%"]]);
    expect(getCell(s, 2, 7)).toMatchObject({ type: "Empty", format: "General" });
  });

  test("100 and 20,000 edits take the same number of syncs, each under 5 MB", async () => {
    const counts: number[] = [];
    for (const rows of [25, 5_000]) {
      const book = new FakeBook();
      planSheet(book, "Plan", rows);
      const edits = quarterEdits(rows);
      const report = await countSyncs(book, (wb) => wb.applyEdits(edits), {}, { syncBudget: 4 * 1024 * 1024 });
      expect(getCell(book.sheet("Plan")!, 4 + rows - 1, 8).value).toBe(1);
      expect(report.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
      counts.push(report.syncs);
    }
    expect(counts).toEqual([1, 1]);
  });

  test("edits scattered over rows become one rectangle per contiguous block", () => {
    const edits = [edit(1, 1, 1), edit(1, 2, 2), edit(2, 1, 3), edit(2, 2, 4), edit(4, 1, 5), edit(1, 1, 9)];
    const rects = editRects(edits).get("Plan")!;
    expect(rects.map((r) => r.range)).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 1, bottom: 4, right: 1 },
    ]);
    expect(rects[0].data[0][0].value).toBe(9); // the later edit of a cell wins
  });

  test("a huge write is split so no request passes 5 MB", async () => {
    const book = new FakeBook();
    book.addSheet("Plan");
    const long = "x".repeat(2000);
    const edits = Array.from({ length: 6000 }, (_, i) => edit(i, 0, long));
    const report = await countSyncs(book, (wb) => wb.applyEdits(edits), {}, { syncBudget: 4 * 1024 * 1024 });
    expect(report.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(report.syncs).toBe(Math.ceil((6000 * 2003) / (4 * 1024 * 1024)));
    expect(getCell(book.sheet("Plan")!, 5999, 0).value).toBe(long);
  });
});
