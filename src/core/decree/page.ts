/**
 * Page geometry of the decree. Margins follow the tata naskah dinas rules
 * (Permendagri 54/2009, kept in later guides): top at least 2 cm under a
 * letterhead, bottom 2.5 cm, left 3 cm (room to punch and file), right 2 cm.
 */
import type { RangeRef } from "../grid";
import type { PageSetup, Paper } from "../sheetspec";

/** Paper sizes, portrait, in millimetres. F4 (folio) is 215 x 330 mm. */
export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  f4: { width: 215, height: 330 },
};

export const DECREE_MARGINS_CM = { top: 2, bottom: 2.5, left: 3, right: 2, header: 0.8, footer: 0.8 };

const CM_PER_INCH = 2.54;
const inch = (cm: number) => Math.round((cm / CM_PER_INCH) * 1000) / 1000;

export function decreePageSetup(paper: Paper, printArea: RangeRef): PageSetup {
  const m = DECREE_MARGINS_CM;
  return {
    orientation: "portrait",
    paper,
    fitToWidth: 1,
    margins: {
      top: inch(m.top), bottom: inch(m.bottom), left: inch(m.left), right: inch(m.right),
      header: inch(m.header), footer: inch(m.footer),
    },
    printArea,
  };
}

/** The printable area inside the margins, in points and px (96 per inch). */
export function printableSize(paper: Paper): { widthPt: number; heightPt: number; widthPx: number } {
  const m = DECREE_MARGINS_CM;
  const p = PAPER_MM[paper];
  const widthCm = p.width / 10 - m.left - m.right;
  const heightCm = p.height / 10 - m.top - m.bottom;
  const pt = (cm: number) => (cm / CM_PER_INCH) * 72;
  return { widthPt: pt(widthCm), heightPt: pt(heightCm), widthPx: (widthCm / CM_PER_INCH) * 96 };
}

/**
 * How rows fall on printed pages at 100% scale: a row never splits, so a row
 * that does not fit moves to the next page. Returns the first row of each page.
 */
export function pageStarts(rowHeightsPt: readonly number[], pageHeightPt: number): number[] {
  const starts = rowHeightsPt.length ? [0] : [];
  let used = 0;
  rowHeightsPt.forEach((h, row) => {
    if (used > 0 && used + h > pageHeightPt) {
      starts.push(row);
      used = 0;
    }
    used += h;
  });
  return starts;
}

/**
 * Where manual page breaks go so that no row marked keep-with-next (a heading,
 * a signature line) ends a page: rows fall on pages as in pageStarts, and a
 * break that would come right after such rows moves up to before them (unless
 * they fill the whole page). Returns the first row of every page after the
 * first. Excel has no keep-with-next: these become the sheet's row breaks, and
 * every page start is one, so Excel and LibreOffice break at the same rows.
 */
export function keepTogetherBreaks(rowHeightsPt: readonly number[], keepWithNext: ReadonlySet<number>, pageHeightPt: number): number[] {
  const breaks: number[] = [];
  let start = 0;
  let used = 0;
  rowHeightsPt.forEach((h, row) => {
    if (used > 0 && used + h > pageHeightPt) {
      let at = row;
      while (at > start + 1 && keepWithNext.has(at - 1)) at--;
      if (keepWithNext.has(at - 1)) at = row; // the chain fills the page: break where it must
      breaks.push(at);
      start = at;
      used = rowHeightsPt.slice(at, row).reduce((a, b) => a + b, 0);
    }
    used += h;
  });
  return breaks;
}
