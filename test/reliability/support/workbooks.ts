/**
 * The workbooks the "nothing lost" tests run over: the seed example, every
 * fixture in test/fixtures/src, and generated plans; each decorated the way
 * users decorate (fills and bold on a table row, a formula in a quarter cell,
 * a formula beside the table, a notes sheet) and opened as a saved file would be.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import fc from "fast-check";
import { analyzeGrids } from "../../../src/core/analyze";
import { colToLetters, type Grid } from "../../../src/core/grid";
import { quarterRole } from "../../../src/core/layout/types";
import type { XlsxWorkbook } from "../../../src/xlsx/workbook";
import { xlsxFrom, xlsxFromBytes } from "../../support/xlsx";
import { layout, planSpec } from "./planSpec";
import { renderPlan } from "./render";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };

const ROOT = path.resolve(__dirname, "../../..");

export interface Source {
  name: string;
  book: () => ExcelJS.Workbook;
}

function fromGrid(grid: Grid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheet);
  grid.values.forEach((row, r) => row.forEach((v, c) => {
    if (v === null) return;
    const cell = ws.getCell(grid.origin.row + r + 1, grid.origin.col + c + 1);
    cell.value = typeof v === "object" ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
    if (grid.formats[r][c] !== "General") cell.numFmt = grid.formats[r][c];
  }));
  for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return wb;
}

/** Seed, fixtures, and `generated` plans from a fixed seed. */
export function sources(generated: number): Source[] {
  const seed = fs.readFileSync(path.join(ROOT, "examples/src/rencana-aksi-dinkop-nganjuk-2022.tsv"), "utf8");
  const out: Source[] = [
    { name: "seed example", book: () => workbookFromSource(seed) },
    // Without its "Lampiran I : ..." lines: room above the title for the decree's Lampiran heading.
    { name: "seed example with room above the title", book: () => workbookFromSource(seed.replace(/#at J1\n[\s\S]*?(?=#at A6)/, "")) },
  ];
  const dir = path.join(ROOT, "test/fixtures/src");
  // notplan-*: look-alikes that hold no plan (test/core/layout/notPlan.test.ts), nothing to fill.
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".tsv") && !x.startsWith("notplan-")).sort())
    out.push({ name: f, book: () => workbookFromSource(fs.readFileSync(path.join(dir, f), "utf8")) });
  for (const [spec, l] of fc.sample(fc.tuple(planSpec, layout), { numRuns: generated, seed: 20_240_101 })) {
    const { grid } = renderPlan(spec, l);
    out.push({ name: `generated ${l.kind}/${l.numbering}/${l.headerRows}-row header`, book: () => fromGrid(grid) });
  }
  return out;
}

const YELLOW: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };

/**
 * A user's touches: a coloured bold row, a formula beside the table, a notes sheet;
 * with quarterFormula also a formula in an empty quarter cell (see nothingLost.test.ts).
 */
export async function decorate(book: ExcelJS.Workbook, opts: { quarterFormula?: boolean } = {}): Promise<void> {
  const undecorated = await xlsxFrom(book); // the tables as the adapter reads them
  for (const ws of book.worksheets) {
    const grid = await undecorated.readGrid(ws.name);
    const [plan] = analyzeGrids([grid]).plans;
    if (!plan) continue;
    const rec = plan.recognition;
    for (let c = rec.range.left; c <= rec.range.right; c++) {
      const cell = ws.getCell(rec.dataTop + 1, c + 1);
      cell.fill = YELLOW;
      cell.font = { bold: true, color: { argb: "FF1F4E79" } };
    }
    const q1 = rec.columns[quarterRole("kinerja", 1)];
    const row = plan.rows.find((r) => r.indikator && r.quarterSet("kinerja")?.readings().every((x) => x.kind === "empty"));
    if (opts.quarterFormula && q1 !== undefined && row) {
      const cell = ws.getCell(row.row + 1, q1 + 1);
      cell.value = { formula: "10%*2", result: 0.2 } as ExcelJS.CellFormulaValue;
      cell.numFmt = "0%";
    }
    ws.getCell(rec.dataTop + 1, rec.range.right + 3).value = { formula: `LEN(${colToLetters(rec.range.left)}${rec.dataTop + 1})`, result: 12 } as ExcelJS.CellFormulaValue;
  }
  const notes = book.addWorksheet("Catatan Pengguna");
  notes.getCell("A1").value = "Catatan: jangan diubah";
  notes.getCell("A1").fill = YELLOW;
  notes.getCell("B2").value = { formula: "SUM(1,2)", result: 3 } as ExcelJS.CellFormulaValue;
}

/** Save and load again, as a file the user closes and opens. */
export async function reopen(book: ExcelJS.Workbook | XlsxWorkbook): Promise<XlsxWorkbook> {
  return "save" in book ? xlsxFromBytes(book.save()) : xlsxFrom(book);
}
