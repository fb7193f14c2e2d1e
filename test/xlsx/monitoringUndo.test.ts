/** Prepare monitoring, then undo it, on the .xlsx package: the parts are the original's again (styles may keep unused records). */
import * as fs from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { prepareMonitoring, undoMonitoring } from "../../src/app/monitoring";
import { bytesOf, xlsxFromBytes } from "../support/xlsx";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };
const SOURCE = fs.readFileSync(path.join(__dirname, "../fixtures/monitoring/plan-mixed-2026.tsv"), "utf8");

test("undo of prepare leaves the package as it was", async () => {
  const original = await bytesOf(workbookFromSource(SOURCE));
  const wb = xlsxFromBytes(original);
  expect((await prepareMonitoring(wb)).created).toBe(true);
  const prepared = unzipSync(wb.save());
  expect(Object.keys(prepared).length).toBeGreaterThan(Object.keys(unzipSync(original)).length);
  expect((await undoMonitoring(wb)).removed).toBe("Pemantauan 2026");
  const before = unzipSync(original);
  const after = unzipSync(wb.save());
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  const differ = Object.keys(before).filter((p) => Buffer.compare(Buffer.from(before[p]), Buffer.from(after[p])) !== 0);
  // workbook.xml: the recalculation flag the formulas asked for and the active tab; styles: the
  // monitoring sheet's styles stay unused; the plan sheet: selected again, nothing else.
  expect(differ.filter((p) => !["xl/workbook.xml", "xl/styles.xml"].includes(p))).toEqual(["xl/worksheets/sheet1.xml"]);
  const plan = (files: Record<string, Uint8Array>) => strFromU8(files["xl/worksheets/sheet1.xml"]).replace(/<sheetViews>.*?<\/sheetViews>/, "");
  expect(plan(after)).toBe(plan(before));
  expect(strFromU8(after["xl/worksheets/sheet1.xml"])).toContain('tabSelected="1"');
  expect(await wb.sheets()).toEqual(["Lampiran I"]);
  expect(await wb.loadState("renaksi.monitoring")).toBeNull();
});
