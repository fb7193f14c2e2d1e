import type { CellValue, RangeRef } from "./grid";

export type BorderStyle = "thin" | "medium" | "thick" | "double" | "dotted";
export type HAlign = "left" | "center" | "right" | "justify";
export type VAlign = "top" | "middle" | "bottom";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontName?: string;
  /** RGB hex without '#', e.g. "D9E1F2". */
  fill?: string;
  fontColor?: string;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  indent?: number;
  numberFormat?: string;
  border?: { top?: BorderStyle; bottom?: BorderStyle; left?: BorderStyle; right?: BorderStyle };
}

export interface SpecCell {
  row: number; // 0-based
  col: number; // 0-based
  value: CellValue;
  style?: CellStyle;
  /**
   * A formula in A1 notation without the leading "=" (Excel's English function names); the host
   * computes the cell; `value`, when not null, is written as the result to show until it does.
   */
  formula?: string;
}

/**
 * Conditional formatting: the cells of `range` for which `formula` holds (written for the range's
 * top-left cell; relative references move with each cell) get the fill and font colour.
 */
export interface SpecConditionalFormat {
  range: RangeRef;
  formula: string;
  style: { fill?: string; fontColor?: string };
}

/** Style applied to every cell of a range (values untouched). */
export interface SpecRangeStyle {
  range: RangeRef;
  style: CellStyle;
}

interface SpecValidationBase {
  range: RangeRef;
  /** Input message shown when the cell is selected. */
  prompt?: { title: string; text: string };
  error: { title: string; text: string };
}

/** A number between min and max (or at least min). */
export interface SpecNumberValidation extends SpecValidationBase {
  type: "decimal" | "whole";
  min: number;
  max?: number;
}

/**
 * One of a few words, offered as the cell's dropdown list. The words are written as one literal
 * list ("naik,turun"): none may hold a comma, and together at most 255 characters (Excel's limit);
 * a word that reads as a number ("1") is entered as that number.
 */
export interface SpecListValidation extends SpecValidationBase {
  type: "list";
  list: readonly string[];
}

export type SpecValidation = SpecNumberValidation | SpecListValidation;

/** The literal list source of a list validation: the words joined by commas ("naik,turun"). */
export const listSource = (v: SpecListValidation): string => v.list.join(",");

export type Paper = "a4" | "f4";

export interface PageSetup {
  orientation: "portrait" | "landscape";
  paper: Paper;
  /** Fit to this many pages wide (height free). */
  fitToWidth?: number;
  /** Margins in inches. */
  margins?: { top: number; bottom: number; left: number; right: number; header?: number; footer?: number };
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  printTitleRows?: { first: number; last: number };
  printArea?: RangeRef;
  centerHorizontally?: boolean;
}

/** A whole new sheet, described once, applied by either adapter. */
export interface SheetSpec {
  name: string;
  cells: SpecCell[];
  rangeStyles?: SpecRangeStyle[];
  merges: RangeRef[];
  /** Column widths in Excel character units, by column index. */
  columnWidths: Record<number, number>;
  /** Row heights in points, by row index. */
  rowHeights?: Record<number, number>;
  validations?: SpecValidation[];
  /** Applied in order: the first rule that holds for a cell wins. */
  conditionalFormats?: SpecConditionalFormat[];
  freeze?: { rows: number; cols: number };
  pageSetup: PageSetup;
  /** Manual page breaks: each row (0-based) starts a new printed page. */
  rowBreaks?: number[];
  tabColor?: string;
  /** Add the sheet hidden: not shown as a tab, and not printed with the workbook (Excel and LibreOffice skip hidden sheets). */
  hidden?: boolean;
  /** Hide the gridlines on screen (forms, letters). */
  hideGridlines?: boolean;
}

/** A sheet name not yet taken: "Rencana Aksi 2027", then "Rencana Aksi 2027 (2)", ... (max 31 chars). */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const clean = wanted.replace(/[\\/?*[\]:]/g, " ").trim().slice(0, 31) || "Sheet";
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
