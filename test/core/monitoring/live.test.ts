import { gridFromRows, GridView, type CellValue } from "../../../src/core/grid";
import { bandOf, cumulativeCapaian, quarterCapaian, readCounting, readDirection, type Num } from "../../../src/core/monitoring/capaian";
import { cumulativeFormula, quarterFormula } from "../../../src/core/monitoring/formulas";
import { FIRST_ROW, formulaCells, monitorColumns, SETTING_VALUE_COL, SETTINGS } from "../../../src/core/monitoring/layout";
import { liveCapaian } from "../../../src/core/monitoring/live";

const cols = monitorColumns(true);

interface Row {
  direction: string;
  counting: string;
  targets: CellValue[];
  realisasi: CellValue[];
}

/** A monitoring sheet's cells: the settings block and one data row per entry (capaian cells empty, as the .xlsx holds them). */
function sheet(rows: Row[], settings: { formula: CellValue; achieved?: CellValue; near?: CellValue; partly?: CellValue }): GridView {
  const values: CellValue[][] = [];
  for (let r = 0; r < FIRST_ROW + rows.length; r++) values.push(new Array<CellValue>(cols.last + 1).fill(null));
  values[SETTINGS.formula][SETTING_VALUE_COL] = settings.formula;
  values[SETTINGS.achieved][SETTING_VALUE_COL] = settings.achieved === undefined ? 1 : settings.achieved;
  values[SETTINGS.near][SETTING_VALUE_COL] = settings.near === undefined ? 0.9 : settings.near;
  values[SETTINGS.partly][SETTING_VALUE_COL] = settings.partly === undefined ? 0.7 : settings.partly;
  rows.forEach((row, i) => {
    const v = values[FIRST_ROW + i];
    v[cols.arah] = row.direction;
    v[cols.hitung] = row.counting;
    row.targets.forEach((t, q) => (v[cols.targets[q]] = t));
    row.realisasi.forEach((x, q) => (v[cols.realisasi[q]] = x));
  });
  return new GridView(gridFromRows("Pemantauan 2026", values));
}

/** The add-in's formulas in every capaian cell, except those `changed` says. */
function formulas(changed: Record<string, string> = {}) {
  return (row: number, col: number): string | undefined => {
    const fc = formulaCells(cols, row);
    const q = cols.capaian.indexOf(col);
    const k = cols.capaianKum.indexOf(col);
    const own = q >= 0 ? `=${quarterFormula(fc, q)}` : k >= 0 ? `=${cumulativeFormula(fc, k)}` : undefined;
    return changed[`${row},${col}`] ?? own;
  };
}

const num = (v: CellValue): Num => (typeof v === "number" ? v : null);

const ROWS: Row[] = [
  { direction: "naik", counting: "kumulatif", targets: [0.25, 0.5, 0.75, 1], realisasi: [0.2, 0.55] },
  { direction: "naik", counting: "per triwulan", targets: [250, 250, 250, 250], realisasi: [300, 150, "tiga"] },
  { direction: "turun", counting: "level", targets: [14, 13, 12, 11], realisasi: [16, 12] },
  { direction: "naik", counting: "kumulatif", targets: [0, 0, 0, 1], realisasi: [0] },
  { direction: "naek", counting: "kumulatif", targets: [10, 20, 30, 40], realisasi: [10] }, // a typo: the formulas give ""
];

describe("the capaian cells of a monitoring sheet as their formulas compute them", () => {
  it.each([1, 2, 3])("every cell with the add-in's formula gets the engine's figure and band (lower-is-better formula %i)", (formula) => {
    const view = sheet(ROWS, { formula });
    const live = liveCapaian(view, formulas());
    expect(live).toHaveLength(ROWS.length * 8);
    let figures = 0;
    for (const cell of live) {
      const i = cell.row - FIRST_ROW;
      const targets = ROWS[i].targets.map(num);
      const realisasi = [0, 1, 2, 3].map((q) => num(ROWS[i].realisasi[q] ?? null));
      const rule = { direction: readDirection(ROWS[i].direction), counting: readCounting(ROWS[i].counting), formula };
      const q = cols.capaian.indexOf(cell.col);
      const expected = q >= 0 ? quarterCapaian(targets, realisasi, q, rule) : cumulativeCapaian(targets, realisasi, cols.capaianKum.indexOf(cell.col), rule);
      expect(cell.value).toBe(expected);
      expect(cell.band).toBe(bandOf(expected));
      if (expected !== null) figures++;
    }
    expect(figures).toBeGreaterThanOrEqual(8);
  });

  it("names the figures a person checks by hand: 0.2 of 0.25 is 80 %, partly achieved; per triwulan adds up", () => {
    const live = liveCapaian(sheet(ROWS, { formula: 3 }), formulas());
    const at = (row: number, col: number) => live.find((c) => c.row === row && c.col === col);
    expect(at(FIRST_ROW, cols.capaian[0])).toMatchObject({ value: 0.8, band: "partly" });
    expect(at(FIRST_ROW, cols.capaian[1])?.band).toBe("achieved"); // 0.55 of 0.5
    expect(at(FIRST_ROW, cols.capaian[2])).toMatchObject({ value: null, band: null }); // nothing typed: an empty cell
    expect(at(FIRST_ROW + 1, cols.capaianKum[1])).toMatchObject({ value: 0.9, band: "near" }); // 450 of 500
    expect(at(FIRST_ROW + 2, cols.capaian[0])?.value).toBeCloseTo((2 * 14 - 16) / 14, 12); // lower is better, formula 3
    expect(at(FIRST_ROW + 3, cols.capaian[0])?.value).toBeNull(); // a target of 0: nothing, never #DIV/0!
    expect(at(FIRST_ROW + 4, cols.capaian[0])).toMatchObject({ value: null, band: null }); // Arah says neither word
  });

  it("leaves out a cell whose formula was changed, and computes nothing on a sheet without the add-in's formulas", () => {
    const changed = { [`${FIRST_ROW},${cols.capaian[0]}`]: "=L14/H14*100" };
    const live = liveCapaian(sheet(ROWS, { formula: 3 }), formulas(changed));
    expect(live.some((c) => c.row === FIRST_ROW && c.col === cols.capaian[0])).toBe(false);
    expect(live).toHaveLength(ROWS.length * 8 - 1);
    expect(liveCapaian(sheet(ROWS, { formula: 3 }), () => undefined)).toEqual([]);
  });

  it("reads the settings as the formulas and the band rules do: no formula choice computes no lower-is-better row, an empty threshold is 0", () => {
    const live = liveCapaian(sheet(ROWS, { formula: null, achieved: null, near: "x", partly: 0.7 }), formulas());
    const row = (r: number) => live.filter((c) => c.row === FIRST_ROW + r && c.value !== null);
    expect(row(2)).toEqual([]); // CHOOSE of an empty cell fails: IFERROR gives ""
    // achieved >= 0 (empty) holds for every figure
    expect(row(0).map((c) => c.band)).toEqual(row(0).map(() => "achieved"));
  });
});
