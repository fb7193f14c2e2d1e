import type { CellStyle } from "../core/sheetspec";
import { xcolor, type FillModel, type XColor } from "./styleColors";
import { escapeAttr, xmlBool } from "./xml";

/**
 * The records of a styles part (xl/styles.xml) as StyleSheet reads them, and
 * the text of the records it appends. Records are read from the parser's
 * events (RecordReader), so one pass over the part builds them all.
 */

/** Excel's built-in number formats (en-US, as ExcelJS has them). */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
  22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

export interface FontModel {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  size?: number;
  name?: string;
  color?: XColor;
}

export interface BorderSide {
  style: string;
  color?: XColor;
}
export type Side = "top" | "bottom" | "left" | "right";
export type BorderModel = Partial<Record<Side, BorderSide>>;

export interface XfModel {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
  locked: boolean;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  indent?: number;
}

export type Model = { numFmt: { id: number; code: string } } | { font: FontModel } | { fill: FillModel } | { border: BorderModel } | { xf: XfModel } | null;

const int = (v: string | undefined) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : 0;
};

/**
 * Builds the model of one record (a child of numFmts, fonts, fills, borders,
 * cellXfs) from the parser's events inside it; `list` names the list.
 */
export class RecordReader {
  model: Model = null;
  private depth = 0;
  private side: BorderSide | undefined;
  private fillPart = "";

  constructor(private readonly list: string) {}

  open(name: string, a: Record<string, string>): void {
    const d = this.depth++;
    if (d === 0) this.start(name, a);
    else if (this.model) this.child(name, a, d);
  }

  close(): void {
    this.depth--;
  }

  private start(name: string, a: Record<string, string>): void {
    const l = this.list;
    if (l === "numFmts" && name === "numFmt") this.model = { numFmt: { id: int(a.numFmtId), code: a.formatCode ?? "General" } };
    else if (l === "fonts" && name === "font") this.model = { font: {} };
    else if (l === "fills" && name === "fill") this.model = { fill: {} };
    else if (l === "borders" && name === "border") this.model = { border: {} };
    else if ((l === "cellXfs" || l === "cellStyleXfs") && name === "xf") {
      this.model = { xf: { numFmtId: int(a.numFmtId), fontId: int(a.fontId), fillId: int(a.fillId), borderId: int(a.borderId), locked: true } };
    }
  }

  private child(name: string, a: Record<string, string>, d: number): void {
    const m = this.model!;
    if ("font" in m && d === 1) {
      const f = m.font;
      if (name === "b") f.bold = xmlBool(a.val, true);
      else if (name === "i") f.italic = xmlBool(a.val, true);
      else if (name === "strike") f.strike = xmlBool(a.val, true);
      else if (name === "u") f.underline = a.val !== "none";
      else if (name === "sz" && Number.isFinite(Number(a.val))) f.size = Number(a.val);
      else if (name === "name" || name === "rFont") f.name = a.val;
      else if (name === "color") f.color = xcolor(a);
    } else if ("fill" in m) {
      const f = m.fill;
      if (d === 1) {
        this.fillPart = name;
        if (name === "patternFill") f.pattern = a.patternType ?? "none";
        else if (name === "gradientFill") f.gradient = true;
      } else if (d === 2 && this.fillPart === "patternFill" && (name === "fgColor" || name === "bgColor")) {
        f[name === "fgColor" ? "fg" : "bg"] = xcolor(a);
      } else if (d === 3 && this.fillPart === "gradientFill" && name === "color" && !f.stop) f.stop = xcolor(a);
    } else if ("border" in m) {
      if (d === 1) {
        const side = name === "start" ? "left" : name === "end" ? "right" : name;
        this.side = undefined;
        if ((side === "top" || side === "bottom" || side === "left" || side === "right") && a.style && a.style !== "none" && !m.border[side]) {
          m.border[side] = this.side = { style: a.style };
        }
      } else if (d === 2 && name === "color" && this.side) this.side.color = xcolor(a);
    } else if ("xf" in m && d === 1) {
      const x = m.xf;
      if (name === "protection") x.locked = xmlBool(a.locked, true);
      else if (name === "alignment") {
        if (a.horizontal) x.horizontal = a.horizontal;
        if (a.vertical) x.vertical = a.vertical;
        if (a.wrapText !== undefined) x.wrap = xmlBool(a.wrapText, false);
        if (a.indent !== undefined && int(a.indent) > 0) x.indent = int(a.indent);
      }
    }
  }
}

const TAG = /<(\/?)(?:[\w.-]+:)?([\w.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * A record's text as a comparable key: local element names, attributes sorted
 * (xsd booleans as 1/0, prefixed ones left out), children in order,
 * whitespace between elements ignored. The text is a record of a part that
 * parsed (or one made here), so tags are matched directly, without a parser.
 */
export function canonical(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(TAG)) {
    if (m[5] !== undefined) {
      if (m[5].trim()) out += m[5];
      continue;
    }
    if (m[1]) {
      out += `</${m[2]}>`;
      continue;
    }
    const attrs = [...m[3].matchAll(ATTR)]
      .filter((a) => !a[1].includes(":"))
      .map((a) => {
        const v = a[2] ?? a[3];
        return `${a[1]}="${v === "true" ? "1" : v === "false" ? "0" : v}"`;
      })
      .sort();
    out += `<${m[2]}${attrs.map((a) => ` ${a}`).join("")}>`;
    if (m[4]) out += `</${m[2]}>`;
  }
  return out;
}

/** Index of the end of an element's start tag (just after its ">"), quotes respected. */
function startTagEnd(xml: string): number {
  let quote = "";
  for (let i = 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i + 1;
  }
  return xml.length;
}

/** An element's text with attributes of its start tag set (replaced where present, else added at the end). */
export function setAttrs(xml: string, attrs: Record<string, string>): string {
  const end = startTagEnd(xml);
  let tag = xml.slice(0, end);
  for (const [k, v] of Object.entries(attrs)) {
    const re = new RegExp(`(\\s${k}\\s*=\\s*)("[^"]*"|'[^']*')`);
    if (re.test(tag)) tag = tag.replace(re, (_, pre: string) => `${pre}"${escapeAttr(v)}"`);
    else tag = tag.replace(/\s*(\/?>)$/, (_, close: string) => ` ${k}="${escapeAttr(v)}"${close}`);
  }
  return tag + xml.slice(end);
}

/** Font 0's parts a new font starts from (so a style naming only bold keeps the workbook's size and face). */
export interface BaseFont {
  size?: string;
  name?: string;
  family?: string;
  scheme?: string;
  color?: string;
}

/** A <font> for a CellStyle's font parts over the base font; null when the style names none. */
export function fontXml(s: CellStyle, base: BaseFont): string | null {
  if (s.bold === undefined && s.italic === undefined && s.underline === undefined && s.fontSize === undefined && s.fontName === undefined && s.fontColor === undefined) {
    return null;
  }
  let out = "<font>";
  if (s.bold) out += "<b/>";
  if (s.italic) out += "<i/>";
  if (s.underline) out += "<u/>";
  const size = s.fontSize !== undefined ? String(s.fontSize) : base.size;
  if (size) out += `<sz val="${escapeAttr(size)}"/>`;
  if (s.fontColor !== undefined) out += `<color rgb="${argb(s.fontColor)}"/>`;
  else if (base.color) out += base.color;
  const name = s.fontName ?? base.name;
  if (name) out += `<name val="${escapeAttr(name)}"/>`;
  if (base.family && (s.fontName === undefined || s.fontName === base.name)) out += `<family val="${escapeAttr(base.family)}"/>`;
  // A scheme font is drawn with the theme's face whatever the name says: only kept with the base face.
  if (base.scheme && (s.fontName === undefined || s.fontName === base.name)) out += `<scheme val="${escapeAttr(base.scheme)}"/>`;
  return out + "</font>";
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(h) ? `FF${h}` : /^[0-9A-F]{8}$/.test(h) ? h : "FF000000";
}

/** A solid <fill> of one colour ("RRGGBB", "#" optional). */
export function solidFillXml(hex: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** A <border> for a CellStyle's border; null when it names no side. */
export function borderXml(border: CellStyle["border"]): string | null {
  if (!border || !(border.left || border.right || border.top || border.bottom)) return null;
  const side = (name: Side) => {
    const style = border[name];
    return style ? `<${name} style="${style}"><color indexed="64"/></${name}>` : `<${name}/>`;
  };
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

/** The <alignment> of a CellStyle; "" when it names none. */
export function alignmentXml(s: CellStyle): string {
  let a = "";
  const h = s.hAlign ?? (s.indent ? "left" : undefined); // Excel honours an indent only with left (or right) alignment
  if (h) a += ` horizontal="${h}"`;
  if (s.vAlign) a += ` vertical="${s.vAlign === "middle" ? "center" : s.vAlign}"`;
  if (s.wrap !== undefined) a += ` wrapText="${s.wrap ? 1 : 0}"`;
  if (s.indent) a += ` indent="${Math.round(s.indent)}"`;
  return a ? `<alignment${a}/>` : "";
}

/** What a preview needs to draw a cell: colours "#RRGGBB" (tints applied); vAlign "middle" for the file's "center". */
export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  size?: number;
  fontName?: string;
  color?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  indent?: number;
  border?: Partial<Record<"top" | "bottom" | "left" | "right", { style: string; color?: string }>>;
}
