/**
 * Every implementation of the Workbook port, opened on the same .xlsx bytes,
 * with what the contract needs to look at it from outside the port.
 */
import type * as ExcelJS from "exceljs";
import type { Workbook } from "../../src/core/port";
import { NotifyingWorkbook, type WorkbookChange } from "../../src/preview/notifying";
import { loadWorkbook, saveWorkbook } from "../../src/xlsx/load";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { STATE_SHEET } from "../../src/core/state/format";
import { FakeBook, cellFor, fakeWorkbook, getCell, putValue } from "../excel/fake";
import { paint } from "../excel/fixtures";
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
  snapshot(sheet: string): unknown;
  fill(sheet: string, row: number, col: number): SeenFill;
  /** The user paints a cell, outside the port. */
  paint(sheet: string, row: number, col: number, color: string): void;
  /** The same workbook in a new session: saved as an .xlsx file and opened again (in Excel, through the bridge). */
  reopen(): Promise<Opened>;
  /** The workbook as an .xlsx file. */
  bytes(): Promise<Uint8Array>;
  /** Sheet names as stored, hidden ones too. */
  allSheets(): string[];
  /** Outside the port: cells written as they are into a row (0-based) of the state sheet, created very hidden when missing. */
  putStateRow(row: number, cells: readonly (string | number)[]): void;
  /** Outside the port: a row (0-based) of the state sheet as stored, up to its last value ([] when there is none). */
  stateRow(row: number): unknown[];
}

export interface Implementation {
  name: string;
  open(bytes: Uint8Array): Promise<Opened>;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const res = await loadWorkbook(bytes);
  if (!res.ok) throw new Error(`load failed: ${res.reason}`);
  return res.workbook;
}

function excelOpened(book: FakeBook): Opened {
  return {
    wb: fakeWorkbook(book).wb,
    snapshot: (sheet) =>
      [...(book.sheet(sheet)?.cells.entries() ?? [])]
        .filter(([, c]) => c.type !== "Empty" || c.format !== "General" || Object.keys(c.style).length > 0)
        .sort((a, b) => a[0] - b[0])
        .map(([k, c]) => JSON.stringify([k, c.value, c.type, c.format, c.style])),
    fill: (sheet, row, col) => {
      const s = getCell(book.sheet(sheet)!, row, col).style;
      const pattern = (s["fill.pattern"] as string | undefined) ?? "None";
      return pattern === "None" ? { pattern } : { pattern, color: String(s["fill.color"]).toUpperCase() };
    },
    paint: (sheet, row, col, color) => paint(book.sheet(sheet)!, row, col, color),
    reopen: async () => excelOpened(await fakeFromBytes(await bytesFromFake(book))),
    bytes: () => bytesFromFake(book),
    allSheets: () => book.sheets.map((s) => s.name),
    putStateRow: (row, cells) => {
      const sheet = book.sheet(STATE_SHEET) ?? book.addSheet(STATE_SHEET, "VeryHidden");
      cells.forEach((v, col) => putValue(cellFor(sheet, row, col), v, "General"));
    },
    stateRow: (row) => {
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

function xlsxOpened(book: ExcelJS.Workbook, wrap: (inner: XlsxWorkbook) => Workbook): Opened {
  const opened: Opened = {
    wb: wrap(new XlsxWorkbook(book)),
    snapshot: (sheet) => xlsxSnapshot(book.getWorksheet(sheet)!),
    fill: (sheet, row, col) => {
      const f = book.getWorksheet(sheet)!.getCell(row + 1, col + 1).style?.fill;
      if (!f || f.type !== "pattern" || f.pattern === "none") return { pattern: "None" };
      if (f.pattern !== "solid") return { pattern: f.pattern };
      return { pattern: "Solid", color: `#${String(f.fgColor?.argb).slice(2).toUpperCase()}` };
    },
    paint: (sheet, row, col, color) => {
      const cell = book.getWorksheet(sheet)!.getCell(row + 1, col + 1);
      cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${color.slice(1)}` } } };
    },
    reopen: async () => xlsxOpened(await load(await saveWorkbook(book)), wrap),
    bytes: () => saveWorkbook(book),
    allSheets: () => book.worksheets.map((w) => w.name),
    putStateRow: (row, cells) => {
      const ws = book.worksheets.find((w) => w.name.toLowerCase() === STATE_SHEET) ?? book.addWorksheet(STATE_SHEET, { state: "veryHidden" });
      cells.forEach((v, col) => void (ws.getCell(row + 1, col + 1).value = v));
    },
    stateRow: (row) => {
      const ws = book.worksheets.find((w) => w.name.toLowerCase() === STATE_SHEET);
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
  { name: "XlsxWorkbook", open: async (bytes) => xlsxOpened(await load(bytes), (inner) => inner) },
  {
    name: "NotifyingWorkbook (preview) over XlsxWorkbook",
    open: async (bytes) => xlsxOpened(await load(bytes), (inner) => new NotifyingWorkbook(inner, (c) => reported.push(c))),
  },
];
