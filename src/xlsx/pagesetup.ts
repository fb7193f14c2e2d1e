import type * as ExcelJS from "exceljs";
import { colToLetters } from "../core/grid";
import type { PageSetup, Paper } from "../core/sheetspec";

/**
 * Excel paper size codes. A4 is 9. F4 (215 x 330 mm, the Indonesian folio)
 * has no code of its own in the OOXML list; the nearest standard size is
 * Folio 8.5 x 13 in (216 x 330 mm), code 14, which is what Indonesian offices
 * pick in Excel for F4.
 */
export const PAPER_SIZE: Record<Paper, number> = { a4: 9, f4: 14 };

const DEFAULT_MARGINS = { header: 0.3, footer: 0.3 };

/** The ExcelJS pageSetup for a SheetSpec's page setup. */
export function excelPageSetup(p: PageSetup): Partial<ExcelJS.PageSetup> {
  const out: Partial<ExcelJS.PageSetup> = {
    orientation: p.orientation,
    paperSize: PAPER_SIZE[p.paper] as ExcelJS.PaperSize,
    horizontalCentered: p.centerHorizontally ?? false,
  };
  if (p.fitToWidth !== undefined) {
    // Fit to N pages wide, as many pages tall as needed.
    out.fitToPage = true;
    out.fitToWidth = p.fitToWidth;
    out.fitToHeight = 0;
  }
  if (p.margins) out.margins = { ...DEFAULT_MARGINS, ...p.margins };
  if (p.printTitleRows) out.printTitlesRow = `${p.printTitleRows.first + 1}:${p.printTitleRows.last + 1}`;
  if (p.printArea) {
    // ExcelJS writes the defined name as "$" + each half; giving it "A$1:C$6"
    // yields the absolute "$A$1:$C$6" (a relative row would move with the active cell).
    const a = p.printArea;
    const half = (row: number, col: number) => `${colToLetters(col)}$${row + 1}`;
    out.printArea = `${half(a.top, a.left)}:${half(a.bottom, a.right)}`;
  }
  return out;
}
