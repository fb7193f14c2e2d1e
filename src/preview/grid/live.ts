import { GridView, type CellValue, type Grid } from "../../core/grid";
import { BAND_FILLS, BAND_FONTS, liveCapaian } from "../../core/monitoring";
import { displayText } from "../../xlsx/display";
import type { CellLook } from "../../xlsx/styleSheet";
import { cellKey as key, type SheetSource } from "./model";

/**
 * The sheet as the preview shows it when the add-in's monitoring formulas are on it: the page
 * computes no formula, and a formula cell of the .xlsx holds no figure until Excel or LibreOffice
 * computes it (or holds the one computed before a realisasi was typed here). So each capaian cell
 * whose formula is the add-in's own shows what the engine computes for it (core liveCapaian: the
 * same figures as the formula), and the fill and font colour of its band, as the sheet's
 * conditional formatting draws it. Nothing is written to the workbook; other sheets come back as they are.
 */
export function withLiveFigures(grid: Grid, source: SheetSource | undefined): { grid: Grid; source: SheetSource | undefined } {
  if (!source || !grid.formulaCells?.length) return { grid, source };
  const formulas = new Map<number, string>();
  for (const row of source.part.rows) for (const c of row.cells) if (c.formulaText !== undefined) formulas.set(key(row.row, c.col), c.formulaText);
  const view = new GridView(grid);
  const figures = liveCapaian(view, (r, c) => formulas.get(key(r, c)));
  if (figures.length === 0) return { grid, source };

  const values = grid.values.slice();
  const text = grid.text.slice();
  const copied = new Set<number>();
  const paint = new Map<number, Pick<CellLook, "fill" | "color">>(source.paint ?? []);
  for (const f of figures) {
    const i = f.row - grid.origin.row;
    const j = f.col - grid.origin.col;
    if (!copied.has(i)) {
      copied.add(i);
      values[i] = values[i].slice();
      text[i] = text[i].slice();
    }
    const value: CellValue = f.value;
    values[i][j] = value;
    text[i][j] = value === null ? "" : displayText(value, view.format(f.row, f.col));
    if (f.band) paint.set(key(f.row, f.col), { fill: `#${BAND_FILLS[f.band]}`, color: `#${BAND_FONTS[f.band]}` });
    else paint.delete(key(f.row, f.col));
  }
  return { grid: { ...grid, values, text }, source: { ...source, paint } };
}
