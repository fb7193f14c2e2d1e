import type * as ExcelJS from "exceljs";
import { rangeToA1, toA1 } from "../core/grid";
import type { CellStyle, SheetSpec, SpecValidation } from "../core/sheetspec";
import { excelPageSetup } from "./pagesetup";
import { excelStyle, mergeCellStyles } from "./styles";
import { fromCellValue } from "./values";

/** Excel's limits on data-validation texts (longer texts make Excel repair the file). */
const LIMITS = { title: 32, prompt: 255, error: 225 };

function excelValidation(v: SpecValidation): ExcelJS.DataValidation {
  const formulae = v.max === undefined ? [v.min] : [v.min, v.max];
  const out: ExcelJS.DataValidation = {
    type: v.type,
    operator: v.max === undefined ? "greaterThanOrEqual" : "between",
    formulae,
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.error.title.slice(0, LIMITS.title),
    error: v.error.text.slice(0, LIMITS.error),
  };
  if (v.prompt) {
    out.showInputMessage = true;
    out.promptTitle = v.prompt.title.slice(0, LIMITS.title);
    out.prompt = v.prompt.text.slice(0, LIMITS.prompt);
  }
  return out;
}

function views(spec: SheetSpec): Partial<ExcelJS.WorksheetView>[] {
  const showGridLines = !spec.hideGridlines;
  const f = spec.freeze;
  if (f && (f.rows > 0 || f.cols > 0)) {
    const first = toA1({ row: f.rows, col: f.cols });
    return [{ state: "frozen", xSplit: f.cols, ySplit: f.rows, topLeftCell: first, activeCell: first, showGridLines }];
  }
  return [{ state: "normal", activeCell: "A1", showGridLines }];
}

/** Style layers per cell: range styles in order, then the cell's own style on top. */
function cellStyles(spec: SheetSpec): Map<string, { row: number; col: number; style: CellStyle }> {
  const out = new Map<string, { row: number; col: number; style: CellStyle }>();
  const add = (row: number, col: number, style: CellStyle) => {
    const key = `${row}:${col}`;
    const had = out.get(key);
    out.set(key, { row, col, style: had ? mergeCellStyles(had.style, style) : style });
  };
  for (const rs of spec.rangeStyles ?? []) {
    for (let r = rs.range.top; r <= rs.range.bottom; r++) for (let c = rs.range.left; c <= rs.range.right; c++) add(r, c, rs.style);
  }
  for (const cell of spec.cells) if (cell.style) add(cell.row, cell.col, cell.style);
  return out;
}

/** ExcelJS has `worksheet.dataValidations` but its typings leave it out. */
function sheetValidations(ws: ExcelJS.Worksheet): { add(address: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
}

/** Write a SheetSpec into a new worksheet named `name` (the caller makes the name unique). */
export function addSpecSheet(wb: ExcelJS.Workbook, spec: SheetSpec, name: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: views(spec),
    pageSetup: excelPageSetup(spec.pageSetup),
    properties: spec.tabColor ? { tabColor: { argb: `FF${spec.tabColor.replace(/^#/, "")}` } } : undefined,
  });
  for (const [col, width] of Object.entries(spec.columnWidths)) ws.getColumn(Number(col) + 1).width = width;
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;

  const styles = cellStyles(spec);
  for (const { row, col, style } of styles.values()) ws.getCell(row + 1, col + 1).style = excelStyle(style);
  for (const c of spec.cells) {
    const format = styles.get(`${c.row}:${c.col}`)?.style.numberFormat;
    ws.getCell(c.row + 1, c.col + 1).value = fromCellValue(c.value, format);
  }
  for (const m of spec.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  for (const v of spec.validations ?? []) {
    sheetValidations(ws).add(rangeToA1(v.range), excelValidation(v));
  }
  return ws;
}
