/** Synthetic plans as ExcelJS workbooks and .xlsx files (CLI benchmarks). */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { syntheticPlan, type SyntheticOptions, type SyntheticSheet } from "./synthetic";

/** The sheet in a new ExcelJS workbook: values, number formats, merges, column widths. */
export function syntheticWorkbook(s: SyntheticSheet): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(s.name);
  ws.columns = [24, 30, 26, 42, 36, 14, 8, 8, 8, 8, 8, 8, 8, 8, 10].map((width) => ({ width }));
  s.values.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = xr.getCell(c + 1);
      cell.value = typeof v === "object" ? ({ error: v.error } as unknown as ExcelJS.CellErrorValue) : v;
      const fmt = s.formats[r][c];
      if (fmt !== "General") cell.numFmt = fmt;
    });
  });
  for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return wb;
}

/** Generate a plan and write it as an .xlsx file; returns the sheet written. */
export async function writeSyntheticXlsx(file: string, opts: SyntheticOptions): Promise<SyntheticSheet> {
  const s = syntheticPlan(opts);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await syntheticWorkbook(s).xlsx.writeFile(file);
  return s;
}
