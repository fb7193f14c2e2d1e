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

/**
 * The small plan of 2026 the package tests fill and check (PK genre): sheet "Rencana Aksi", a title,
 * a two-row header (No, Sasaran, Indikator Kinerja, Satuan, Target, Target Triwulan I-IV merged over
 * F2:I2), then `rows` from row 4; `more` sets formats or cells on the sheet. As .xlsx bytes.
 */
export async function smallPlanBytes(rows: ExcelJS.CellValue[][], more?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Rencana Aksi");
  ws.addRow(["RENCANA AKSI TAHUN 2026"]);
  ws.addRow(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Target Triwulan", null, null, null]);
  ws.addRow([null, null, null, null, null, "I", "II", "III", "IV"]);
  for (const row of rows) ws.addRow(row);
  ws.mergeCells("F2:I2");
  more?.(ws);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
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

/**
 * Add a worksheet part to a package's parts (as the lead's adapter will):
 * the part, its relationship, content type, <sheet> entry and the sheet's defined names.
 */
export function addSheetPart(
  parts: Record<string, string>,
  name: string,
  xml: string,
  definedNames: { name: string; ref: string }[] = [],
): void {
  const wbXml = parts["xl/workbook.xml"];
  const index = (wbXml.match(/<sheet\b/g) ?? []).length;
  let n = index + 1;
  while (parts[`xl/worksheets/sheet${n}.xml`] !== undefined) n++;
  const part = `worksheets/sheet${n}.xml`; // ExcelJS finds worksheets by this name
  const rid = `rIdNew${n}`;
  parts[`xl/${part}`] = xml;
  parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
    "</Relationships>",
    `<Relationship Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${part}"/></Relationships>`,
  );
  parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
    "</Types>",
    `<Override PartName="/xl/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  const quoted = `'${name.replace(/'/g, "''")}'`;
  const names = definedNames.map((d) => `<definedName name="${d.name}" localSheetId="${index}">${quoted}!${d.ref}</definedName>`).join("");
  let out = wbXml.replace("</sheets>", `<sheet name="${name}" sheetId="${100 + index}" r:id="${rid}"/></sheets>`);
  if (names) out = out.includes("<definedNames>") ? out.replace("<definedNames>", `<definedNames>${names}`) : out.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
  parts["xl/workbook.xml"] = out;
}
