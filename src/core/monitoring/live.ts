import type { CellValue, GridView } from "../grid";
import { bandOf, cumulativeCapaian, quarterCapaian, readCounting, readDirection, readFormula, type Band } from "./capaian";
import { cumulativeFormula, quarterFormula } from "./formulas";
import { FIRST_ROW, formulaCells, monitorColumns, SETTING_VALUE_COL, SETTINGS } from "./layout";
import { numOf } from "./read";

/** A capaian cell of a monitoring sheet as its formula computes it now, and the band its conditional format gives it. */
export interface LiveCapaian {
  row: number;
  col: number;
  /** null: the formula gives "" (nothing to compute). */
  value: number | null;
  band: Band | null;
}

/**
 * A threshold as the band rules compare a capaian with it (`cell>=$D$7`): a number as it is, an
 * empty cell as 0, anything else (text, a logical) above every number, as Excel orders them.
 */
const threshold = (v: CellValue): number => (typeof v === "number" ? v : v === null ? 0 : Infinity);

/**
 * The figures of the capaian cells of a monitoring sheet, for a reader that does not compute
 * formulas (the browser preview): every cell whose formula is exactly the one the add-in writes
 * there (formulas.ts) gets what that formula computes from the sheet's cells as they are now
 * (capaian.ts: the same figures), banded as the sheet's conditional formatting bands it (bandRule,
 * thresholds read from the settings block). A cell whose formula was changed is left out: it is
 * not known what it computes. `formulaAt` gives a cell's formula text (with or without "=").
 */
export function liveCapaian(view: GridView, formulaAt: (row: number, col: number) => string | undefined): LiveCapaian[] {
  const cols = monitorColumns(false); // the budget columns come after the capaian ones: the same columns either way
  const setting = (row: number) => view.rawValue(row, SETTING_VALUE_COL);
  const formula = readFormula(setting(SETTINGS.formula)) ?? 0; // only 1, 2 or 3 chooses a formula; anything else computes no lower-is-better row
  const th = { achieved: threshold(setting(SETTINGS.achieved)), near: threshold(setting(SETTINGS.near)), partly: threshold(setting(SETTINGS.partly)), cap: 0 };
  const out: LiveCapaian[] = [];
  for (let r = FIRST_ROW; r < view.top + view.rows; r++) {
    const own = (col: number, expected: () => string): boolean => {
      const f = formulaAt(r, col);
      return f !== undefined && f.replace(/^=/, "") === expected();
    };
    const fc = formulaCells(cols, r);
    for (let q = 0; q < 4; q++) {
      const quarter = own(cols.capaian[q], () => quarterFormula(fc, q));
      const toDate = own(cols.capaianKum[q], () => cumulativeFormula(fc, q));
      if (!quarter && !toDate) continue;
      const targets = cols.targets.map((c) => numOf(view.rawValue(r, c)));
      const realisasi = cols.realisasi.map((c) => numOf(view.rawValue(r, c)));
      const rule = { direction: readDirection(view.rawValue(r, cols.arah)), counting: readCounting(view.rawValue(r, cols.hitung)), formula };
      const put = (col: number, value: number | null) => out.push({ row: r, col, value, band: bandOf(value, th) });
      if (quarter) put(cols.capaian[q], quarterCapaian(targets, realisasi, q, rule));
      if (toDate) put(cols.capaianKum[q], cumulativeCapaian(targets, realisasi, q, rule));
    }
  }
  return out;
}
