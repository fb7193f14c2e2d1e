import type { Finding, Severity } from "../../src/core/finding";
import { encodeMarks } from "../../src/core/state/marks";
import { MARK_COLORS, MARKS_KEY, STATE_SHEET, WorkbookError } from "../../src/excel";
import { FakeBook, cellFor, countSyncs, fakeRun, fakeWorkbook, getCell, putRows, type FakeSheet } from "./fake";
import { paint, planSheet } from "./fixtures";

const finding = (severity: Severity, top: number, left: number, bottom = top, right = left, sheet = "Plan"): Finding => ({
  rule: "percent.range",
  severity,
  sheet,
  range: { top, left, bottom, right },
  message: { id: "x", en: "x" },
});

/** Every non-default cell's value, type, format and style: what must come back exactly. */
function snapshot(s: FakeSheet, withStyle = true): string[] {
  return [...s.cells.entries()]
    .filter(([, c]) => c.type !== "Empty" || c.format !== "General" || (withStyle && Object.keys(c.style).length > 0))
    .sort((a, b) => a[0] - b[0])
    .map(([k, c]) => JSON.stringify([k, c.value, c.type, c.format, withStyle ? c.style : null]));
}

/** Cells that differ between two snapshots (short failure messages). */
function diff(a: string[], b: string[]): string[] {
  const sa = new Set(a);
  const sb = new Set(b);
  return [...a.filter((x) => !sb.has(x)), ...b.filter((x) => !sa.has(x))];
}

function book(): { book: FakeBook; sheet: FakeSheet } {
  const b = new FakeBook();
  const sheet = planSheet(b, "Plan", 40);
  paint(sheet, 7, 5, "#00B050"); // a user's green
  paint(sheet, 7, 6, "#FFFF00", "Gray50"); // a pattern fill
  cellFor(sheet, 7, 6).style["fill.patternColor"] = "#FF0000";
  paint(sheet, 8, 5, "#FFFFFF"); // explicit white, which is not "no fill"
  return { book: b, sheet };
}

describe("mark and clearMarks", () => {
  test("mark paints by severity, never touches values, and clear restores every fill exactly", async () => {
    const { book: b, sheet } = book();
    const before = snapshot(sheet);
    const values = snapshot(sheet, false);
    const { wb } = fakeWorkbook(b);
    await wb.mark([finding("warning", 7, 5, 8, 6), finding("error", 8, 5), finding("info", 9, 0, 9, 13)]);

    expect(getCell(sheet, 7, 5).style["fill.color"]).toBe(MARK_COLORS.warning);
    expect(getCell(sheet, 8, 5).style["fill.color"]).toBe(MARK_COLORS.error); // the most severe wins
    expect(getCell(sheet, 7, 6).style).toMatchObject({ "fill.color": MARK_COLORS.warning, "fill.pattern": "Solid" });
    expect(getCell(sheet, 9, 13).style["fill.color"]).toBe(MARK_COLORS.info);
    expect(diff(snapshot(sheet, false), values)).toEqual([]);

    await wb.clearMarks();
    expect(diff(snapshot(sheet), before)).toEqual([]);
    expect(getCell(sheet, 9, 0).style["fill.pattern"]).toBeUndefined(); // no fill, not white
    expect(getCell(sheet, 7, 6).style).toMatchObject({ "fill.pattern": "Gray50", "fill.patternColor": "#FF0000" });
  });

  test("clearMarks works from a new session: the record lives in the workbook, on a very hidden sheet", async () => {
    const { book: b, sheet } = book();
    const before = snapshot(sheet);
    await fakeWorkbook(b).wb.mark([finding("error", 10, 5, 12, 8)]);
    expect(b.sheet(STATE_SHEET)!.visibility).toBe("VeryHidden");
    const reopened = fakeWorkbook(b).wb; // the task pane was closed and opened again
    expect(await reopened.sheets()).toEqual(["Plan"]);
    await reopened.clearMarks();
    expect(diff(snapshot(sheet), before)).toEqual([]);
  });

  test("marking again replaces the marks and keeps the first previous fill", async () => {
    const { book: b, sheet } = book();
    const before = snapshot(sheet);
    const { wb } = fakeWorkbook(b);
    await wb.mark([finding("error", 7, 5), finding("error", 20, 1)]);
    await wb.mark([finding("warning", 7, 5), finding("info", 21, 1)]); // 20,1 fixed; 7,5 now a warning
    expect(getCell(sheet, 20, 1).style["fill.pattern"]).toBeUndefined();
    expect(getCell(sheet, 7, 5).style["fill.color"]).toBe(MARK_COLORS.warning);
    await wb.clearMarks();
    expect(diff(snapshot(sheet), before)).toEqual([]);
  });

  test("a fill the user set on a marked cell is left alone by clear", async () => {
    const { book: b, sheet } = book();
    const { wb } = fakeWorkbook(b);
    await wb.mark([finding("error", 12, 2), finding("error", 12, 3)]);
    paint(sheet, 12, 2, "#7030A0");
    await wb.clearMarks();
    expect(getCell(sheet, 12, 2).style["fill.color"]).toBe("#7030A0");
    expect(getCell(sheet, 12, 3).style["fill.pattern"]).toBeUndefined();
  });

  test("a gradient fill comes back as its colour, solid: Office.js cannot set a gradient, and the rest of the write goes through", async () => {
    const { book: b, sheet } = book();
    paint(sheet, 14, 5, "#4472C4", "LinearGradient");
    paint(sheet, 14, 6, "#ED7D31", "RectangularGradient");
    const { wb } = fakeWorkbook(b);
    await wb.mark([finding("error", 14, 5, 14, 7)]);
    expect(getCell(sheet, 14, 5).style["fill.color"]).toBe(MARK_COLORS.error);
    await wb.clearMarks();
    expect(getCell(sheet, 14, 5).style).toMatchObject({ "fill.color": "#4472C4", "fill.pattern": "Solid" });
    expect(getCell(sheet, 14, 6).style).toMatchObject({ "fill.color": "#ED7D31", "fill.pattern": "Solid" });
    expect(getCell(sheet, 14, 7).style["fill.pattern"]).toBeUndefined();
    expect(b.sheet(STATE_SHEET) && (await wb.loadState("renaksi.marks"))).toBeNull();
  });

  test("a gradient kept in a record written before this fix is restored as its colour too", async () => {
    const { book: b, sheet } = book();
    paint(sheet, 15, 5, MARK_COLORS.error);
    const { wb } = fakeWorkbook(b);
    await wb.saveState(MARKS_KEY, encodeMarks([{ s: "Plan", r: 15, c: 5, f: { pattern: "LinearGradient", color: "#4472C4" }, m: MARK_COLORS.error }]));
    await wb.clearMarks();
    expect(getCell(sheet, 15, 5).style).toMatchObject({ "fill.color": "#4472C4", "fill.pattern": "Solid" });
  });

  test("the fake refuses what Office.js refuses: a gradient or an unknown name set as fill.pattern fails the sync", async () => {
    const b = new FakeBook();
    b.addSheet("S");
    for (const pattern of ["LinearGradient", "RectangularGradient", "solid", "Dots"]) {
      const err = await fakeRun(b).run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").format.fill.pattern = pattern as Excel.FillPattern;
        await ctx.sync();
      }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "InvalidArgument" });
    }
  });

  test("four syncs for 100 and for 20,000 marked cells", async () => {
    for (const n of [100, 20_000]) {
      const b = new FakeBook();
      const s = b.addSheet("Plan");
      putRows(s, Array.from({ length: n / 4 }, () => ["a", 1, 2, 3, 4]));
      const findings = Array.from({ length: n / 4 }, (_, i) => finding(i % 2 ? "error" : "warning", i, 1, i, 4));
      const mark = await countSyncs(b, (wb) => wb.mark(findings), {}, { syncBudget: 4 * 1024 * 1024 });
      expect(mark.syncs).toBe(4);
      expect(mark.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(mark.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
      const clear = await countSyncs(b, (wb) => wb.clearMarks(), {}, { syncBudget: 4 * 1024 * 1024 });
      expect(clear.syncs).toBe(4);
      expect(getCell(s, n / 4 - 1, 4).style["fill.pattern"]).toBeUndefined();
    }
  });

  test("findings on a sheet that no longer exists are a WorkbookError naming it, before anything is written", async () => {
    const { book: b } = book();
    const { wb, contexts } = fakeWorkbook(b);
    const err = await wb.mark([finding("error", 1, 1, 1, 1), finding("error", 1, 1, 1, 1, "Hilang")]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).key).toBe("workbook.markSheetMissing");
    expect((err as WorkbookError).params).toEqual({ sheet: "Hilang" });
    expect(contexts.flatMap((c) => c.syncs)).toHaveLength(2); // state index, record and names: no write sync
  });
});
