import { spanRange, type CellValue, type RangeRef } from "../core/grid";
import { listSource, uniqueSheetName, type CellStyle, type SheetSpec, type SpecValidation } from "../core/sheetspec";
import { BLOCK_BUDGET, OPERATION_OVERHEAD_BYTES, SyncBatcher, jsonBytes } from "./budget";
import { toExcelValue } from "./cellValue";
import { queuePageSetup } from "./pageSetup";
import { groupRects, sliceRect } from "./rects";
import { charsToPoints, hexColor, queueStyle } from "./styles";
import { errorCode } from "./errors";

export interface AddSheetOptions {
  /** Activate the new sheet, in the last sync (the port's default, applied by ExcelWorkbook.addSheet: true unless false). */
  activate: boolean;
  budget: number;
  /** Office.context.requirements.isSetSupported, injectable for tests. */
  supports: (set: string, version: string) => boolean;
  /** Every sheet name as last seen (hidden ones too): the name is chosen from them and sync 1 is saved; a clash costs one failed sync. */
  names?: readonly string[];
  /** Put the new sheet before this one (case-insensitive; its place is taken from the names). */
  before?: string;
  /**
   * Replace this sheet instead: the new one is built under a free name, then the
   * old one is deleted and the new one takes its name and place, in the same sync.
   */
  replace?: string;
}

/** Excel's limits for data validation texts. */
const PROMPT_TITLE_MAX = 32;
const PROMPT_TEXT_MAX = 255;

const byIndexes = (ws: Excel.Worksheet, r: RangeRef): Excel.Range =>
  ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);

/**
 * Add a sheet from a SheetSpec. Sync 1 reads the existing names (hidden ones
 * too) for a free name; everything else is queued and sent in one more sync
 * (more only if the spec passes the payload budget): range styles, then cell
 * styles and number formats, then values (so text cells get their format
 * first), merges, sizes, validation, freeze panes, page setup. When Excel
 * refuses any of it, the new sheet is deleted again (one sync more) and the error passes on.
 * With `names` (the ExcelWorkbook read the workbook before) sync 1 is left
 * out: one sync in all; should Excel say the name is taken after all, the
 * names are read and the add made again.
 */
export async function addSpecSheet(context: Excel.RequestContext, spec: SheetSpec, opts: AddSheetOptions): Promise<string> {
  if (opts.names) {
    try {
      return await addNamed(context, spec, opts, opts.names);
    } catch (e) {
      // A sheet of that name was added since the names were seen: ask Excel for them.
      if (errorCode(e) !== "ItemAlreadyExists") throw e;
    }
  }
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return addNamed(context, spec, opts, sheets.items.map((w) => w.name));
}

/**
 * Add the sheet under a name free among `names` (every sheet, in workbook order), in its place,
 * and fill it (one sync under the budget); a refusal deletes it again.
 */
async function addNamed(context: Excel.RequestContext, spec: SheetSpec, opts: AddSheetOptions, names: readonly string[]): Promise<string> {
  const sheets = context.workbook.worksheets;
  const place = (wanted: string | undefined) => (wanted === undefined ? -1 : names.findIndex((n) => n.toLowerCase() === wanted.toLowerCase()));
  const replaced = place(opts.replace);
  const name = uniqueSheetName(replaced >= 0 ? `~${names[replaced]}` : spec.name, [...names]);
  const position = place(opts.before);

  const batcher = new SyncBatcher(context, opts.budget);
  await batcher.reserve(OPERATION_OVERHEAD_BYTES);
  const ws = sheets.add(name);
  try {
    if (position >= 0) ws.position = position;
    if (spec.hidden) ws.visibility = "Hidden" as Excel.SheetVisibility;
    await fillSheet(ws, spec, opts, batcher, () => {
      if (opts.replace === undefined) return;
      // An unknown sheet fails here (ItemNotFound), and the new sheet goes again.
      sheets.getItem(opts.replace).delete();
      if (replaced >= 0) {
        ws.name = names[replaced];
        ws.position = replaced;
      }
    });
  } catch (e) {
    // Excel refused something after the add (in this sync or an earlier one): take the half-built
    // sheet away again, so a failure leaves the workbook as it was. `ws` is the sheet this add made:
    // when the add itself failed, the delete fails too and no other sheet is touched.
    ws.delete();
    await context.sync().catch(() => undefined);
    throw e;
  }
  return replaced >= 0 ? names[replaced] : name;
}

/** Queue the spec's contents on the new sheet through the batcher, and flush. */
async function fillSheet(ws: Excel.Worksheet, spec: SheetSpec, opts: AddSheetOptions, batcher: SyncBatcher, finish: () => void): Promise<void> {
  const step = (bytes = 0): Promise<void> => batcher.reserve(OPERATION_OVERHEAD_BYTES + bytes);

  for (const rs of spec.rangeStyles ?? []) {
    await step();
    applyStyle(ws, rs.range, rs.style);
  }
  const styled = spec.cells.filter((c) => c.style).map((c) => ({ row: c.row, col: c.col, data: c.style as CellStyle }));
  for (const rect of groupRects(styled, (s) => JSON.stringify(s))) {
    await step();
    applyStyle(ws, rect.range, rect.data[0][0]);
  }

  if (spec.cells.length > 0) {
    const box = spanRange(spec.cells);
    const values: (string | number | boolean)[][] = [];
    for (let r = box.top; r <= box.bottom; r++) values.push(new Array(box.right - box.left + 1).fill(""));
    for (const c of spec.cells) {
      // A string starting with "=" written to `values` is entered as a formula (English function names, A1).
      values[c.row - box.top][c.col - box.left] = c.formula !== undefined ? `=${c.formula}` : toExcelValue(c.value as CellValue, c.style?.numberFormat);
    }
    for (const slice of sliceRect({ range: box, key: "", data: values }, BLOCK_BUDGET)) {
      await step(jsonBytes(slice.data));
      byIndexes(ws, slice.range).values = slice.data;
    }
  }

  for (const m of spec.merges) {
    await step();
    byIndexes(ws, m).merge(false);
  }
  for (const [col, width] of Object.entries(spec.columnWidths)) {
    await step();
    ws.getRangeByIndexes(0, Number(col), 1, 1).format.columnWidth = charsToPoints(width);
  }
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) {
    await step();
    ws.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = height;
  }
  for (const cf of spec.conditionalFormats ?? []) {
    await step(cf.formula.length);
    const format = byIndexes(ws, cf.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    format.custom.rule.formula = `=${cf.formula}`;
    if (cf.style.fill) format.custom.format.fill.color = hexColor(cf.style.fill);
    if (cf.style.fontColor) format.custom.format.font.color = hexColor(cf.style.fontColor);
  }
  for (const v of spec.validations ?? []) {
    await step();
    applyValidation(byIndexes(ws, v.range), v);
  }
  await step();
  if (spec.freeze) freeze(ws, spec.freeze.rows, spec.freeze.cols);
  if (spec.tabColor) ws.tabColor = hexColor(spec.tabColor);
  if (spec.hideGridlines && opts.supports("ExcelApi", "1.8")) ws.showGridlines = false;
  if (opts.supports("ExcelApi", "1.9")) {
    queuePageSetup(ws, spec.pageSetup);
    for (const row of spec.rowBreaks ?? []) {
      await step();
      ws.horizontalPageBreaks.add(ws.getRangeByIndexes(row, 0, 1, 1));
    }
  }
  finish();
  if (opts.activate && !spec.hidden) ws.activate();
  await batcher.flush();
}

function applyStyle(ws: Excel.Worksheet, r: RangeRef, style: CellStyle): void {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  const range = byIndexes(ws, r);
  if (style.numberFormat !== undefined) {
    const fmt = style.numberFormat;
    range.numberFormat = Array.from({ length: rows }, () => new Array(cols).fill(fmt));
  }
  queueStyle(range, style, rows, cols);
}

function validationRule(v: SpecValidation): Excel.DataValidationRule {
  if (v.type === "list") return { list: { inCellDropDown: true, source: listSource(v) } };
  const basic: Excel.BasicDataValidation =
    v.max === undefined
      ? { formula1: v.min, operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator }
      : { formula1: v.min, formula2: v.max, operator: "Between" as Excel.DataValidationOperator };
  return v.type === "decimal" ? { decimal: basic } : { wholeNumber: basic };
}

function applyValidation(range: Excel.Range, v: SpecValidation): void {
  const dv = range.dataValidation;
  dv.rule = validationRule(v);
  if (v.prompt) {
    dv.prompt = { title: v.prompt.title.slice(0, PROMPT_TITLE_MAX), message: v.prompt.text.slice(0, PROMPT_TEXT_MAX), showPrompt: true };
  }
  dv.errorAlert = {
    title: v.error.title.slice(0, PROMPT_TITLE_MAX),
    message: v.error.text.slice(0, PROMPT_TEXT_MAX),
    showAlert: true,
    style: "Stop" as Excel.DataValidationAlertStyle,
  };
}

function freeze(ws: Excel.Worksheet, rows: number, cols: number): void {
  if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (cols > 0) ws.freezePanes.freezeColumns(cols);
}
