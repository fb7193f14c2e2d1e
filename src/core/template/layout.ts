import type { ColumnRole } from "../layout/types";
import { LAST_COL, templateColumnIndex } from "./columns";

/** Where everything sits on the template sheet (0-based rows and columns). */
export interface TemplateLayout {
  lampiranRow: number;
  nomorRow: number;
  tanggalRow: number;
  titleRow: number;
  officeRow: number;
  /** First header row (group labels); the second header row is headerTop + 1. */
  headerTop: number;
  /** Row of column numbers "(1)", "(2)", ... or null. */
  columnNumbersRow: number | null;
  /** Last row repeated on every printed page (header, or the column numbers). */
  headerBottom: number;
  /** First and last data row; prefilled rows come first. */
  dataTop: number;
  dataBottom: number;
  lastCol: number;
  columns: Partial<Record<ColumnRole, number>>;
}

/** The layout for a table with `dataRowCount` data rows (at least one). */
export function templateLayout(opts: { columnNumbers: boolean; dataRowCount: number }): TemplateLayout {
  const headerTop = 7;
  const columnNumbersRow = opts.columnNumbers ? headerTop + 2 : null;
  const headerBottom = columnNumbersRow ?? headerTop + 1;
  const dataTop = headerBottom + 1;
  return {
    lampiranRow: 0,
    nomorRow: 1,
    tanggalRow: 2,
    titleRow: 4,
    officeRow: 5,
    headerTop,
    columnNumbersRow,
    headerBottom,
    dataTop,
    dataBottom: dataTop + Math.max(1, opts.dataRowCount) - 1,
    lastCol: LAST_COL,
    columns: templateColumnIndex(),
  };
}
