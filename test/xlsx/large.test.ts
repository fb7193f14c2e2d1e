import * as ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/xlsx/load";
import { bytesOf } from "../support/xlsx";
import { FUZZ } from "../reliability/support/runs";

/**
 * A large sheet, 20 columns of mixed cells: 5,000 rows in `npm test` (building
 * it with ExcelJS is most of the time), 20,000 under `npm run fuzz`; set
 * XLSX_GRID_ROWS=200000 to measure the 200,000-row case (it prints time and memory).
 */
const ROWS = Number(process.env.XLSX_GRID_ROWS) || (FUZZ ? 20_000 : 5_000);
const COLS = 20;

function bigSheet(): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet("Big");
  for (let r = 1; r <= ROWS; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= COLS; c++) {
      const cell = row.getCell(c);
      if (c % 4 === 1) cell.value = `Indikator ${r}.${c}`;
      else if (c % 4 === 2) {
        cell.value = (r % 100) / 100;
        cell.numFmt = "0.00%";
      } else if (c % 4 === 3) cell.value = r * c;
      else cell.value = { formula: `B${r}*2`, result: ((r % 100) / 100) * 2 } as ExcelJS.CellFormulaValue;
    }
  }
  for (let r = 1; r + 1 <= ROWS; r += 500) ws.mergeCells(r, 1, r + 1, 1);
  return ws;
}

test(`XlsxWorkbook opens and reads ${ROWS} rows x ${COLS} columns in reasonable time`, async () => {
  const bytes = await bytesOf(bigSheet().workbook);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const res = loadWorkbook(bytes);
  if (!res.ok) throw new Error(res.reason);
  const g = await res.workbook.readGrid("Big");
  const ms = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

  expect(g.values.length).toBe(ROWS);
  expect(g.values[0].length).toBe(COLS);
  expect(g.text[ROWS - 1][1]).toBe(`${((ROWS % 100) / 100 * 100).toFixed(2)}%`);
  expect(g.values[1][0]).toBeNull(); // covered by the merge A1:A2
  expect(g.merges.length).toBe(Math.ceil((ROWS - 1) / 500));
  // About 2.5 µs per cell on this machine; the bound leaves ample room for slow CI.
  expect(ms).toBeLessThan(ROWS * COLS * 0.1);
  if (process.env.XLSX_GRID_ROWS) console.info(`loadWorkbook + readGrid ${ROWS}x${COLS}: ${ms.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB`);
}, 120_000); // building the input with ExcelJS takes most of it
