/** The workbook every contract scenario starts from, as an .xlsx file, and findings on it. */
import * as ExcelJS from "exceljs";
import type { Finding, Severity } from "../../src/core/finding";
import { bytesOf } from "../support/xlsx";

export const GREEN = "#00B050";
export const PURPLE = "#7030A0";

/**
 * "Plan" (rows 1-6: a name and four quarter percentages; B2 green, C2 a
 * grey-50 pattern, D3 formatted "0%"), "Arsip" hidden, "Catatan" visible.
 */
export async function baseBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  for (let r = 1; r <= 6; r++) ws.getRow(r).values = [`Indikator ${r}`, 0.25, 0.25, 0.25, 0.1];
  ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${GREEN.slice(1)}` } };
  ws.getCell("C2").fill = { type: "pattern", pattern: "mediumGray", fgColor: { argb: "FFFF0000" }, bgColor: { argb: "FFFFFF00" } };
  ws.getCell("D3").numFmt = "0%";
  wb.addWorksheet("Arsip", { state: "hidden" }).getCell("A1").value = "lama";
  wb.addWorksheet("Catatan").getCell("A1").value = "catatan";
  return bytesOf(wb);
}

export function finding(severity: Severity, top: number, left: number, bottom = top, right = left, sheet = "Plan"): Finding {
  return { rule: "percent.range", severity, sheet, range: { top, left, bottom, right }, message: { id: "x", en: "x" } };
}

/** A value longer than two cells, with what a file must escape: control characters, "_xHHHH_", emoji, quotes. */
export const LONG_VALUE = JSON.stringify({
  edits: Array.from({ length: 2500 }, (_, i) => ({ sheet: "Plan", row: i, value: `21,25% — baris ${i} ✓ 😀` })),
  odd: "tab\tline\nbell\u0007 nul\u0000 _x0041_ \" \\ =1+1",
});
