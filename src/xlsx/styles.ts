import type * as ExcelJS from "exceljs";
import type { CellStyle } from "../core/sheetspec";

type StyleKey = keyof ExcelJS.Style;

/**
 * Change some style parts of one cell. ExcelJS shares one style object among
 * all cells read with the same style id (and a row's or column's style with its
 * new cells), so a style is never changed in place: the cell gets a copy.
 * A part set to undefined is removed ("General" number format, no fill).
 */
export function setCellStyle(cell: ExcelJS.Cell, parts: Partial<Record<StyleKey, unknown>>): void {
  const next: Record<string, unknown> = { ...(cell.style as Record<string, unknown>) };
  for (const [k, v] of Object.entries(parts)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  cell.style = next as Partial<ExcelJS.Style>;
}

/** Number format to store: "General" is the absence of a format. */
export function numFmtPart(format: string): string | undefined {
  return format === "General" ? undefined : format;
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

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return h.length === 6 ? `FF${h}` : h;
}

/** A solid fill of one colour (RGB hex without '#'). */
export function solidFill(hex: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
}

/** The ExcelJS style parts for a CellStyle (only the parts it names). */
export function excelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.underline !== undefined) font.underline = s.underline;
  if (s.fontSize !== undefined) font.size = s.fontSize;
  if (s.fontName !== undefined) font.name = s.fontName;
  if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
  if (Object.keys(font).length) out.font = font;
  if (s.fill) out.fill = solidFill(s.fill);
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.hAlign) alignment.horizontal = s.hAlign;
  if (s.vAlign) alignment.vertical = s.vAlign;
  if (s.wrap !== undefined) alignment.wrapText = s.wrap;
  if (s.indent !== undefined) alignment.indent = s.indent;
  // Excel honours an indent only with left (or right) alignment.
  if (s.indent && !s.hAlign) alignment.horizontal = "left";
  if (Object.keys(alignment).length) out.alignment = alignment;
  if (s.numberFormat && s.numberFormat !== "General") out.numFmt = s.numberFormat;
  if (s.border) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const style = s.border[side];
      if (style) border[side] = { style };
    }
    out.border = border;
  }
  return out;
}
