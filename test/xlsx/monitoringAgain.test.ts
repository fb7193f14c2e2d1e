/**
 * Preparing monitoring again after the plan gained an indicator: the sheet is made again with the
 * new row, and everything typed (realisasi, direction, factors) and the settings are carried over.
 */
import * as fs from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { prepareMonitoring, readQuarter } from "../../src/app/monitoring";
import type { CellEdit } from "../../src/core/edits";
import type { CellValue } from "../../src/core/grid";
import { GridView } from "../../src/core/grid";
import { FIRST_ROW, monitorColumns, SETTING_VALUE_COL, SETTINGS } from "../../src/core/monitoring/layout";
import { bytesOf, xlsxFromBytes } from "../support/xlsx";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };
const SOURCE = fs.readFileSync(path.join(__dirname, "../fixtures/monitoring/plan-mixed-2026.tsv"), "utf8");
const edit = (sheet: string, row: number, col: number, value: CellValue): CellEdit => ({ sheet, row, col, value, previous: { value: null, format: "General" } });

test("a new indicator in the plan: the sheet made again, nothing typed lost; unchanged plan: kept as it is", async () => {
  const wb = xlsxFromBytes(await bytesOf(workbookFromSource(SOURCE)));
  const first = await prepareMonitoring(wb);
  const cols = monitorColumns(true);
  const sheet = first.sheet!;
  await wb.applyEdits([
    edit(sheet, SETTINGS.formula, SETTING_VALUE_COL, 1),
    edit(sheet, FIRST_ROW, cols.realisasi[0], 0.2),
    edit(sheet, FIRST_ROW + 2, cols.arah, "turun"),
    edit(sheet, FIRST_ROW + 11, cols.pendorong, "Aplikasi gaji baru"),
  ]);
  expect((await prepareMonitoring(wb)).message.en).toContain("already exists");

  // The plan gains an indicator under its last Sub Kegiatan (row 18).
  await wb.applyEdits([edit("Lampiran I", 17, 5, "Jumlah laporan gaji yang disusun"), edit("Lampiran I", 17, 6, "12 Laporan"), ...[3, 6, 9, 12].map((v, q) => edit("Lampiran I", 17, 7 + q, v))]);
  const again = await prepareMonitoring(wb);
  expect(again).toMatchObject({ sheet: "Pemantauan 2026", created: false });
  expect(again.message.en).toContain("made again with 1 new indicator(s)");
  expect(await wb.sheets()).toEqual(["Lampiran I", "Pemantauan 2026"]);
  const view = new GridView(await wb.readGrid("Pemantauan 2026"));
  expect(view.rawValue(SETTINGS.formula, SETTING_VALUE_COL)).toBe(1);
  expect(view.rawValue(FIRST_ROW, cols.realisasi[0])).toBe(0.2);
  expect(view.rawValue(FIRST_ROW + 2, cols.arah)).toBe("turun");
  expect(view.rawValue(FIRST_ROW + 11, cols.pendorong)).toBe("Aplikasi gaji baru");
  expect(view.rawValue(FIRST_ROW + 12, cols.sumber)).toBe("F18");
  const q = await readQuarter(wb, 1);
  expect(q.report!.indicators).toHaveLength(13);
  expect(q.report!.indicators[2]).toMatchObject({ direction: "turun", formula: 1 });
});

test("words that are none of the allowed ones are carried over as typed, and read as nothing with a warning each", async () => {
  const wb = xlsxFromBytes(await bytesOf(workbookFromSource(SOURCE)));
  const sheet = (await prepareMonitoring(wb)).sheet!;
  const cols = monitorColumns(true);
  await wb.applyEdits([edit(sheet, SETTINGS.formula, SETTING_VALUE_COL, "dua"), edit(sheet, FIRST_ROW + 1, cols.arah, "tutun")]);
  const before = await readQuarter(wb, 1);
  expect(before.findings.filter((f) => f.rule === "realisasi.setting").map((f) => [f.range.top, f.range.left, f.severity])).toEqual([
    [SETTINGS.formula, SETTING_VALUE_COL, "warning"], [FIRST_ROW + 1, cols.arah, "warning"],
  ]);
  await wb.applyEdits([edit("Lampiran I", 17, 5, "Jumlah laporan gaji yang disusun"), edit("Lampiran I", 17, 6, "12 Laporan"), ...[3, 6, 9, 12].map((v, q) => edit("Lampiran I", 17, 7 + q, v))]);
  expect((await prepareMonitoring(wb)).message.en).toContain("made again with 1 new indicator(s)");
  const view = new GridView(await wb.readGrid("Pemantauan 2026"));
  // Never replaced by a default or a guess: the person who typed them decides.
  expect(view.rawValue(SETTINGS.formula, SETTING_VALUE_COL)).toBe("dua");
  expect(view.rawValue(FIRST_ROW + 1, cols.arah)).toBe("tutun");
  const after = await readQuarter(wb, 1);
  expect(after.findings.filter((f) => f.rule === "realisasi.setting")).toHaveLength(2);
  expect(after.report!.indicators[1]).toMatchObject({ direction: null, formula: null });
});
