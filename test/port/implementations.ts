/**
 * Every implementation of the Workbook port, opened on the same .xlsx bytes,
 * with what the contract needs to look at it from outside the port.
 */
import type * as ExcelJS from "exceljs";
import type { CellEdit } from "../../src/core/edits";
import type { Finding } from "../../src/core/finding";
import type { Grid, RangeRef } from "../../src/core/grid";
import type { NewSheetOptions, SheetListOptions, Workbook, WorkbookDecision, WorkbookRead, WorkbookSnapshot } from "../../src/core/port";
import type { SheetSpec } from "../../src/core/sheetspec";
import { NotifyingWorkbook, type WorkbookChange } from "../../src/preview/notifying";
import type { XlsxWorkbook } from "../../src/xlsx/workbook";
import { STATE_SHEET } from "../../src/core/state/format";
import { FakeBook, cellFor, fakeWorkbook, getCell, putValue } from "../excel/fake";
import { paint } from "../excel/fixtures";
import { excelFrom, xlsxFrom, xlsxFromBytes } from "../support/xlsx";
import { snapshot as xlsxSnapshot } from "../xlsx/helpers";
import { bytesFromFake, fakeFromBytes } from "./bridge";

/** A cell's fill in words every implementation can say. */
export interface SeenFill {
  pattern: string;
  color?: string;
}

export interface Opened {
  wb: Workbook;
  /** Every cell of a sheet as this implementation stores it (values, formats, fills): what must come back exactly. */
  snapshot(sheet: string): Promise<unknown>;
  fill(sheet: string, row: number, col: number): Promise<SeenFill>;
  /** The user paints a cell, outside the port. */
  paint(sheet: string, row: number, col: number, color: string): Promise<void>;
  /** The same workbook in a new session: saved as an .xlsx file and opened again (in Excel, through the bridge). */
  reopen(): Promise<Opened>;
  /** The workbook as an .xlsx file. */
  bytes(): Promise<Uint8Array>;
  /** Sheet names as stored, hidden ones too. */
  allSheets(): Promise<string[]>;
  /** Outside the port: cells written as they are into a row (0-based) of the state sheet, created very hidden when missing. */
  putStateRow(row: number, cells: readonly (string | number)[]): Promise<void>;
  /** Outside the port: a row (0-based) of the state sheet as stored, up to its last value ([] when there is none). */
  stateRow(row: number): Promise<unknown[]>;
}

export interface Implementation {
  name: string;
  open(bytes: Uint8Array): Promise<Opened>;
}

function excelOpened(book: FakeBook): Opened {
  return {
    wb: fakeWorkbook(book).wb,
    snapshot: async (sheet) =>
      [...(book.sheet(sheet)?.cells.entries() ?? [])]
        .filter(([, c]) => c.type !== "Empty" || c.format !== "General" || Object.keys(c.style).length > 0)
        .sort((a, b) => a[0] - b[0])
        .map(([k, c]) => JSON.stringify([k, c.value, c.type, c.format, c.style])),
    fill: async (sheet, row, col) => {
      const s = getCell(book.sheet(sheet)!, row, col).style;
      const pattern = (s["fill.pattern"] as string | undefined) ?? "None";
      return pattern === "None" ? { pattern } : { pattern, color: String(s["fill.color"]).toUpperCase() };
    },
    paint: async (sheet, row, col, color) => paint(book.sheet(sheet)!, row, col, color),
    reopen: async () => excelOpened(await fakeFromBytes(await bytesFromFake(book))),
    bytes: () => bytesFromFake(book),
    allSheets: async () => book.sheets.map((s) => s.name),
    putStateRow: async (row, cells) => {
      const sheet = book.sheet(STATE_SHEET) ?? book.addSheet(STATE_SHEET, "VeryHidden");
      cells.forEach((v, col) => putValue(cellFor(sheet, row, col), v, "General"));
    },
    stateRow: async (row) => {
      const sheet = book.sheet(STATE_SHEET);
      const out: unknown[] = [];
      for (let col = 0; sheet && col < 64; col++) {
        const cell = getCell(sheet, row, col);
        if (cell.type !== "Empty") out[col] = cell.value;
      }
      return [...out];
    },
  };
}

/**
 * The port over whichever XlsxWorkbook is current: a change made outside the
 * port (the user painting a cell in Excel) goes through a file, so the
 * adapter behind the port is then a new one on the new bytes.
 */
class CurrentXlsx implements Workbook {
  constructor(public inner: XlsxWorkbook) {}
  sheets(opts?: SheetListOptions): Promise<string[]> { return this.inner.sheets(opts); }
  readGrid(sheet: string): Promise<Grid> { return this.inner.readGrid(sheet); }
  readGrids(request?: WorkbookRead): Promise<WorkbookSnapshot> { return this.inner.readGrids(request); }
  update<T>(request: WorkbookRead, decide: (s: WorkbookSnapshot) => WorkbookDecision<T> | Promise<WorkbookDecision<T>>): Promise<T> { return this.inner.update(request, decide); }
  applyEdits(edits: readonly CellEdit[]): Promise<void> { return this.inner.applyEdits(edits); }
  addSheet(spec: SheetSpec, opts?: NewSheetOptions): Promise<string> { return this.inner.addSheet(spec, opts); }
  replaceSheet(sheet: string, spec: SheetSpec, opts?: { activate?: boolean }): Promise<void> { return this.inner.replaceSheet(sheet, spec, opts); }
  removeSheet(name: string): Promise<void> { return this.inner.removeSheet(name); }
  mark(findings: readonly Finding[]): Promise<void> { return this.inner.mark(findings); }
  clearMarks(): Promise<void> { return this.inner.clearMarks(); }
  select(sheet: string, range: RangeRef): Promise<void> { return this.inner.select(sheet, range); }
  selection(): Promise<{ sheet: string; range: RangeRef } | null> { return this.inner.selection(); }
  loadState(key: string): Promise<string | null> { return this.inner.loadState(key); }
  saveState(key: string, value: string | null): Promise<void> { return this.inner.saveState(key, value); }
}

function xlsxOpened(start: XlsxWorkbook, wrap: (inner: CurrentXlsx) => Workbook): Opened {
  const current = new CurrentXlsx(start);
  /** The workbook as ExcelJS reads the adapter's bytes. */
  const file = () => excelFrom(current.inner);
  /** A change outside the port: the file opened elsewhere, changed and saved. */
  const outside = async (change: (book: ExcelJS.Workbook) => void) => {
    const book = await file();
    change(book);
    current.inner = await xlsxFrom(book);
  };
  const opened: Opened = {
    wb: wrap(current),
    snapshot: async (sheet) => xlsxSnapshot((await file()).getWorksheet(sheet)!),
    fill: async (sheet, row, col) => {
      const f = (await file()).getWorksheet(sheet)!.getCell(row + 1, col + 1).style?.fill;
      if (!f || f.type !== "pattern" || f.pattern === "none") return { pattern: "None" };
      if (f.pattern !== "solid") return { pattern: f.pattern };
      return { pattern: "Solid", color: `#${String(f.fgColor?.argb).slice(2).toUpperCase()}` };
    },
    paint: (sheet, row, col, color) =>
      outside((book) => {
        const cell = book.getWorksheet(sheet)!.getCell(row + 1, col + 1);
        cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${color.slice(1)}` } } };
      }),
    reopen: async () => xlsxOpened(xlsxFromBytes(current.inner.save()), wrap),
    bytes: async () => current.inner.save(),
    allSheets: async () => (await file()).worksheets.map((w) => w.name),
    putStateRow: (row, cells) =>
      outside((book) => {
        const ws = book.worksheets.find((w) => w.name.toLowerCase() === STATE_SHEET) ?? book.addWorksheet(STATE_SHEET, { state: "veryHidden" });
        cells.forEach((v, col) => void (ws.getCell(row + 1, col + 1).value = v));
      }),
    stateRow: async (row) => {
      const ws = (await file()).worksheets.find((w) => w.name.toLowerCase() === STATE_SHEET);
      const values = (ws?.findRow(row + 1)?.values ?? []) as unknown[];
      return [...values.slice(1)].map((v) => (v === null ? undefined : v));
    },
  };
  return opened;
}

/** What the preview's wrapper reported, per wrapper (the contract checks calls pass through; test/preview checks the reports). */
export const reported: WorkbookChange[] = [];

export const IMPLEMENTATIONS: Implementation[] = [
  { name: "ExcelWorkbook (fake Office.js)", open: async (bytes) => excelOpened(await fakeFromBytes(bytes)) },
  { name: "XlsxWorkbook", open: async (bytes) => xlsxOpened(xlsxFromBytes(bytes), (inner) => inner) },
  {
    name: "NotifyingWorkbook (preview) over XlsxWorkbook",
    open: async (bytes) => xlsxOpened(xlsxFromBytes(bytes), (inner) => new NotifyingWorkbook(inner, (c) => reported.push(c))),
  },
];
