import type * as ExcelJS from "exceljs";
import type { Finding, Severity } from "../../src/core/finding";
import type { RangeRef } from "../../src/core/grid";
import { MARKS_KEY, decodeMarks } from "../../src/core/state/marks";
import { MARK_COLORS } from "../../src/xlsx/marks";
import { XlsxWorkbookError } from "../../src/xlsx/errors";
import { STATE_SHEET, writeState } from "../../src/xlsx/state";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { newBook, roundTrip, snapshot } from "./helpers";

const GREEN: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
const STRIPES: ExcelJS.Fill = { type: "pattern", pattern: "darkVertical", fgColor: { argb: "FF112233" }, bgColor: { argb: "FF445566" } };

function finding(severity: Severity, range: RangeRef, sheet = "Plan"): Finding {
  return { rule: "percent.range", severity, sheet, range, message: { id: "x", en: "x" } };
}

/** A plan sheet where some cells have fills and some have none. */
function planBook(): ExcelJS.Workbook {
  const wb = newBook("Plan", "Other");
  const ws = wb.getWorksheet("Plan")!;
  for (let r = 1; r <= 6; r++) ws.getRow(r).values = [`Indikator ${r}`, 0.25, 0.25, 0.25, 0.1];
  ws.getCell("B2").fill = GREEN;
  ws.getCell("C2").fill = STRIPES;
  ws.getCell("D3").numFmt = "0%";
  wb.getWorksheet("Other")!.getCell("A1").value = "x";
  return wb;
}

function fillArgb(ws: ExcelJS.Worksheet, a1: string): string | undefined {
  const f = ws.getCell(a1).fill;
  return f?.type === "pattern" ? f.fgColor?.argb : undefined;
}

const FINDINGS = [
  finding("warning", { top: 1, left: 1, bottom: 1, right: 4 }), // B2:E2 (two cells with fills)
  finding("error", { top: 1, left: 4, bottom: 2, right: 4 }), // E2:E3, E2 also has the warning
  finding("info", { top: 4, left: 0, bottom: 4, right: 0 }), // A5
];

describe("XlsxWorkbook.mark / clearMarks", () => {
  test("colours by severity; the most severe finding wins a cell", async () => {
    const wb = planBook();
    const book = new XlsxWorkbook(wb);
    await book.mark(FINDINGS);
    const ws = wb.getWorksheet("Plan")!;
    expect(fillArgb(ws, "B2")).toBe(`FF${MARK_COLORS.warning}`);
    expect(fillArgb(ws, "C2")).toBe(`FF${MARK_COLORS.warning}`);
    expect(fillArgb(ws, "E2")).toBe(`FF${MARK_COLORS.error}`);
    expect(fillArgb(ws, "E3")).toBe(`FF${MARK_COLORS.error}`);
    expect(fillArgb(ws, "A5")).toBe(`FF${MARK_COLORS.info}`);
    expect(fillArgb(ws, "A4")).toBeUndefined();
    expect(MARK_COLORS).toEqual({ error: "FFC7CE", warning: "FFEB9C", info: "DDEBF7" });
  });

  test("clearMarks restores every cell exactly, fills and no fills", async () => {
    const wb = planBook();
    const before = snapshot(wb.getWorksheet("Plan")!);
    const book = new XlsxWorkbook(wb);
    await book.mark(FINDINGS);
    expect(snapshot(wb.getWorksheet("Plan")!)).not.toEqual(before);
    await book.clearMarks();
    expect(snapshot(wb.getWorksheet("Plan")!)).toEqual(before);
    expect(await book.loadState(MARKS_KEY)).toBeNull();
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Plan", "Other"]);
  });

  test("clearMarks works after a save/load cycle in between", async () => {
    const original = planBook();
    const saved = await roundTrip(original); // the file as the user had it
    const before = snapshot(saved.getWorksheet("Plan")!);
    const book = new XlsxWorkbook(saved);
    await book.mark(FINDINGS);
    const reopened = new XlsxWorkbook(await roundTrip(saved));
    expect(await reopened.sheets()).toEqual(["Plan", "Other"]);
    await reopened.clearMarks();
    expect(snapshot(reopened.book.getWorksheet("Plan")!)).toEqual(before);
    // and once more through a file: no state sheet, same cells
    const final = await roundTrip(reopened.book);
    expect(final.worksheets.map((w) => w.name)).toEqual(["Plan", "Other"]);
    expect(snapshot(final.getWorksheet("Plan")!)).toEqual(before);
  });

  test("marking twice keeps the fill from before the first mark", async () => {
    const wb = planBook();
    const before = snapshot(wb.getWorksheet("Plan")!);
    const book = new XlsxWorkbook(wb);
    await book.mark([finding("info", { top: 1, left: 1, bottom: 1, right: 1 })]);
    await book.mark([finding("error", { top: 1, left: 1, bottom: 1, right: 2 })]);
    expect(fillArgb(wb.getWorksheet("Plan")!, "B2")).toBe(`FF${MARK_COLORS.error}`);
    await book.clearMarks();
    expect(snapshot(wb.getWorksheet("Plan")!)).toEqual(before);
  });

  test("a cell the user re-coloured after marking keeps the user's fill", async () => {
    const wb = planBook();
    const book = new XlsxWorkbook(wb);
    await book.mark([finding("error", { top: 3, left: 0, bottom: 3, right: 1 })]);
    const ws = wb.getWorksheet("Plan")!;
    ws.getCell("A4").style = { ...ws.getCell("A4").style, fill: GREEN };
    await book.clearMarks();
    expect(fillArgb(ws, "A4")).toBe("FF00B050");
    expect(ws.getCell("B4").fill).toBeUndefined();
  });

  test("marks on a sheet's cells do not touch other cells sharing their style", async () => {
    const wb = await roundTrip(planBook());
    const book = new XlsxWorkbook(wb);
    await book.mark([finding("error", { top: 0, left: 1, bottom: 0, right: 1 })]); // B1
    const ws = wb.getWorksheet("Plan")!;
    expect(fillArgb(ws, "B1")).toBe(`FF${MARK_COLORS.error}`);
    expect(fillArgb(ws, "C1")).toBeUndefined();
    expect(fillArgb(ws, "B3")).toBeUndefined();
  });

  test("a huge finding range is clipped to the sheet", async () => {
    const wb = planBook();
    const book = new XlsxWorkbook(wb);
    await book.mark([finding("warning", { top: 0, left: 0, bottom: 1_048_575, right: 16_383 })]);
    expect(decodeMarks(await book.loadState(MARKS_KEY))).toHaveLength(6 * 5);
  });
});

describe("XlsxWorkbook marks: one meaning with the Excel adapter", () => {
  test("marking again replaces the marks: a cell no longer flagged gets its fill back", async () => {
    const wb = planBook();
    const before = snapshot(wb.getWorksheet("Plan")!);
    const book = new XlsxWorkbook(wb);
    await book.mark([finding("error", { top: 1, left: 1, bottom: 1, right: 2 })]); // B2 (green), C2 (stripes)
    await book.mark([finding("warning", { top: 1, left: 2, bottom: 1, right: 2 })]); // only C2 now
    const ws = wb.getWorksheet("Plan")!;
    expect(fillArgb(ws, "B2")).toBe("FF00B050");
    expect(fillArgb(ws, "C2")).toBe(`FF${MARK_COLORS.warning}`);
    expect(decodeMarks(await book.loadState(MARKS_KEY))).toHaveLength(1);
    await book.clearMarks();
    expect(snapshot(ws)).toEqual(before);
  });

  test("fills the record's words cannot say (theme colours, an explicit empty fill, a gradient) come back exactly, through a file", async () => {
    const wb = planBook();
    const ws = wb.getWorksheet("Plan")!;
    ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 4, tint: 0.3999 } as unknown as ExcelJS.Color };
    ws.getCell("A3").fill = { type: "pattern", pattern: "none" };
    ws.getCell("A4").fill = { type: "gradient", gradient: "angle", degree: 90, stops: [{ position: 0, color: { argb: "FF0000FF" } }, { position: 1, color: { argb: "FFFFFFFF" } }] };
    const saved = await roundTrip(wb);
    const before = snapshot(saved.getWorksheet("Plan")!);
    const book = new XlsxWorkbook(saved);
    await book.mark([finding("error", { top: 1, left: 0, bottom: 3, right: 0 })]);
    const [theme] = decodeMarks(await book.loadState(MARKS_KEY))!;
    expect(theme.f).toMatchObject({ pattern: "Solid", color: "#4F81BD", tint: 0.3999 }); // what Office.js can set
    const reopened = new XlsxWorkbook(await roundTrip(saved));
    await reopened.clearMarks();
    expect(snapshot(reopened.book.getWorksheet("Plan")!)).toEqual(before);
  });

  test("a marks record in this adapter's former shape is taken over and its key removed", async () => {
    const wb = planBook();
    const before = snapshot(wb.getWorksheet("Plan")!);
    const ws = wb.getWorksheet("Plan")!;
    ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${MARK_COLORS.error}` } };
    ws.getCell("A6").fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${MARK_COLORS.info}` } };
    const old = { version: 1, cells: [
      { sheet: "Plan", row: 1, col: 1, severity: "error", previousFill: GREEN },
      { sheet: "Plan", row: 5, col: 0, severity: "info", previousFill: null },
    ] };
    writeState(wb, "marks", JSON.stringify(old));
    const book = new XlsxWorkbook(wb);
    await book.clearMarks();
    expect(snapshot(ws)).toEqual(before);
    expect(await book.loadState("marks")).toBeNull();
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Plan", "Other"]);
  });

  test("a former-shape record that cannot be read is refused like the current one: nothing written", async () => {
    const wb = planBook();
    const ws = wb.getWorksheet("Plan")!;
    ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${MARK_COLORS.error}` } };
    writeState(wb, "marks", '{"version":1,"cells":'); // cut short
    const before = snapshot(ws);
    const state = snapshot(wb.getWorksheet(STATE_SHEET)!);
    const err = await new XlsxWorkbook(wb).clearMarks().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxWorkbookError);
    expect((err as XlsxWorkbookError).key).toBe("workbook.marksUnreadable");
    expect(snapshot(ws)).toEqual(before);
    expect(snapshot(wb.getWorksheet(STATE_SHEET)!)).toEqual(state);
  });

  test("a recorded mark on a cell the sheet no longer has is read as no fill, without creating the cell", async () => {
    const wb = planBook();
    const book = new XlsxWorkbook(wb);
    await book.mark([finding("error", { top: 5, left: 4, bottom: 5, right: 4 })]); // E6, the sheet's last cell
    const ws = wb.getWorksheet("Plan")!;
    ws.spliceRows(6, 1); // the user deletes row 6
    expect(ws.findCell(6, 5)).toBeUndefined();
    await book.clearMarks();
    expect(ws.findCell(6, 5)).toBeUndefined();
    expect(ws.rowCount).toBe(5);
    expect(await book.loadState(MARKS_KEY)).toBeNull();
  });
});
