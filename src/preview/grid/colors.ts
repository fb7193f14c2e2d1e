/**
 * Excel colours (ExcelJS `{argb}`, `{theme, tint}` or `{indexed}`) as CSS
 * colours. Theme colours use the default Office theme (the workbook's own
 * theme part is not parsed); that is what nearly every plan workbook uses.
 */

export interface ExcelColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** Office theme: lt1, dk1, lt2, dk2, accent1..6 (Excel's theme index order). */
const THEME = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

/** The first entries of Excel's legacy indexed palette (0-7 repeat 8-15); 64 = system text colour. */
const INDEXED = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
];

function applyTint(hex: string, tint: number): string {
  const out = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    const v = tint < 0 ? c * (1 + tint) : c + (255 - c) * tint;
    return Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, "0");
  });
  return out.join("").toUpperCase();
}

/** "#RRGGBB" for an Excel colour, or undefined when it names none this page knows. */
export function cssColor(color: ExcelColor | undefined): string | undefined {
  if (!color) return undefined;
  let hex: string | undefined;
  if (typeof color.argb === "string" && /^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(color.argb)) {
    hex = color.argb.length === 8 ? color.argb.slice(2) : color.argb;
  } else if (typeof color.theme === "number") hex = THEME[color.theme];
  else if (typeof color.indexed === "number") hex = color.indexed === 64 ? "000000" : INDEXED[color.indexed];
  if (!hex) return undefined;
  if (typeof color.tint === "number" && color.tint !== 0) hex = applyTint(hex, color.tint);
  return `#${hex.toUpperCase()}`;
}
