import type { PageSetup, Paper } from "../core/sheetspec";
import { rowsA1 } from "./address";

/**
 * Paper of the spec -> Excel.PaperType. Excel has no F4 (215 x 330 mm) paper;
 * "Folio" (8.5 x 13 in = 215.9 x 330.2 mm) is the same sheet within a millimetre
 * and is what Indonesian offices pick for F4 in Excel.
 */
export const PAPER_TYPE: Record<Paper, Excel.PaperType> = {
  a4: "A4" as Excel.PaperType,
  f4: "Folio" as Excel.PaperType,
};

/** Inches -> points (Office.js margins are in points), to a hundredth. */
const points = (inches: number): number => Math.round(inches * 72 * 100) / 100;

/**
 * Queue the print setup (pageLayout, ExcelApi 1.9). Fit to N pages wide with
 * verticalFitToPages 0, which Excel reads as "as many pages tall as needed".
 */
export function queuePageSetup(ws: Excel.Worksheet, setup: PageSetup): void {
  const pl = ws.pageLayout;
  pl.orientation = (setup.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
  pl.paperSize = PAPER_TYPE[setup.paper];
  if (setup.fitToWidth !== undefined) pl.zoom = { horizontalFitToPages: setup.fitToWidth, verticalFitToPages: 0 };
  const m = setup.margins;
  if (m) {
    pl.topMargin = points(m.top);
    pl.bottomMargin = points(m.bottom);
    pl.leftMargin = points(m.left);
    pl.rightMargin = points(m.right);
    if (m.header !== undefined) pl.headerMargin = points(m.header);
    if (m.footer !== undefined) pl.footerMargin = points(m.footer);
  }
  if (setup.printTitleRows) pl.setPrintTitleRows(rowsA1(setup.printTitleRows.first, setup.printTitleRows.last));
  if (setup.printArea) {
    const a = setup.printArea;
    pl.setPrintArea(ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1));
  }
  if (setup.centerHorizontally !== undefined) pl.centerHorizontally = setup.centerHorizontally;
}
