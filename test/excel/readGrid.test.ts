import { FakeBook, cellKey, countSyncs, fakeWorkbook, putRows } from "./fake";
import { WorkbookError } from "../../src/excel";
import { planSheet } from "./fixtures";

describe("ExcelWorkbook.readGrid", () => {
  test("reads values, text, number formats, errors and merges of the used range", async () => {
    const book = new FakeBook();
    const s = book.addSheet("Lampiran");
    putRows(s, [["Sasaran", "TW I"], ["Sasaran 1", 0.2125], [null, "21,25 5%"], [{ error: "#REF!" }, true]], { row: 6, col: 1 });
    s.cells.get(cellKey(7, 2))!.format = "0.00%";
    s.merges.push({ top: 7, left: 1, bottom: 8, right: 1 }, { top: 0, left: 10, bottom: 1, right: 11 });
    const { wb } = fakeWorkbook(book);
    const grid = await wb.readGrid("Lampiran");
    expect(grid.origin).toEqual({ row: 6, col: 1 });
    expect(grid.values).toEqual([["Sasaran", "TW I"], ["Sasaran 1", 0.2125], [null, "21,25 5%"], [{ error: "#REF!" }, true]]);
    expect(grid.text[1]).toEqual(["Sasaran 1", "21.25%"]);
    expect(grid.text[3]).toEqual(["#REF!", "TRUE"]);
    expect(grid.formats[1]).toEqual(["General", "0.00%"]);
    // The merge outside the used range (K1:L2) is left out.
    expect(grid.merges).toEqual([{ top: 7, left: 1, bottom: 8, right: 1 }]);
    expect(grid.hiddenRows).toEqual([]);
  });

  test("reports hidden rows and columns inside the used range", async () => {
    const book = new FakeBook();
    const s = planSheet(book, "P", 30);
    s.hiddenRows = new Set([5, 6, 20, 500]);
    s.hiddenCols = new Set([2]);
    const grid = await fakeWorkbook(book).wb.readGrid("P");
    expect(grid.hiddenRows).toEqual([5, 6, 20]);
    expect(grid.hiddenCols).toEqual([2]);
  });

  test("an empty sheet gives an empty grid", async () => {
    const book = new FakeBook();
    book.addSheet("Kosong");
    const grid = await fakeWorkbook(book).wb.readGrid("Kosong");
    expect(grid.values).toEqual([]);
    expect(grid.merges).toEqual([]);
  });

  test("a missing sheet is a WorkbookError naming it", async () => {
    const { wb } = fakeWorkbook(new FakeBook());
    const err = await wb.readGrid("Tidak Ada").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).key).toBe("ui.excel.sheetNotFound");
    expect((err as WorkbookError).text.id).toContain("Tidak Ada");
  });

  test("100 and 20,000 rows take the same number of syncs (desktop: no payload cap)", async () => {
    const counts: number[] = [];
    for (const rows of [100, 20_000]) {
      const book = new FakeBook();
      planSheet(book, "Plan", rows);
      const report = await countSyncs(book, (wb) => wb.readGrid("Plan"), { limitBytes: Infinity }, { syncBudget: 64 * 1024 * 1024 });
      expect(report.result.values.length).toBe(rows + 4);
      expect(report.result.merges.length).toBe(rows / 10);
      counts.push(report.syncs);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[1]).toBeLessThanOrEqual(3);
  });

  test("on Excel on the web every sync stays under 5 MB, and the count grows only with megabytes", async () => {
    const book = new FakeBook();
    planSheet(book, "Plan", 20_000);
    const report = await countSyncs(book, (wb) => wb.readGrid("Plan"), {}, { syncBudget: 4 * 1024 * 1024 });
    const totalResponse = report.records.reduce((n, r) => n + r.responseBytes, 0);
    expect(report.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(report.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    // Probe + ceil(data / budget) batches, with the estimate's margin: a handful, not thousands.
    expect(report.syncs).toBeLessThanOrEqual(2 + Math.ceil((totalResponse * 2) / (4 * 1024 * 1024)));
    expect(report.result.values.length).toBe(20_004);
  });

  test("cells of long text still fit: a failed oversized batch is retried in smaller ones", async () => {
    const book = new FakeBook();
    const s = book.addSheet("Teks");
    const long = "Terlaksananya penyusunan dokumen perencanaan ".repeat(40); // ~1,800 characters
    for (let r = 0; r < 3000; r++) putRows(s, [[long, long]], { row: r, col: 0 });
    const report = await countSyncs(book, (wb) => wb.readGrid("Teks"), {}, { syncBudget: 4 * 1024 * 1024 });
    expect(report.result.values[2999][1]).toBe(long);
    for (const r of report.records.filter((x) => !x.failed)) expect(r.responseBytes).toBeLessThan(5 * 1024 * 1024);
  });
});

test("short rows followed by long ones: the estimate learns and recovers", async () => {
  const book = new FakeBook();
  const s = book.addSheet("Campur");
  const long = "Tersedianya dokumen perencanaan dan laporan kinerja ".repeat(40);
  for (let r = 0; r < 20_000; r++) putRows(s, [["a", r]], { row: r, col: 0 });
  for (let r = 20_000; r < 23_000; r++) putRows(s, [[long, long]], { row: r, col: 0 });
  const report = await countSyncs(book, (wb) => wb.readGrid("Campur"), {}, { syncBudget: 4 * 1024 * 1024 });
  expect(report.result.values[22_999][0]).toBe(long);
  expect(report.result.values[19_999][1]).toBe(19_999);
  for (const r of report.records.filter((x) => !x.failed)) expect(r.responseBytes).toBeLessThan(5 * 1024 * 1024);
});

describe("more than 512 merged areas (getMergedAreasOrNullObject fails above 512)", () => {
  function manyMerges(book: FakeBook): void {
    const s = planSheet(book, "Banyak", 1200);
    s.merges = [];
    // 1,000 two-row merges stacked in column D with no gap: their boundaries fall on tile edges too.
    for (let i = 0; i < 1000; i++) s.merges.push({ top: 4 + i, left: 3, bottom: 4 + i, right: 4 });
    // Tall merges crossing many tiles, stacked directly on each other.
    for (let i = 0; i < 12; i++) s.merges.push({ top: 4 + i * 100, left: 0, bottom: 103 + i * 100, right: 0 });
  }

  test.each([true, false])("are read tile by tile and joined exactly (clipped pieces: %s)", async (clip) => {
    const book = new FakeBook();
    manyMerges(book);
    const expected = [...book.sheet("Banyak")!.merges].sort((a, b) => a.top - b.top || a.left - b.left);
    const report = await countSyncs(book, (wb) => wb.readGrid("Banyak"), { clipMergedAreas: clip, limitBytes: Infinity }, { syncBudget: 64 * 1024 * 1024 });
    expect(expected.length).toBeGreaterThan(512); // one call over the sheet would fail in the fake, as in Excel
    expect(report.result.merges).toEqual(expected);
    expect(report.records.every((r) => !r.failed)).toBe(true);
    expect(report.syncs).toBe(2); // probe, then data with the merge tiles
  });
});
