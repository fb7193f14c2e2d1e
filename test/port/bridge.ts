/**
 * The smallest honest bridge between an .xlsx file and the fake Office.js
 * workbook (test/excel/fake), so that state and marks written by one adapter
 * can be read by the other: the fake holds a workbook the way Excel would
 * after opening the file, and gives one back as a file.
 *
 * It carries what the contract's workbooks hold: sheets and their visibility,
 * text, number and boolean values, number formats, and solid or "Gray50"
 * fills with RGB colours. Anything else throws, so a test never passes on a
 * silently dropped cell. The fill words are written out here, apart from the
 * adapters' own conversions (src/xlsx/styleColors.ts), so that the bridge does not
 * test the adapter with itself.
 */
import * as ExcelJS from "exceljs";
import { FakeBook, cellFor, putValue, type FakeSheet } from "../excel/fake";
import { bytesOf, excelFromBytes } from "../support/xlsx";

const VISIBILITY: Record<string, FakeSheet["visibility"]> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };
const STATE: Record<FakeSheet["visibility"], ExcelJS.WorksheetState> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** An .xlsx file as Excel would hold it when it opens the file: a fake book. */
export async function fakeFromBytes(bytes: Uint8Array): Promise<FakeBook> {
  const file = await excelFromBytes(bytes);
  const book = new FakeBook();
  for (const ws of file.worksheets) {
    const sheet = book.addSheet(ws.name, VISIBILITY[ws.state ?? "visible"] ?? "Visible");
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const at = `${ws.name}!${cell.address}`;
        const value = plainValue(cell.value, at);
        const fake = cellFor(sheet, r - 1, c - 1);
        if (value !== null) putValue(fake, value, cell.numFmt ?? "General");
        else if (cell.numFmt) fake.format = cell.numFmt;
        const fill = cell.style?.fill;
        if (fill) Object.assign(fake.style, officeFill(fill, at));
      }),
    );
  }
  return book;
}

/** A fake book saved as Excel would save it: .xlsx bytes. */
export async function bytesFromFake(book: FakeBook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
    for (const [key, cell] of sheet.cells) {
      const target = ws.getCell(Math.floor(key / 16384) + 1, (key % 16384) + 1);
      const at = `${sheet.name}!${target.address}`;
      if (cell.formula !== undefined || cell.type === "Error") throw new Error(`bridge: ${at} holds a formula or an error`);
      if (cell.type !== "Empty") target.value = cell.value;
      if (cell.format !== "General") target.numFmt = cell.format;
      const fill = fileFill(cell.style, at);
      if (fill) target.fill = fill;
    }
  }
  return bytesOf(wb);
}

function plainValue(v: ExcelJS.CellValue, at: string): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  throw new Error(`bridge: ${at} holds a value the bridge does not carry (${JSON.stringify(v)})`);
}

function rgb(color: Partial<ExcelJS.Color> | undefined, at: string): string {
  const argb = color?.argb;
  if (typeof argb !== "string" || !/^FF[0-9A-F]{6}$/i.test(argb) || (color as { tint?: number }).tint) throw new Error(`bridge: ${at} has a colour the bridge does not carry`);
  return `#${argb.slice(2).toUpperCase()}`;
}

function officeFill(fill: ExcelJS.Fill, at: string): Record<string, unknown> {
  if (fill.type === "pattern" && fill.pattern === "none") return {}; // Excel shows no fill
  if (fill.type === "pattern" && fill.pattern === "solid") return { "fill.pattern": "Solid", "fill.color": rgb(fill.fgColor, at) };
  if (fill.type === "pattern" && fill.pattern === "mediumGray") {
    return { "fill.pattern": "Gray50", "fill.color": rgb(fill.bgColor, at), "fill.patternColor": rgb(fill.fgColor, at) };
  }
  throw new Error(`bridge: ${at} has a fill the bridge does not carry (${JSON.stringify(fill)})`);
}

function fileFill(style: Record<string, unknown>, at: string): ExcelJS.Fill | undefined {
  const keys = Object.keys(style);
  if (keys.some((k) => !["fill.pattern", "fill.color", "fill.patternColor"].includes(k))) throw new Error(`bridge: ${at} has a style the bridge does not carry (${keys.join(", ")})`);
  const argb = (hex: unknown): Partial<ExcelJS.Color> => ({ argb: `FF${String(hex).replace(/^#/, "").toUpperCase()}` });
  if (style["fill.pattern"] === undefined) return undefined;
  if (style["fill.pattern"] === "Solid") return { type: "pattern", pattern: "solid", fgColor: argb(style["fill.color"]) };
  if (style["fill.pattern"] === "Gray50") return { type: "pattern", pattern: "mediumGray", fgColor: argb(style["fill.patternColor"]), bgColor: argb(style["fill.color"]) };
  throw new Error(`bridge: ${at} has a fill the bridge does not carry (${String(style["fill.pattern"])})`);
}
