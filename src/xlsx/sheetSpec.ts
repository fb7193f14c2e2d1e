import { colToLetters, rangeToA1, toA1, type CellValue, type RangeRef } from "../core/grid";
import { listSource, type CellStyle, type PageSetup, type SheetSpec, type SpecValidation } from "../core/sheetspec";
import type { StyleSheet } from "./styleSheet";
import { encodeXmlString, escapeAttr, escapeText } from "./xml";

/**
 * A new worksheet part from a SheetSpec, written as Excel writes one (children
 * in schema order), with the same visible result as the ExcelJS adapter's
 * addSpecSheet: values, styles (through the package's StyleSheet), merges,
 * widths, heights, validations, views and page setup. Print titles and the
 * print area are defined names in workbook.xml: they are returned for the caller.
 */

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
/** Excel's limits on data-validation texts (longer texts make Excel repair the file). */
const LIMITS = { title: 32, prompt: 255, error: 225 };
/** Paper size codes: A4 is 9; F4 (215 x 330 mm) has none of its own, Folio 8.5 x 13 in (14) is what offices pick for it. */
const PAPER_SIZE: Record<string, number> = { a4: 9, f4: 14 };
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

export interface SheetDefinedName {
  name: "_xlnm.Print_Titles" | "_xlnm.Print_Area";
  /** The range without the sheet's name: "$9:$10", "$A$1:$H$40". */
  ref: string;
}

interface Slot {
  value: CellValue;
  style?: CellStyle;
  formula?: string;
}

/** The worksheet XML of a spec, and the defined names it needs. */
export function sheetSpecXml(spec: SheetSpec, styles: StyleSheet): { xml: string; definedNames: SheetDefinedName[] } {
  const cells = specCells(spec);
  const heights = spec.rowHeights ?? {};
  const rows = new Map<number, number[]>();
  for (const key of cells.keys()) {
    const row = Math.floor(key / COLS);
    let list = rows.get(row);
    if (!list) rows.set(row, (list = []));
    list.push(key % COLS);
  }
  for (const r of Object.keys(heights)) if (!rows.has(Number(r))) rows.set(Number(r), []);

  let data = "";
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const h = heights[r];
    data += `<row r="${r + 1}"${h !== undefined && Number.isFinite(h) ? ` ht="${h}" customHeight="1"` : ""}`;
    const cols = rows.get(r)!.sort((a, b) => a - b);
    if (!cols.length) {
      data += "/>";
      continue;
    }
    data += ">";
    for (const c of cols) {
      const slot = cells.get(r * COLS + c)!;
      const s = slot.style ? styles.xfFor(slot.style) : 0;
      data += slot.formula !== undefined ? formulaXml(toA1({ row: r, col: c }), slot.formula, slot.value, s) : cellXml(toA1({ row: r, col: c }), slot.value, s);
    }
    data += "</row>";
  }

  let xml = HEAD + sheetPr(spec) + `<dimension ref="${dimension(cells)}"/>` + sheetViews(spec) + '<sheetFormatPr defaultRowHeight="15"/>';
  xml += colsXml(spec.columnWidths);
  xml += data ? `<sheetData>${data}</sheetData>` : "<sheetData/>";
  const merges = spec.merges.filter((m) => m.top !== m.bottom || m.left !== m.right);
  if (merges.length) xml += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeToA1(m)}"/>`).join("")}</mergeCells>`;
  xml += conditionalXml(spec, styles);
  const vs = spec.validations ?? [];
  if (vs.length) xml += `<dataValidations count="${vs.length}">${vs.map(validationXml).join("")}</dataValidations>`;
  xml += pageXml(spec.pageSetup) + rowBreaksXml(spec.rowBreaks ?? []) + "</worksheet>";
  return { xml, definedNames: definedNames(spec.pageSetup) };
}

/** A bare worksheet of values (the hidden state sheet): strings inline, numbers as they are. */
export function stateSheetXml(rows: readonly (readonly (string | number)[])[]): string {
  let data = "";
  rows.forEach((row, r) => {
    const cells = row.map((v, c) => cellXml(toA1({ row: r, col: c }), v, 0)).join("");
    if (cells) data += `<row r="${r + 1}">${cells}</row>`;
  });
  const width = Math.max(1, ...rows.map((r) => r.length));
  const ref = rows.some((r) => r.length) ? `A1:${toA1({ row: rows.length - 1, col: width - 1 })}` : "A1";
  return `${HEAD}<dimension ref="${ref}"/><sheetData>${data}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/** Column count of a cell key (row * COLS + col): Excel's 16,384 columns. */
const COLS = 16384;

/** Each cell of the sheet: values, and style layers (range styles in order, then the cell's own on top). */
function specCells(spec: SheetSpec): Map<number, Slot> {
  const out = new Map<number, Slot>();
  const slot = (row: number, col: number): Slot | undefined => {
    if (!(row >= 0 && col >= 0 && col < COLS && Number.isInteger(row) && Number.isInteger(col))) return undefined;
    const key = row * COLS + col;
    let s = out.get(key);
    if (!s) out.set(key, (s = { value: null }));
    return s;
  };
  const style = (s: Slot | undefined, st: CellStyle) => {
    if (s) s.style = s.style ? mergeCellStyles(s.style, st) : st;
  };
  for (const rs of spec.rangeStyles ?? []) {
    for (let r = rs.range.top; r <= rs.range.bottom; r++) for (let c = rs.range.left; c <= rs.range.right; c++) style(slot(r, c), rs.style);
  }
  for (const cell of spec.cells) {
    const s = slot(cell.row, cell.col);
    if (!s) continue;
    if (cell.style) style(s, cell.style);
    s.value = cell.value;
    s.formula = cell.formula;
  }
  // As in Excel (and ExcelJS's mergeCells): every cell of a merged range has the style of its top-left
  // cell, which draws the range's borders whole; the other cells' values are not kept.
  for (const m of spec.merges) {
    const master = slot(m.top, m.left)?.style;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const s = r === m.top && c === m.left ? undefined : slot(r, c);
        if (s) s.value = null;
        if (s) s.formula = undefined;
        if (s) s.style = master;
      }
    }
  }
  for (const [key, s] of out) if (s.value === null && !s.style && s.formula === undefined) out.delete(key);
  return out;
}

/** Merge style layers: later layers win property by property, border side by side. */
export function mergeCellStyles(...layers: (CellStyle | undefined)[]): CellStyle {
  const out: CellStyle = {};
  for (const s of layers) {
    if (!s) continue;
    const border = s.border ? { ...out.border, ...s.border } : out.border;
    Object.assign(out, s);
    if (border) out.border = border;
  }
  return out;
}

function cellXml(ref: string, v: CellValue, s: number): string {
  const head = `<c r="${ref}"${s ? ` s="${s}"` : ""}`;
  if (v === null || v === undefined) return `${head}/>`;
  if (typeof v === "number") return Number.isFinite(v) ? `${head}><v>${v}</v></c>` : `${head} t="e"><v>#NUM!</v></c>`;
  if (typeof v === "boolean") return `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "object") return `${head} t="e"><v>${escapeText(v.error)}</v></c>`;
  const text = escapeText(encodeXmlString(v));
  const space = /^\s|\s$|[\t\n\r]|\s\s/.test(v) ? ' xml:space="preserve"' : "";
  return `${head} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

/**
 * A formula cell, with its result when the spec knows it (a number, or a text as t="str"); without
 * one Excel and LibreOffice compute it on opening (calcPr fullCalcOnLoad).
 */
function formulaXml(ref: string, formula: string, value: CellValue, s: number): string {
  const f = `<f>${escapeText(encodeXmlString(formula))}</f>`;
  const head = `<c r="${ref}"${s ? ` s="${s}"` : ""}`;
  if (typeof value === "number" && Number.isFinite(value)) return `${head}>${f}<v>${value}</v></c>`;
  if (typeof value === "string") return `${head} t="str">${f}<v>${escapeText(encodeXmlString(value))}</v></c>`;
  return `${head}>${f}</c>`;
}

/** The conditional formatting of a spec, one element per range, priorities in the spec's order. */
function conditionalXml(spec: SheetSpec, styles: StyleSheet): string {
  let out = "";
  (spec.conditionalFormats ?? []).forEach((cf, i) => {
    const dxf = styles.dxfFor(cf.style);
    const rule = `<cfRule type="expression" dxfId="${dxf}" priority="${i + 1}"><formula>${escapeText(encodeXmlString(cf.formula))}</formula></cfRule>`;
    out += `<conditionalFormatting sqref="${rangeToA1(cf.range)}">${rule}</conditionalFormatting>`;
  });
  return out;
}

function dimension(cells: Map<number, Slot>): string {
  if (!cells.size) return "A1";
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  for (const key of cells.keys()) {
    const r = Math.floor(key / COLS), c = key % COLS;
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    left = Math.min(left, c);
    right = Math.max(right, c);
  }
  const range: RangeRef = { top, left, bottom, right };
  return top === bottom && left === right ? toA1({ row: top, col: left }) : rangeToA1(range);
}

function sheetPr(spec: SheetSpec): string {
  const tab = spec.tabColor && /^#?[0-9A-Fa-f]{6}$/.test(spec.tabColor) ? `<tabColor rgb="FF${spec.tabColor.replace(/^#/, "").toUpperCase()}"/>` : "";
  const fit = spec.pageSetup.fitToWidth !== undefined ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : "";
}

function sheetViews(spec: SheetSpec): string {
  const grid = spec.hideGridlines ? ' showGridLines="0"' : "";
  const f = spec.freeze;
  if (f && (f.rows > 0 || f.cols > 0)) {
    const first = toA1({ row: Math.max(0, f.rows), col: Math.max(0, f.cols) });
    const pane = f.rows > 0 && f.cols > 0 ? "bottomRight" : f.rows > 0 ? "bottomLeft" : "topRight";
    const split = `${f.cols > 0 ? ` xSplit="${f.cols}"` : ""}${f.rows > 0 ? ` ySplit="${f.rows}"` : ""}`;
    return (
      `<sheetViews><sheetView${grid} workbookViewId="0"><pane${split} topLeftCell="${first}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}" activeCell="${first}" sqref="${first}"/></sheetView></sheetViews>`
    );
  }
  return `<sheetViews><sheetView${grid} workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>`;
}

function colsXml(widths: Record<number, number>): string {
  const cols = Object.entries(widths)
    .map(([c, w]) => [Number(c), w] as const)
    .filter(([c, w]) => Number.isInteger(c) && c >= 0 && c < COLS && Number.isFinite(w) && w >= 0)
    .sort((a, b) => a[0] - b[0]);
  if (!cols.length) return "";
  return `<cols>${cols.map(([c, w]) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
}

/**
 * A <dataValidation>: a number range, or a list as one literal formula ("naik,turun" in quotes,
 * quotes inside doubled). No showDropDown: set, that attribute would hide the list's arrow.
 */
function validationXml(v: SpecValidation): string {
  const between = v.type !== "list" && v.max !== undefined;
  const operator = v.type === "list" || between ? "" : ' operator="greaterThanOrEqual"';
  let a = ` type="${v.type}"${operator} allowBlank="1"`;
  if (v.prompt) a += ' showInputMessage="1"';
  a += ` showErrorMessage="1" errorTitle="${escapeAttr(v.error.title.slice(0, LIMITS.title))}" error="${escapeAttr(v.error.text.slice(0, LIMITS.error))}"`;
  if (v.prompt) a += ` promptTitle="${escapeAttr(v.prompt.title.slice(0, LIMITS.title))}" prompt="${escapeAttr(v.prompt.text.slice(0, LIMITS.prompt))}"`;
  if (v.type === "list") {
    const source = `"${listSource(v).replace(/"/g, '""')}"`;
    return `<dataValidation${a} sqref="${rangeToA1(v.range)}"><formula1>${escapeText(encodeXmlString(source))}</formula1></dataValidation>`;
  }
  const formula2 = between ? `<formula2>${v.max}</formula2>` : "";
  return `<dataValidation${a} sqref="${rangeToA1(v.range)}"><formula1>${v.min}</formula1>${formula2}</dataValidation>`;
}

function pageXml(p: PageSetup): string {
  let out = p.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : "";
  const m = { ...DEFAULT_MARGINS, ...(p.margins ?? {}) };
  out += `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  const fit = p.fitToWidth !== undefined ? ` fitToWidth="${p.fitToWidth}" fitToHeight="0"` : "";
  return `${out}<pageSetup paperSize="${PAPER_SIZE[p.paper] ?? 9}" orientation="${p.orientation}"${fit}/>`;
}

/** Manual page breaks: <brk id> is the row the new page starts at, 0-based (= the 1-based row above the break). */
function rowBreaksXml(rows: readonly number[]): string {
  const list = [...new Set(rows.filter((r) => Number.isInteger(r) && r > 0 && r < 1048576))].sort((a, b) => a - b);
  if (!list.length) return "";
  return `<rowBreaks count="${list.length}" manualBreakCount="${list.length}">${list.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
}

function definedNames(p: PageSetup): SheetDefinedName[] {
  const out: SheetDefinedName[] = [];
  if (p.printTitleRows) out.push({ name: "_xlnm.Print_Titles", ref: `$${p.printTitleRows.first + 1}:$${p.printTitleRows.last + 1}` });
  if (p.printArea) {
    const a = p.printArea;
    out.push({ name: "_xlnm.Print_Area", ref: `$${colToLetters(a.left)}$${a.top + 1}:$${colToLetters(a.right)}$${a.bottom + 1}` });
  }
  return out;
}
