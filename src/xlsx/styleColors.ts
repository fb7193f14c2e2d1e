import { NO_FILL, type CellFill } from "../core/state/marks";
import { parseXml } from "./xml";

/**
 * Colours and fills of a styles part in the marks record's words (CellFill:
 * Office.js pattern names, "#RRGGBB", tints), without ExcelJS: the theme and
 * indexed palettes, Excel's tint, and the file's pattern names.
 */

/** A colour as a styles part gives it (<color>, <fgColor>, <bgColor>). */
export interface XColor {
  rgb?: string;
  theme?: number;
  indexed?: number;
  tint?: number;
  auto?: boolean;
}

/** Theme colour slots in the order styles number them (0 = lt1, 1 = dk1: Excel swaps the first two pairs). */
const THEME_SLOTS = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];
/** The Office 2007 palette (the theme ExcelJS writes), used when a package has no theme part. */
export const DEFAULT_THEME = ["FFFFFF", "000000", "EEECE1", "1F497D", "4F81BD", "C0504D", "9BBB59", "8064A2", "4BACC6", "F79646", "0000FF", "800080"];
/** The default indexed palette (indexes 0-63; 64 and 65 are the system's text and window colours). */
export const DEFAULT_INDEXED = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF " +
  "000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 " +
  "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333 " +
  "000000 FFFFFF"
).split(" ");

/** Office.js pattern name -> the file's pattern name. */
export const PATTERNS: Record<string, string> = {
  Solid: "solid", Gray50: "mediumGray", Gray75: "darkGray", Gray25: "lightGray",
  Horizontal: "darkHorizontal", Vertical: "darkVertical", Down: "darkDown", Up: "darkUp",
  Checker: "darkGrid", SemiGray75: "darkTrellis", LightHorizontal: "lightHorizontal", LightVertical: "lightVertical",
  LightDown: "lightDown", LightUp: "lightUp", Grid: "lightGrid", CrissCross: "lightTrellis", Gray16: "gray125", Gray8: "gray0625",
};
const OFFICE_PATTERNS: Record<string, string> = Object.fromEntries(Object.entries(PATTERNS).map(([office, file]) => [file, office]));
/** How much of a cell a pattern's foreground covers (for a preview's one colour); 0.5 when not listed. */
const COVER: Record<string, number> = { solid: 1, darkGray: 0.75, mediumGray: 0.5, lightGray: 0.25, gray125: 0.125, gray0625: 0.0625, darkTrellis: 0.75 };

/** The theme's colours by slot number; DEFAULT_THEME where the theme part is missing, unreadable or silent. */
export function themeColors(themeXml: string | null | undefined): string[] {
  const out = DEFAULT_THEME.slice();
  if (!themeXml) return out;
  let inScheme = false;
  let slot = -1;
  try {
    parseXml(themeXml, {
      open(name, attrs) {
        if (name === "clrScheme") inScheme = true;
        else if (inScheme && THEME_SLOTS.includes(name)) slot = THEME_SLOTS.indexOf(name);
        else if (inScheme && slot >= 0) {
          const v = name === "srgbClr" ? attrs.val : name === "sysClr" ? attrs.lastClr : undefined;
          if (v && /^[0-9A-Fa-f]{6}$/.test(v)) out[slot] = v.toUpperCase();
        }
      },
      close(name) {
        if (name === "clrScheme") inScheme = false;
        else if (THEME_SLOTS.includes(name)) slot = -1;
      },
    });
  } catch {
    return DEFAULT_THEME.slice();
  }
  return out;
}

/** A colour element's attributes. */
export function xcolor(attrs: Record<string, string>): XColor {
  const c: XColor = {};
  if (attrs.rgb !== undefined) c.rgb = attrs.rgb;
  if (attrs.theme !== undefined) c.theme = Number(attrs.theme);
  if (attrs.indexed !== undefined) c.indexed = Number(attrs.indexed);
  if (attrs.tint !== undefined && Number.isFinite(Number(attrs.tint))) c.tint = Number(attrs.tint);
  if (attrs.auto === "1" || attrs.auto === "true") c.auto = true;
  return c;
}

/** Resolves colours of one package: rgb as it is (alpha ignored), theme from its theme, indexed from its palette. */
export class Palette {
  constructor(
    private readonly theme: string[],
    private readonly indexed: string[],
  ) {}

  /** "#RRGGBB" without the tint; undefined for automatic or unknown colours. */
  hex(c: XColor | undefined): string | undefined {
    if (!c) return undefined;
    let rgb: string | undefined;
    if (c.rgb !== undefined && /^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(c.rgb)) rgb = c.rgb.slice(-6);
    else if (c.theme !== undefined) rgb = this.theme[c.theme];
    else if (c.indexed !== undefined) rgb = this.indexed[c.indexed] ?? DEFAULT_INDEXED[c.indexed];
    return rgb ? `#${rgb.toUpperCase()}` : undefined;
  }

  /** "#RRGGBB" as shown: the tint applied. */
  shown(c: XColor | undefined): string | undefined {
    const hex = this.hex(c);
    return hex && c?.tint ? applyTint(hex, c.tint) : hex;
  }

  /** A fill in the marks record's words (Office.js pattern name, colour and tint). */
  cellFill(f: FillModel): CellFill {
    if (f.gradient) return this.withColor({ pattern: "Solid" }, "color", f.stop);
    if (!f.pattern || f.pattern === "none") return NO_FILL;
    const pattern = OFFICE_PATTERNS[f.pattern] ?? "Solid";
    if (pattern === "Solid") return this.withColor({ pattern }, "color", f.fg);
    return this.withColor(this.withColor({ pattern }, "color", f.bg), "patternColor", f.fg);
  }

  /** The one colour a preview paints for a fill: a pattern's foreground blended over its background. */
  shownFill(f: FillModel): string | undefined {
    if (f.gradient) return this.shown(f.stop);
    if (!f.pattern || f.pattern === "none") return undefined;
    if (f.pattern === "solid") return this.shown(f.fg) ?? "#000000";
    const fg = this.shown(f.fg) ?? "#000000";
    const bg = this.shown(f.bg) ?? "#FFFFFF";
    return blend(fg, bg, COVER[f.pattern] ?? 0.5);
  }

  private withColor(fill: CellFill, which: "color" | "patternColor", c: XColor | undefined): CellFill {
    const hex = this.hex(c);
    if (!hex) return fill;
    const out: CellFill = { ...fill, [which]: hex };
    if (c?.tint) out[which === "color" ? "tint" : "patternTint"] = c.tint;
    return out;
  }
}

/** What a <fill> says: its pattern and colours, or a gradient's first stop. */
export interface FillModel {
  pattern?: string;
  fg?: XColor;
  bg?: XColor;
  gradient?: boolean;
  stop?: XColor;
}

/** Excel's tint: the colour's luminance moved toward black (tint < 0) or white (tint > 0). */
export function applyTint(hex: string, tint: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h = 0;
  if (d !== 0) h = max === r ? ((g - b) / d + (g < b ? 6 : 0)) / 6 : max === g ? ((b - r) / d + 2) / 6 : ((r - g) / d + 4) / 6;
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const ch = (t: number) => {
    t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    const v = t < 1 / 6 ? p + (q - p) * 6 * t : t < 1 / 2 ? q : t < 2 / 3 ? p + (q - p) * (2 / 3 - t) * 6 : p;
    return hex2(v * 255);
  };
  return s === 0 ? `#${hex2(l * 255).repeat(3)}` : `#${ch(h + 1 / 3)}${ch(h)}${ch(h - 1 / 3)}`;
}

function blend(fg: string, bg: string, cover: number): string {
  const at = (hex: string, i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `#${[1, 3, 5].map((i) => hex2(at(fg, i) * cover + at(bg, i) * (1 - cover))).join("")}`;
}

function hex2(v: number): string {
  return Math.max(0, Math.min(255, Math.round(v))).toString(16).toUpperCase().padStart(2, "0");
}

/** A colour element's attributes for "#RRGGBB" and a tint (undefined: not a colour). */
function colorAttrs(hex: string | undefined, tint: number | undefined): string | undefined {
  if (!hex || !/^#?[0-9A-Fa-f]{6}$/.test(hex)) return undefined;
  return ` rgb="FF${hex.replace(/^#/, "").toUpperCase()}"${tint ? ` tint="${tint}"` : ""}`;
}

/** The <fill> element of a record's fill (Office.js names back to the file's). */
export function cellFillXml(fill: CellFill): string {
  if (fill.pattern === "None") return `<fill><patternFill patternType="none"/></fill>`;
  const pattern = PATTERNS[fill.pattern] ?? "solid"; // a gradient or an unknown pattern: its colour, solid
  const main = colorAttrs(fill.color, fill.tint);
  if (pattern === "solid") return `<fill><patternFill patternType="solid">${main ? `<fgColor${main}/>` : ""}</patternFill></fill>`;
  const fg = colorAttrs(fill.patternColor, fill.patternTint);
  return `<fill><patternFill patternType="${pattern}">${fg ? `<fgColor${fg}/>` : ""}${main ? `<bgColor${main}/>` : ""}</patternFill></fill>`;
}

type JsonColor = { argb?: unknown; theme?: unknown; indexed?: unknown; tint?: unknown };

/**
 * The <fill> element of an ExcelJS fill object, as the ExcelJS adapter kept it
 * in CellFill.file of marks records it wrote; undefined when it is not one.
 */
export function excelJsFillXml(file: unknown): string | undefined {
  if (!file || typeof file !== "object") return undefined;
  const f = file as { type?: unknown; pattern?: unknown; fgColor?: JsonColor; bgColor?: JsonColor; gradient?: unknown; degree?: unknown; stops?: unknown };
  const color = (tag: string, c: JsonColor | undefined) => {
    if (!c || typeof c !== "object") return "";
    let a = "";
    if (typeof c.argb === "string" && /^[0-9A-Fa-f]{6,8}$/.test(c.argb)) a += ` rgb="${c.argb.toUpperCase()}"`;
    else if (typeof c.theme === "number") a += ` theme="${c.theme}"`;
    else if (typeof c.indexed === "number") a += ` indexed="${c.indexed}"`;
    else return "";
    if (typeof c.tint === "number" && c.tint) a += ` tint="${c.tint}"`;
    return `<${tag}${a}/>`;
  };
  if (f.type === "pattern" && typeof f.pattern === "string" && /^[A-Za-z0-9]+$/.test(f.pattern)) {
    const inner = color("fgColor", f.fgColor) + color("bgColor", f.bgColor);
    return `<fill><patternFill patternType="${f.pattern}"${inner ? `>${inner}</patternFill>` : "/>"}</fill>`;
  }
  if (f.type === "gradient" && Array.isArray(f.stops)) {
    const degree = typeof f.degree === "number" ? ` degree="${f.degree}"` : "";
    const stops = (f.stops as { position?: unknown; color?: JsonColor }[])
      .filter((s) => s && typeof s.position === "number")
      .map((s) => `<stop position="${s.position as number}">${color("color", s.color)}</stop>`)
      .join("");
    return `<fill><gradientFill${degree}>${stops}</gradientFill></fill>`;
  }
  return undefined;
}
