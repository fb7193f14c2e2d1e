/** Test helpers: packages as text parts (fflate), and workbooks read back with ExcelJS. */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** The shared real plans beside the repo (see test/precision), when the folder is there. */
export const SHARED_REAL = path.resolve(__dirname, "../../../../shared/real");

export function realWorkbooks(): string[] {
  if (!fs.existsSync(SHARED_REAL)) return [];
  return fs.readdirSync(SHARED_REAL).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(SHARED_REAL, f));
}

/** The parts of a package as text. */
export function unzipParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

export function zipParts(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}

/** The parts of a small workbook ExcelJS writes: one sheet "Sheet1" with A1 = 1. */
export async function excelJsParts(build?: (wb: ExcelJS.Workbook) => void): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  if (build) build(wb);
  else wb.addWorksheet("Sheet1").getCell("A1").value = 1;
  return unzipParts(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** Read a package back with ExcelJS. */
export async function loadWithExcelJs(parts: Record<string, string>): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(zipParts(parts)) as unknown as ArrayBuffer);
  return wb;
}

/** The attributes of the first element `tag` (local name) in `xml` whose attributes contain `has`. */
export function attrsOf(xml: string, tag: string, has = ""): Record<string, string> | undefined {
  const re = new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*)>`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (!m[1].includes(has)) continue;
    return Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
  }
  return undefined;
}
