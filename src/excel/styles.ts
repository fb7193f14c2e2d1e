import type { BorderStyle, CellStyle } from "../core/sheetspec";

const H_ALIGN = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Border style of the spec -> Office.js line style and weight. */
export const BORDER: Record<BorderStyle, { style: Excel.BorderLineStyle; weight?: Excel.BorderWeight }> = {
  thin: { style: "Continuous" as Excel.BorderLineStyle, weight: "Thin" as Excel.BorderWeight },
  medium: { style: "Continuous" as Excel.BorderLineStyle, weight: "Medium" as Excel.BorderWeight },
  thick: { style: "Continuous" as Excel.BorderLineStyle, weight: "Thick" as Excel.BorderWeight },
  double: { style: "Double" as Excel.BorderLineStyle },
  dotted: { style: "Dot" as Excel.BorderLineStyle },
};

/** "D9E1F2" -> "#D9E1F2" (Office.js wants the #). */
export function hexColor(rgb: string): string {
  return rgb.startsWith("#") ? rgb : `#${rgb}`;
}

/**
 * Queue a CellStyle on every cell of a range. Borders apply to each cell, so a
 * range of several rows (columns) also gets the inside horizontal (vertical)
 * borders. numberFormat is set by the caller (it needs a 2-D array).
 */
export function queueStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.underline !== undefined) f.font.underline = style.underline ? "Single" : "None";
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontName !== undefined) f.font.name = style.fontName;
  if (style.fontColor !== undefined) f.font.color = hexColor(style.fontColor);
  if (style.fill !== undefined) f.fill.color = hexColor(style.fill);
  if (style.hAlign !== undefined) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.indent !== undefined) f.indentLevel = style.indent;
  const b = style.border;
  if (!b) return;
  const edges: [Excel.BorderIndex | string, BorderStyle | undefined][] = [
    ["EdgeTop", b.top],
    ["EdgeBottom", b.bottom],
    ["EdgeLeft", b.left],
    ["EdgeRight", b.right],
  ];
  if (rows > 1) edges.push(["InsideHorizontal", b.bottom ?? b.top]);
  if (cols > 1) edges.push(["InsideVertical", b.right ?? b.left]);
  for (const [edge, kind] of edges) {
    if (!kind) continue;
    const border = f.borders.getItem(edge as Excel.BorderIndex);
    border.style = BORDER[kind].style;
    const weight = BORDER[kind].weight;
    if (weight) border.weight = weight;
  }
}

/** Excel column width in characters -> points (7 px per character plus 5 px padding, 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
