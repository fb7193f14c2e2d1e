/**
 * The monitoring sheet's capaian formulas, recomputed by LibreOffice, give the figures the engine
 * computes (core/monitoring/capaian.ts): for each lower-is-better formula, each counting, zero and
 * missing targets and realisasi, text where a number belongs; and no cell shows #DIV/0!.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../src/app/analyze";
import type { CellEdit } from "../../src/core/edits";
import type { CellValue, Grid } from "../../src/core/grid";
import { GridView } from "../../src/core/grid";
import { cumulativeCapaian, quarterCapaian, readCounting, readDirection, readFormula, type Num } from "../../src/core/monitoring/capaian";
import { FIRST_ROW, monitorColumns, SETTING_VALUE_COL, SETTINGS } from "../../src/core/monitoring/layout";
import { monitorRows } from "../../src/core/monitoring/rows";
import { monitoringSheet } from "../../src/core/monitoring/sheet";
import { hasSoffice, recalculated } from "../support/libreOffice";
import { bytesOf, excelFromBytes, xlsxFromBytes } from "../support/xlsx";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };
const SOURCE = path.join(__dirname, "../fixtures/monitoring/plan-mixed-2026.tsv");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-monitoring-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Realisasi typed per row (by position), with direction and counting changed on two rows. */
const TYPED: (CellValue | undefined)[][] = [
  [0.2, 0.5, 0.8], // percent kumulatif: under, on, over
  [12, 10, 0], // angka kematian, lower is better: worse, on, 0 (T / R cannot divide)
  [80, 90], // level index
  [5, 8, 15, 25], // kumulatif units, the last one over the cap
  [250, 320, 300, 300], // per triwulan
  [16, 12], // prevalensi, lower is better
  [0, 0, 0, 1], // year end: targets 0 until TW IV
  ["dua puluh", 45], // text where a number belongs
  [], // nothing typed
  [0.25, 0.4],
  [3, 5, 9, 12],
  [3, 2], // waktu tunggu, lower is better
];

async function prepared(formula: CellValue): Promise<string> {
  const wb = xlsxFromBytes(await bytesOf(workbookFromSource(fs.readFileSync(SOURCE, "utf8"))));
  const plan = (await analyzeWorkbook(wb)).plans[0];
  const rows = monitorRows(plan);
  const budget = plan.recognition.columns.anggaran !== undefined;
  const sheet = await wb.addSheet(monitoringSheet({ planSheet: plan.sheet, year: plan.recognition.year, office: plan.recognition.office, rows, budget }));
  const cols = monitorColumns(budget);
  const edit = (row: number, col: number, value: CellValue): CellEdit => ({ sheet, row, col, value, previous: { value: null, format: "General" } });
  const edits = [edit(SETTINGS.formula, SETTING_VALUE_COL, formula)];
  TYPED.forEach((values, i) => values.forEach((v, q) => v !== undefined && edits.push(edit(FIRST_ROW + i, cols.realisasi[q], v))));
  edits.push(edit(FIRST_ROW + 3, cols.hitung, "per triwulan")); // a kumulatif row counted as parts: sums differ
  edits.push(edit(FIRST_ROW + 10, cols.arah, "turun")); // months of service read as lower-is-better
  edits.push(edit(FIRST_ROW + 9, cols.arah, "tutun")); // a typo: neither naik nor turun, nothing computed
  edits.push(edit(FIRST_ROW, cols.hitung, "kumulatip")); // a typo: no capaian to date, the quarter's own still
  edits.push(edit(FIRST_ROW + 11, cols.arah, "  TURUN ")); // case and spaces: still turun (TRIM)
  await wb.applyEdits(edits);
  const file = path.join(dir, `formula-${typeof formula}-${String(formula)}.xlsx`);
  fs.writeFileSync(file, wb.save());
  return file;
}

const num = (v: CellValue): Num => (typeof v === "number" ? v : null);
const result = (v: CellValue): number | null => (typeof v === "number" ? v : null);

function compare(grid: Grid, typed: CellValue): number {
  const formula = readFormula(typed) ?? 0;
  const view = new GridView(grid);
  const cols = monitorColumns(true);
  let computed = 0;
  for (let i = 0; i < TYPED.length; i++) {
    const r = FIRST_ROW + i;
    const targets = cols.targets.map((c) => num(view.rawValue(r, c)));
    const realisasi = cols.realisasi.map((c) => num(view.rawValue(r, c)));
    const rule = { direction: readDirection(view.rawValue(r, cols.arah)), counting: readCounting(view.rawValue(r, cols.hitung)), formula };
    for (let q = 0; q < 4; q++) {
      const engine = [quarterCapaian(targets, realisasi, q, rule), cumulativeCapaian(targets, realisasi, q, rule)];
      const office = [result(view.rawValue(r, cols.capaian[q])), result(view.rawValue(r, cols.capaianKum[q]))];
      for (let k = 0; k < 2; k++) {
        const where = `row ${r + 1} TW ${q + 1} ${k ? "cumulative" : "quarter"} formula ${formula}`;
        if (engine[k] === null) expect({ where, office: office[k] }).toEqual({ where, office: null });
        else {
          expect({ where, isNumber: office[k] !== null }).toEqual({ where, isNumber: true });
          expect(office[k]!).toBeCloseTo(engine[k]!, 9);
          computed++;
        }
      }
    }
  }
  return computed;
}

const libreOffice = hasSoffice();

describe("the monitoring sheet recomputed by LibreOffice", () => {
  // Without LibreOffice only the project's own figures exist to compare with: the test says so in its name and checks the sheet was written.
  // The text "2" is no formula choice: the turun rows' capaian stay empty in both (CHOOSE alone would read it as 2).
  it.each([[1, 40], [2, 40], [3, 40], ["2", 25]] as const)(
    `${libreOffice ? "gives" : "(LibreOffice not installed: not recomputed) writes"} the engine's capaian with lower-is-better formula %p`,
    async (formula, atLeast) => {
      const file = await prepared(formula);
      if (!libreOffice) {
        expect(fs.statSync(file).size).toBeGreaterThan(0);
        return;
      }
      const bytes = recalculated(file, dir);
      const wb = xlsxFromBytes(bytes);
      const grid = await wb.readGrid("Pemantauan 2026");
      expect(grid.text.flat().filter((t) => t.includes("#"))).toEqual([]);
      // Each formula variant computes numbers on most rows; the rest are empty where nothing can be computed.
      expect(compare(grid, formula)).toBeGreaterThan(atLeast);
      // The typo rows are empty where the engine computes nothing (compare checked each cell), and LibreOffice kept the dropdowns.
      const ws = (await excelFromBytes(bytes)).getWorksheet("Pemantauan 2026")!;
      const dv = (ws as unknown as { dataValidations: { model: Record<string, { type?: string; formulae?: unknown[] } | undefined> } }).dataValidations.model;
      const list = (a1: string) => [dv[a1]?.type, dv[a1]?.formulae?.[0]]; // LibreOffice adds a formula2 "0" of its own
      expect(list("E14")).toEqual(["list", '"naik,turun"']);
      expect(list("G25")).toEqual(["list", '"kumulatif,per triwulan,level"']);
      expect(list("D6")).toEqual(["list", '"1,2,3"']);
    },
    240_000,
  );
});
