import type * as ExcelJS from "exceljs";
import type { Finding, Severity } from "../../src/core/finding";
import type { RangeRef } from "../../src/core/grid";
import { MARKS_KEY, MARK_COLORS as MARK_HEX, decodeMarks } from "../../src/core/state/marks";
import { XlsxWorkbookError } from "../../src/xlsx/errors";
import { STATE_SHEET } from "../../src/xlsx/stateRows";
import { excelFrom, reopen, xlsxFrom } from "../support/xlsx";
import { newBook, roundTrip, snapshot } from "./helpers";

/** Mark colours per severity as RGB hex without "#" (ExcelJS reads them back as ARGB after "FF"). */
const MARK_COLORS = Object.fromEntries(Object.entries(MARK_HEX).map(([severity, hex]) => [severity, hex.replace(/^#/, "")])) as Record<Severity, string>;

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
    const book = await xlsxFrom(planBook());
    await book.mark(FINDINGS);
    const ws = (await excelFrom(book)).getWorksheet("Plan")!;
    expect(fillArgb(ws, "B2")).toBe(`FF${MARK_COLORS.warning}`);
    expect(fillArgb(ws, "C2")).toBe(`FF${MARK_COLORS.warning}`);
    expect(fillArgb(ws, "E2")).toBe(`FF${MARK_COLORS.error}`);
    expect(fillArgb(ws, "E3")).toBe(`FF${MARK_COLORS.error}`);
    expect(fillArgb(ws, "A5")).toBe(`FF${MARK_COLORS.info}`);
    expect(fillArgb(ws, "A4")).toBeUndefined();
    expect(MARK_COLORS).toEqual({ error: "FFC7CE", warning: "FFEB9C", info: "DDEBF7" });
  });

  test("clearMarks restores every cell exactly, fills and no fills", async () => {
    const book = await xlsxFrom(planBook());
    const before = snapshot((await excelFrom(book)).getWorksheet("Plan")!);
    await book.mark(FINDINGS);
    expect(snapshot((await excelFrom(book)).getWorksheet("Plan")!)).not.toEqual(before);
    await book.clearMarks();
    const after = await excelFrom(book);
    expect(snapshot(after.getWorksheet("Plan")!)).toEqual(before);
    expect(await book.loadState(MARKS_KEY)).toBeNull();
    expect(after.worksheets.map((w) => w.name)).toEqual(["Plan", "Other"]);
  });

  test("clearMarks works after a save/load cycle in between", async () => {
    const saved = await roundTrip(planBook()); // the file as the user had it
    const before = snapshot(saved.getWorksheet("Plan")!);
    const book = await xlsxFrom(saved);
    await book.mark(FINDINGS);
    const reopened = reopen(book);
    expect(await reopened.sheets()).toEqual(["Plan", "Other"]);
    await reopened.clearMarks();
    expect(snapshot((await excelFrom(reopened)).getWorksheet("Plan")!)).toEqual(before);
    // and once more through a file: no state sheet, same cells
    const final = await excelFrom(reopen(reopened));
    expect(final.worksheets.map((w) => w.name)).toEqual(["Plan", "Other"]);
    expect(snapshot(final.getWorksheet("Plan")!)).toEqual(before);
  });

  test("marking twice keeps the fill from before the first mark", async () => {
    const book = await xlsxFrom(planBook());
    const before = snapshot((await excelFrom(book)).getWorksheet("Plan")!);
    await book.mark([finding("info", { top: 1, left: 1, bottom: 1, right: 1 })]);
    await book.mark([finding("error", { top: 1, left: 1, bottom: 1, right: 2 })]);
    expect(fillArgb((await excelFrom(book)).getWorksheet("Plan")!, "B2")).toBe(`FF${MARK_COLORS.error}`);
    await book.clearMarks();
    expect(snapshot((await excelFrom(book)).getWorksheet("Plan")!)).toEqual(before);
  });

  test("a cell the user re-coloured after marking keeps the user's fill", async () => {
    const book = await xlsxFrom(planBook());
    await book.mark([finding("error", { top: 3, left: 0, bottom: 3, right: 1 })]);
    const edited = await excelFrom(book); // the user opens the file in Excel
    const cell = edited.getWorksheet("Plan")!.getCell("A4");
    cell.style = { ...cell.style, fill: GREEN };
    const again = await xlsxFrom(edited);
    await again.clearMarks();
    const ws = (await excelFrom(again)).getWorksheet("Plan")!;
    expect(fillArgb(ws, "A4")).toBe("FF00B050");
    expect(ws.getCell("B4").fill).toBeUndefined();
  });

  test("marks on a sheet's cells do not touch other cells sharing their style", async () => {
    const book = await xlsxFrom(await roundTrip(planBook()));
    await book.mark([finding("error", { top: 0, left: 1, bottom: 0, right: 1 })]); // B1
    const ws = (await excelFrom(book)).getWorksheet("Plan")!;
    expect(fillArgb(ws, "B1")).toBe(`FF${MARK_COLORS.error}`);
    expect(fillArgb(ws, "C1")).toBeUndefined();
    expect(fillArgb(ws, "B3")).toBeUndefined();
  });

  test("a huge finding range is clipped to the sheet", async () => {
    const book = await xlsxFrom(planBook());
    await book.mark([finding("warning", { top: 0, left: 0, bottom: 1_048_575, right: 16_383 })]);
    expect(decodeMarks(await book.loadState(MARKS_KEY))).toHaveLength(6 * 5);
  });
});

describe("XlsxWorkbook marks: one meaning with the Excel adapter", () => {
  test("marking again replaces the marks: a cell no longer flagged gets its fill back", async () => {
    const book = await xlsxFrom(planBook());
    const before = snapshot((await excelFrom(book)).getWorksheet("Plan")!);
    await book.mark([finding("error", { top: 1, left: 1, bottom: 1, right: 2 })]); // B2 (green), C2 (stripes)
    await book.mark([finding("warning", { top: 1, left: 2, bottom: 1, right: 2 })]); // only C2 now
    const ws = (await excelFrom(book)).getWorksheet("Plan")!;
    expect(fillArgb(ws, "B2")).toBe("FF00B050");
    expect(fillArgb(ws, "C2")).toBe(`FF${MARK_COLORS.warning}`);
    expect(decodeMarks(await book.loadState(MARKS_KEY))).toHaveLength(1);
    await book.clearMarks();
    expect(snapshot((await excelFrom(book)).getWorksheet("Plan")!)).toEqual(before);
  });

  test("fills the record's words cannot say (theme colours, an explicit empty fill, a gradient) come back exactly, through a file", async () => {
    const wb = planBook();
    const ws = wb.getWorksheet("Plan")!;
    ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 4, tint: 0.3999 } as unknown as ExcelJS.Color };
    ws.getCell("A3").fill = { type: "pattern", pattern: "none" };
    ws.getCell("A4").fill = { type: "gradient", gradient: "angle", degree: 90, stops: [{ position: 0, color: { argb: "FF0000FF" } }, { position: 1, color: { argb: "FFFFFFFF" } }] };
    const saved = await roundTrip(wb);
    const before = snapshot(saved.getWorksheet("Plan")!);
    const book = await xlsxFrom(saved);
    await book.mark([finding("error", { top: 1, left: 0, bottom: 3, right: 0 })]);
    const [theme] = decodeMarks(await book.loadState(MARKS_KEY))!;
    expect(theme.f).toMatchObject({ pattern: "Solid", color: "#4F81BD", tint: 0.3999 }); // what Office.js can set
    const reopened = reopen(book);
    await reopened.clearMarks();
    expect(snapshot((await excelFrom(reopened)).getWorksheet("Plan")!)).toEqual(before);
  });

  test("a record under the former key that cannot be read is refused like the current one: nothing written", async () => {
    const wb = planBook();
    const ws = wb.getWorksheet("Plan")!;
    ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${MARK_COLORS.error}` } };
    wb.addWorksheet(STATE_SHEET, { state: "veryHidden" }).getRow(1).values = ["marks", "j3", '~"cut']; // three pieces said, one there
    const book = await xlsxFrom(wb);
    const plan = snapshot((await excelFrom(book)).getWorksheet("Plan")!);
    const state = snapshot((await excelFrom(book)).getWorksheet(STATE_SHEET)!);
    const err = await book.clearMarks().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxWorkbookError);
    expect((err as XlsxWorkbookError).key).toBe("workbook.marksUnreadable");
    const after = await excelFrom(book);
    expect(snapshot(after.getWorksheet("Plan")!)).toEqual(plan);
    expect(snapshot(after.getWorksheet(STATE_SHEET)!)).toEqual(state);
  });

  test("a recorded mark on a cell the sheet no longer has is read as no fill, without creating the cell", async () => {
    const book = await xlsxFrom(planBook());
    await book.mark([finding("error", { top: 5, left: 4, bottom: 5, right: 4 })]); // E6, the sheet's last cell
    const edited = await excelFrom(book); // the user opens the file in Excel
    edited.getWorksheet("Plan")!.spliceRows(6, 1); // and deletes row 6
    expect(edited.getWorksheet("Plan")!.findCell(6, 5)).toBeUndefined();
    const again = await xlsxFrom(edited);
    await again.clearMarks();
    const ws = (await excelFrom(again)).getWorksheet("Plan")!;
    expect(ws.findCell(6, 5)).toBeUndefined();
    expect(ws.rowCount).toBe(5);
    expect(await again.loadState(MARKS_KEY)).toBeNull();
  });
});
