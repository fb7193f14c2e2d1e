import type * as ExcelJS from "exceljs";

/**
 * Theme and indexed colours of a workbook as "#RRGGBB", so that a fill given
 * by reference (theme 4, tint 0.4; indexed 10) can be said in Office.js's
 * words (colour and tint), which is what the marks record keeps.
 */

/** Theme colour slots in the order fills number them (0 = lt1, 1 = dk1: Excel swaps the first two pairs). */
const THEME_SLOTS = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];
/** ExcelJS's own theme, which it writes into a workbook that has none (the Office 2007 palette). */
const EXCELJS_THEME = ["FFFFFF", "000000", "EEECE1", "1F497D", "4F81BD", "C0504D", "9BBB59", "8064A2", "4BACC6", "F79646", "0000FF", "800080"];
/** The default indexed palette (indexes 0-63; 64 and 65 are the system's text and window colours). */
const INDEXED = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF " +
  "000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 " +
  "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333 " +
  "000000 FFFFFF"
).split(" ");

/** A colour of a fill as Office.js says it: "#RRGGBB" and a tint (0 when none). */
export interface PlainColor {
  hex: string;
  tint: number;
}

export type ColorResolver = (color: Partial<ExcelJS.Color> | undefined) => PlainColor | undefined;

/** The colour resolver of a workbook: rgb as it is, theme colours from its theme, indexed ones from the default palette. */
export function colorResolver(wb: ExcelJS.Workbook): ColorResolver {
  const theme = themeColors(wb);
  return (color) => {
    if (!color) return undefined;
    const c = color as { argb?: string; theme?: number; indexed?: number; tint?: number };
    const tint = typeof c.tint === "number" ? c.tint : 0;
    let rgb: string | undefined;
    if (typeof c.argb === "string" && /^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(c.argb)) rgb = c.argb.slice(-6);
    else if (typeof c.theme === "number") rgb = theme[c.theme];
    else if (typeof c.indexed === "number") rgb = INDEXED[c.indexed];
    return rgb ? { hex: `#${rgb.toUpperCase()}`, tint } : undefined;
  };
}

/** The workbook's theme colours by slot number (ExcelJS keeps the theme part as XML text). */
function themeColors(wb: ExcelJS.Workbook): string[] {
  const xml = (wb as unknown as { _themes?: Record<string, string> })._themes?.theme1;
  if (typeof xml !== "string") return EXCELJS_THEME;
  const scheme = /<a:clrScheme[\s\S]*?<\/a:clrScheme>/.exec(xml)?.[0] ?? "";
  return THEME_SLOTS.map((slot, i) => {
    const m = new RegExp(`<a:${slot}>\\s*<a:(?:srgbClr val|sysClr[^>]*?lastClr)="([0-9A-Fa-f]{6})"`).exec(scheme);
    return m ? m[1] : EXCELJS_THEME[i];
  });
}
