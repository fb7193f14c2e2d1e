/**
 * The monitoring sheet through the Office.js adapter (fake): formulas entered as formulas (not
 * text), the bands' conditional formats on the capaian range, the dropdown lists of Arah,
 * Penghitungan and the formula choice, one sync for the whole sheet.
 */
import * as fs from "fs";
import * as path from "path";
import { gridsFromSource } from "../support/sourceGrid";
import { analyzeGrids } from "../../src/core/analyze";
import { monitorColumns, monitoringSheet, monitorRows } from "../../src/core/monitoring";
import { FIRST_ROW, SETTING_VALUE_COL, SETTINGS } from "../../src/core/monitoring/layout";
import { FakeBook, fakeWorkbook, getCell, syncReport } from "./fake";

const SOURCE = fs.readFileSync(path.join(__dirname, "../fixtures/monitoring/plan-mixed-2026.tsv"), "utf8");

test("the monitoring sheet's formulas and conditional formats reach Excel", async () => {
  const plan = analyzeGrids(gridsFromSource(SOURCE)).plans[0];
  const rows = monitorRows(plan);
  const spec = monitoringSheet({ planSheet: plan.sheet, year: 2026, office: null, rows, budget: true });
  const book = new FakeBook();
  book.addSheet("Lampiran I");
  const { wb, contexts } = fakeWorkbook(book);
  const name = await wb.addSheet(spec, { activate: true });
  const sheet = book.sheet(name)!;
  const cols = monitorColumns(true);
  // The fake evaluates no formula: a cell written as a formula reads "#NAME?", one written as text would read its text.
  expect(getCell(sheet, FIRST_ROW, cols.capaian[0]).formula).toMatch(/^=IF\(OR\(NOT\(ISNUMBER\(L14\)\),N\(H14\)=0\),"",IFERROR\(/);
  expect(getCell(sheet, FIRST_ROW, cols.targets[0]).formula).toBe("='Lampiran I'!H6");
  expect(sheet.conditionalFormats.map((c) => [c.type, c.fill])).toEqual([["Custom", "#C6EFCE"], ["Custom", "#FFF2CC"], ["Custom", "#FFEB9C"], ["Custom", "#FFC7CE"]]);
  expect(sheet.conditionalFormats[0]).toMatchObject({ range: { top: FIRST_ROW, left: cols.capaian[0], bottom: FIRST_ROW + rows.length - 1, right: cols.capaianKum[3] }, formula: "=AND(ISNUMBER(P14),P14>=$D$7)" });
  // The dropdowns: Arah, Penghitungan over the data rows, the formula choice; in the same sync as the rest.
  const last = FIRST_ROW + rows.length - 1;
  const lists = sheet.validations.filter((v) => (v.props.rule as { list?: unknown }).list);
  expect(lists.map((v) => [v.range, v.props.rule])).toEqual([
    [{ top: SETTINGS.formula, left: SETTING_VALUE_COL, bottom: SETTINGS.formula, right: SETTING_VALUE_COL }, { list: { inCellDropDown: true, source: "1,2,3" } }],
    [{ top: FIRST_ROW, left: cols.arah, bottom: last, right: cols.arah }, { list: { inCellDropDown: true, source: "naik,turun" } }],
    [{ top: FIRST_ROW, left: cols.hitung, bottom: last, right: cols.hitung }, { list: { inCellDropDown: true, source: "kumulatif,per triwulan,level" } }],
  ]);
  expect(lists[1].props.errorAlert).toMatchObject({ title: "Arah", message: "Pilih salah satu dari daftar: naik, turun.", showAlert: true, style: "Stop" });
  // Sync 1 reads the sheet names, sync 2 writes the whole sheet (as any spec of this size).
  expect(syncReport(null, contexts).syncs).toBe(2);
});

test("removeSheet deletes the sheet in one sync; a name not there is a no-op", async () => {
  const book = new FakeBook();
  book.addSheet("Lampiran I");
  book.addSheet("Pemantauan 2026");
  const { wb, contexts } = fakeWorkbook(book);
  await wb.removeSheet("Pemantauan 2026");
  expect(book.sheet("Pemantauan 2026")).toBeUndefined();
  expect(syncReport(null, contexts).syncs).toBe(1);
  await wb.removeSheet("Pemantauan 2026");
  expect(await wb.sheets()).toEqual(["Lampiran I"]);
});
