/**
 * Typing into the preview's grid, then the monitoring sheet as the page shows it: a realisasi typed
 * (Indonesian or English) is written through the port as a number, and the capaian cells beside it,
 * which hold formulas the page does not compute, show the engine's figure and its band colour.
 */
import * as fs from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { prepareMonitoring } from "../../../src/app/monitoring";
import { GridView, parseA1, toA1 } from "../../../src/core/grid";
import { BAND_FILLS, bandOf, cumulativeCapaian, monitorColumns, quarterCapaian, readCounting, readDirection, type Num } from "../../../src/core/monitoring";
import { FIRST_ROW, SETTING_VALUE_COL, SETTINGS } from "../../../src/core/monitoring/layout";
import { typedEdit } from "../../../src/preview/grid/edit";
import { withLiveFigures } from "../../../src/preview/grid/live";
import { buildSheetModel, type SheetModel } from "../../../src/preview/grid/model";
import { PreviewSession } from "../../../src/preview/session";
import { bytesOf, xlsxFromBytes } from "../../support/xlsx";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };
const SOURCE = path.join(__dirname, "../../fixtures/monitoring/plan-mixed-2026.tsv");
const cols = monitorColumns(true);

async function prepared(): Promise<{ session: PreviewSession; sheet: string }> {
  const bytes = await bytesOf(workbookFromSource(fs.readFileSync(SOURCE, "utf8")));
  const session = new PreviewSession(xlsxFromBytes(bytes), "plan.xlsx");
  const { sheet } = await prepareMonitoring(session.port);
  if (!sheet) throw new Error("no monitoring sheet");
  return { session, sheet };
}

/** Type a text into a cell as the grid does (typedEdit, then the port). */
async function type(session: PreviewSession, sheet: string, row: number, col: number, text: string) {
  const typed = typedEdit(await session.port.readGrid(sheet), row, col, text);
  if (typed.kind === "edit") await session.port.applyEdits([typed.edit]);
  return typed;
}

async function shown(session: PreviewSession, sheet: string): Promise<SheetModel> {
  const live = withLiveFigures(await session.port.readGrid(sheet), session.sheetSource(sheet), (s, r, c) => session.cellValue(s, r, c));
  return buildSheetModel(live.grid, live.source, 0);
}

const cellOf = (m: SheetModel, row: number, col: number) => m.rows.flatMap((r) => r.cells).find((c) => c.a1 === toA1({ row, col }));
const num = (v: unknown): Num => (typeof v === "number" ? v : null);

describe("typing into the preview's grid", () => {
  it("writes a number when the text reads as one (Indonesian or English), else the text; tells the page", async () => {
    const { session, sheet } = await prepared();
    let changes = 0;
    session.subscribe((c) => void (c.type === "cells" && changes++));
    const r = FIRST_ROW + 4; // a per triwulan row with plain numbers
    expect((await type(session, sheet, r, cols.realisasi[0], "250,5")).kind).toBe("edit");
    expect((await type(session, sheet, r, cols.realisasi[1], "12.5")).kind).toBe("edit");
    expect((await type(session, sheet, r, cols.pendorong, "Anggaran cair tepat waktu")).kind).toBe("edit");
    const view = new GridView(await session.port.readGrid(sheet));
    expect([view.rawValue(r, cols.realisasi[0]), view.rawValue(r, cols.realisasi[1]), view.rawValue(r, cols.pendorong)]).toEqual([250.5, 12.5, "Anggaran cair tepat waktu"]);
    expect(changes).toBe(3);
    // the same value again writes nothing
    expect((await type(session, sheet, r, cols.realisasi[0], "250.5")).kind).toBe("same");
    expect(changes).toBe(3);
  });

  it("does not replace a formula, nor write one typed", async () => {
    const { session, sheet } = await prepared();
    const grid = await session.port.readGrid(sheet);
    expect(typedEdit(grid, FIRST_ROW, cols.capaian[0], "90%").kind).toBe("formulaCell");
    expect(typedEdit(grid, FIRST_ROW, cols.target, "100").kind).toBe("formulaCell"); // a link to the plan
    expect(typedEdit(grid, FIRST_ROW, cols.realisasi[0], "=H14*2").kind).toBe("formulaTyped");
  });
});

describe("the monitoring sheet as the preview shows it", () => {
  it("shows the engine's capaian and its band beside a typed realisasi; nothing before", async () => {
    const { session, sheet } = await prepared();
    const r = FIRST_ROW + 4;
    const before = await shown(session, sheet);
    expect(cellOf(before, r, cols.capaian[0])?.text).toBe("");
    expect(cellOf(before, r, cols.capaian[0])?.css.backgroundColor).not.toBe(`#${BAND_FILLS.achieved}`);

    await type(session, sheet, r, cols.realisasi[0], "300");
    await type(session, sheet, r, cols.realisasi[1], "150");
    const view = new GridView(await session.port.readGrid(sheet));
    const targets = cols.targets.map((c) => num(view.rawValue(r, c)));
    const realisasi = cols.realisasi.map((c) => num(view.rawValue(r, c)));
    const formula = num(view.rawValue(SETTINGS.formula, SETTING_VALUE_COL)) ?? 0;
    const rule = { direction: readDirection(view.rawValue(r, cols.arah)), counting: readCounting(view.rawValue(r, cols.hitung)), formula };
    const quarter = quarterCapaian(targets, realisasi, 0, rule)!;
    const toDate = cumulativeCapaian(targets, realisasi, 1, rule)!;
    expect(quarter).not.toBeNull();
    expect(toDate).not.toBeNull();

    const after = await shown(session, sheet);
    const percent = (x: number) => `${(x * 100).toFixed(2)}%`; // the capaian cells' format shows two decimals
    expect(view.format(r, cols.capaian[0])).toBe("0.00%");
    expect(cellOf(after, r, cols.capaian[0])?.text).toBe(percent(quarter));
    expect(cellOf(after, r, cols.capaianKum[1])?.text).toBe(percent(toDate));
    expect(cellOf(after, r, cols.capaian[0])?.css.backgroundColor).toBe(`#${BAND_FILLS[bandOf(quarter)!]}`);
    expect(cellOf(after, r, cols.capaianKum[1])?.css.backgroundColor).toBe(`#${BAND_FILLS[bandOf(toDate)!]}`);
    expect(cellOf(after, r, cols.capaian[2])?.text).toBe(""); // TW III: nothing typed, nothing shown
    // the workbook itself is not changed by what the page shows: the formula cells hold no figure
    expect(new GridView(await session.port.readGrid(sheet)).rawValue(r, cols.capaian[0])).toBeNull();
  });

  it("shows a target changed in the plan since, through the sheet's link, and the capaian from it", async () => {
    const { session, sheet } = await prepared();
    const r = FIRST_ROW + 4;
    await type(session, sheet, r, cols.realisasi[0], "300");
    const link = session.sheetSource(sheet)!.part.rows.find((x) => x.row === r)!.cells.find((c) => c.col === cols.targets[0])!.formulaText!;
    const m = /^'(.+)'!([A-Z]+\d+)$/.exec(link)!;
    expect(m).not.toBeNull();
    const at = parseA1(m[2])!;
    const before = await shown(session, sheet);
    await type(session, m[1], at.row, at.col, "600");
    const after = await shown(session, sheet);
    expect(cellOf(after, r, cols.targets[0])?.text).toBe("600");
    expect(cellOf(after, r, cols.capaian[0])?.text).toBe("50.00%"); // 300 of 600
    expect(cellOf(before, r, cols.capaian[0])?.text).not.toBe("50.00%");
    // the workbook keeps the link's last figure: only the page shows the plan's
    expect(new GridView(await session.port.readGrid(sheet)).rawValue(r, cols.targets[0])).not.toBe(600);
  });
});
