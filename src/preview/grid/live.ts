import { GridView, lettersToCol, type CellValue, type Grid } from "../../core/grid";
import { BAND_FILLS, BAND_FONTS, liveCapaian } from "../../core/monitoring";
import { DEFAULT_LOCALE, displayText } from "../../xlsx/display";
import type { CellLook } from "../../xlsx/styleSheet";
import { cellKey as key, type SheetSource } from "./model";

/** The value of a cell of a sheet of the workbook as it is now; undefined when there is no such sheet. */
export type CellLookup = (sheet: string, row: number, col: number) => CellValue | undefined;

/** A link to one cell of a sheet, as the add-in writes them ('Lampiran I'!K12, quotes doubled) or plain (Lampiran!K12). */
const LINK = /^=?(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!\$?([A-Z]{1,3})\$?(\d+)$/;

/** Copies of the grid's rows made only for the rows that change. */
class Overlay {
  readonly values: CellValue[][];
  readonly text: string[][];
  private readonly copied = new Set<number>();

  constructor(private readonly grid: Grid, private readonly view: GridView, private readonly locale: string) {
    this.values = grid.values.slice();
    this.text = grid.text.slice();
  }

  set(row: number, col: number, value: CellValue): void {
    const i = row - this.grid.origin.row;
    const j = col - this.grid.origin.col;
    if (!this.copied.has(i)) {
      this.copied.add(i);
      this.values[i] = this.values[i].slice();
      this.text[i] = this.text[i].slice();
    }
    this.values[i][j] = value;
    this.text[i][j] = value === null ? "" : displayText(value, this.view.format(row, col), this.locale);
  }

  result(): Grid {
    return { ...this.grid, values: this.values, text: this.text };
  }
}

/**
 * The sheet as the preview shows it: the page computes no formula, and a formula cell of the
 * .xlsx holds the figure computed when Excel or LibreOffice last saved it, or none (a sheet the
 * add-in just wrote, a cell typed into here since). So, for what the add-in's monitoring sheet
 * holds: a link to one cell shows that cell as it is now (a target changed in the plan), and each
 * capaian cell whose formula is the add-in's own shows what the engine computes for it (core
 * liveCapaian: the same figures as the formula) with the fill and font colour of its band, as the
 * sheet's conditional formatting draws it, its text in the workbook's display locale (the grid's).
 * Nothing is written to the workbook; a sheet without such formulas comes back as it is.
 */
export function withLiveFigures(
  grid: Grid, source: SheetSource | undefined, lookup?: CellLookup, locale: string = DEFAULT_LOCALE,
): { grid: Grid; source: SheetSource | undefined } {
  if (!source || !grid.formulaCells?.length) return { grid, source };
  const formulas = new Map<number, string>();
  for (const row of source.part.rows) for (const c of row.cells) if (c.formulaText !== undefined) formulas.set(key(row.row, c.col), c.formulaText);
  if (formulas.size === 0) return { grid, source };
  const view = new GridView(grid);
  const shown = new Overlay(grid, view, locale);
  let changed = false;
  if (lookup) {
    for (const row of source.part.rows) {
      for (const c of row.cells) {
        const m = c.formulaText === undefined ? null : LINK.exec(c.formulaText.trim());
        const value = m && view.inside(row.row, c.col) ? lookup(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], Number(m[4]) - 1, lettersToCol(m[3])) : undefined;
        if (value === undefined) continue;
        shown.set(row.row, c.col, value === null ? 0 : value); // a link to an empty cell gives 0, as in Excel
        changed = true;
      }
    }
  }
  const now = changed ? shown.result() : grid;
  const figures = liveCapaian(new GridView(now), (r, c) => formulas.get(key(r, c)));
  if (figures.length === 0) return { grid: now, source };
  const paint = new Map<number, Pick<CellLook, "fill" | "color">>(source.paint ?? []);
  for (const f of figures) {
    shown.set(f.row, f.col, f.value);
    if (f.band) paint.set(key(f.row, f.col), { fill: `#${BAND_FILLS[f.band]}`, color: `#${BAND_FONTS[f.band]}` });
    else paint.delete(key(f.row, f.col));
  }
  return { grid: shown.result(), source: { ...source, paint } };
}
