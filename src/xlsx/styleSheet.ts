import type { CellStyle } from "../core/sheetspec";
import { NO_FILL, type CellFill } from "../core/state/marks";
import { isDateFormat } from "./numfmt";
import { cellFillXml, DEFAULT_INDEXED, excelJsFillXml, Palette, themeColors, type FillModel } from "./styleColors";
import { EDITED, FIRST, StyleLists } from "./styleLists";
import {
  alignmentXml, borderXml, BUILTIN_FORMATS, fontXml, setAttrs, solidFillXml,
  type BaseFont, type BorderModel, type CellLook, type FontModel, type Model, type XfModel,
} from "./styleRecords";
import { escapeAttr } from "./xml";

export type { CellLook };

/**
 * The styles part of a package (xl/styles.xml), read and appended to.
 *
 * Reading answers per cell style index (xf): number format, date or not,
 * locked, fill, and what a preview draws; each answer is computed once per xf.
 * Editing only appends: a number format, font, fill, border or xf is reused
 * when an identical one exists, else added at the end of its list; existing
 * records keep their ids, order and bytes; toXml() changes only the lists'
 * count attributes and inserts the appended elements (lists missing or written
 * self-closing are created in schema order).
 */


const XF0 = FIRST.cellXfs[0];
/** Whether a format code shows a date, by code (shared: the answer depends on the code only). */
const DATE_CODES = new Map<string, boolean>();
/** The styles part of a package that has none. */
const DEFAULT_PART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  EDITED.slice(1).map((l) => `<${l} count="${FIRST[l].length}">${FIRST[l].join("")}</${l}>`).join("") +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>' +
  '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

export class StyleSheet {
  private readonly part: StyleLists;
  private readonly codes = new Map<number, string>();
  private codeIds?: Map<string, number>;
  private readonly fonts: FontModel[] = [];
  private readonly fills: FillModel[] = [];
  private readonly borders: BorderModel[] = [];
  private readonly xfs: XfModel[] = [];
  private readonly formats: string[] = [];
  private readonly dates: (boolean | undefined)[] = [];
  private readonly looks: (CellLook | undefined)[] = [];
  private readonly cellFills: (CellFill | undefined)[] = [];
  private readonly memo = new Map<string, number>();
  private palette = new Palette(themeColors(null), DEFAULT_INDEXED);
  private readonly created: boolean;

  /** `xml`: the styles part (null: the package has none); `themeXml`: xl/theme/theme1.xml. Throws XmlError on a malformed part. */
  constructor(xml: string | null, themeXml?: string | null) {
    this.created = xml === null;
    const theme = themeColors(themeXml);
    this.part = new StyleLists(xml ?? DEFAULT_PART, (list, m) => this.keep(list, m), (indexed) => {
      this.palette = new Palette(theme, indexed.length ? indexed : DEFAULT_INDEXED);
    });
    for (let i = 0; i < this.xfs.length; i++) this.derive(i); // numFmts written after cellXfs, if ever
  }

  /** Keep a record's model in its list's array. */
  private keep(list: string, m: Model): void {
    if (list === "numFmts") {
      if (m && "numFmt" in m && !this.codes.has(m.numFmt.id)) this.codes.set(m.numFmt.id, m.numFmt.code);
    } else if (list === "fonts") this.fonts.push(m && "font" in m ? m.font : {});
    else if (list === "fills") this.fills.push(m && "fill" in m ? m.fill : {});
    else if (list === "borders") this.borders.push(m && "border" in m ? m.border : {});
    else if (list === "cellXfs") {
      this.xfs.push(m && "xf" in m ? m.xf : { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, locked: true });
      this.derive(this.xfs.length - 1);
    }
  }

  private derive(i: number): void {
    const id = this.xfs[i].numFmtId;
    this.formats[i] = this.codes.get(id) ?? BUILTIN_FORMATS[id] ?? "General";
  }

  private at(xf: number): number {
    return xf >= 0 && xf < this.xfs.length && (xf | 0) === xf ? xf : 0;
  }

  private xf(xf: number): XfModel {
    return this.xfs[this.at(xf)] ?? { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, locked: true };
  }

  /** How many cell styles (xfs) the part has, appended ones included. */
  get xfCount(): number {
    return this.xfs.length;
  }

  /** The number format code of a cell style ("General" when none). */
  numFmt(xf: number): string {
    return this.formats[this.at(xf)] ?? "General";
  }

  /** Whether the cell style's number format shows a date or time. */
  isDate(xf: number): boolean {
    const i = this.at(xf);
    let d = this.dates[i];
    if (d === undefined) {
      const code = this.numFmt(i);
      d = DATE_CODES.get(code);
      if (d === undefined) {
        try {
          d = code !== "General" && isDateFormat(code);
        } catch {
          d = false;
        }
        DATE_CODES.set(code, d);
      }
      this.dates[i] = d;
    }
    return d;
  }

  /** Whether cells of this style are locked when the sheet is protected (Excel's default: yes). */
  locked(xf: number): boolean {
    return this.xf(xf).locked;
  }

  /** The style's fill in the marks record's words. */
  fill(xf: number): CellFill {
    const id = this.xf(xf).fillId;
    const f = this.fills[id];
    return f ? (this.cellFills[id] ??= this.palette.cellFill(f)) : NO_FILL;
  }

  /** The style's <fill> element exactly as the part has it; null when it names no fill record. */
  fillXml(xf: number): string | null {
    const id = this.xf(xf).fillId;
    return id < this.fills.length ? this.record("fills", id) : null;
  }

  /** What a preview draws for cells of this style. */
  look(xf: number): CellLook {
    const i = this.at(xf);
    const hit = this.looks[i];
    if (hit) return hit;
    const x = this.xf(i);
    const font = this.fonts[x.fontId] ?? {};
    const out: CellLook = {};
    if (font.bold) out.bold = true;
    if (font.italic) out.italic = true;
    if (font.underline) out.underline = true;
    if (font.strike) out.strike = true;
    if (font.size !== undefined) out.size = font.size;
    if (font.name !== undefined) out.fontName = font.name;
    const color = this.palette.shown(font.color);
    if (color) out.color = color;
    const fill = this.fills[x.fillId] && this.palette.shownFill(this.fills[x.fillId]);
    if (fill) out.fill = fill;
    if (x.horizontal) out.hAlign = x.horizontal;
    if (x.vertical) out.vAlign = x.vertical === "center" ? "middle" : x.vertical;
    if (x.wrap) out.wrap = true;
    if (x.indent) out.indent = x.indent;
    const b = this.borders[x.borderId];
    if (b && Object.keys(b).length) {
      out.border = {};
      for (const [side, s] of Object.entries(b)) {
        const c = this.palette.shown(s.color);
        out.border[side as "top"] = c ? { style: s.style, color: c } : { style: s.style };
      }
    }
    return (this.looks[i] = out);
  }

  /** Whether toXml() differs from the part given (always, when there was none). */
  get changed(): boolean {
    return this.created || this.part.changed;
  }

  /** A cell style like `xf` with number format `code` ("General": id 0). */
  withNumFmt(xf: number, code: string): number {
    const i = this.at(xf);
    const key = `n${i}\u0000${code}`;
    let out = this.memo.get(key);
    if (out === undefined && this.numFmt(i) === code) out = i;
    if (out === undefined) {
      const id = this.numFmtId(code);
      out = this.xf(i).numFmtId === id ? i : this.xfIndex(setAttrs(this.xfText(i), { numFmtId: String(id), applyNumberFormat: "1" }));
      this.memo.set(key, out);
    }
    return out;
  }

  /**
   * A cell style like `xf` with this fill: a record's fill, or a <fill> element to put back exactly
   * (`{xml}`, or a record's fill whose `file` is `{xml}`; a `file` the ExcelJS adapter kept is converted).
   */
  withFill(xf: number, fill: CellFill | { xml: string }): number {
    const i = this.at(xf);
    let id: number;
    const kept = "xml" in fill ? fill.xml : (fill.file as { xml?: unknown } | undefined)?.xml;
    if (typeof kept === "string" || "xml" in fill) id = this.fillIndex(String(kept), true);
    else if (fill.pattern === "None" && fill.file === undefined) {
      id = this.fills.findIndex((f) => !f.gradient && (!f.pattern || f.pattern === "none"));
      if (id < 0) id = this.fillIndex(cellFillXml(NO_FILL), false);
    } else id = this.fillIndex((fill.file !== undefined && excelJsFillXml(fill.file)) || cellFillXml(fill), false);
    return this.xf(i).fillId === id ? i : this.xfIndex(setAttrs(this.xfText(i), { fillId: String(id), applyFill: "1" }));
  }

  /** A cell style for a new sheet's cell. */
  xfFor(style: CellStyle): number {
    const key = `s${JSON.stringify(style, Object.keys(style).sort())}${JSON.stringify(style.border ?? {})}`;
    let out = this.memo.get(key);
    if (out !== undefined) return out;
    const font = fontXml(style, this.baseFont());
    const fontId = font ? this.part.index("fonts", this.prefixed(font)) : 0;
    const fillId = style.fill ? this.fillIndex(solidFillXml(style.fill), false) : 0;
    const border = borderXml(style.border);
    const borderId = border ? this.part.index("borders", this.prefixed(border)) : 0;
    const numFmtId = style.numberFormat ? this.numFmtId(style.numberFormat) : 0;
    const align = alignmentXml(style);
    let xml = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xml += ' applyNumberFormat="1"';
    if (fontId) xml += ' applyFont="1"';
    if (fillId) xml += ' applyFill="1"';
    if (borderId) xml += ' applyBorder="1"';
    xml += align ? ` applyAlignment="1">${align}</xf>` : "/>";
    out = this.xfIndex(this.prefixed(xml));
    this.memo.set(key, out);
    return out;
  }

  /** The index of a differential format (conditional formatting): a font colour and a solid fill, as Excel writes them. */
  dxfFor(look: { fill?: string; fontColor?: string }): number {
    const rgb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;
    const font = look.fontColor ? `<font><color rgb="${rgb(look.fontColor)}"/></font>` : "";
    const fill = look.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${rgb(look.fill)}"/></patternFill></fill>` : "";
    return this.part.index("dxfs", this.prefixed(`<dxf>${font}${fill}</dxf>`));
  }

  /** The styles part with the appended records. */
  toXml(): string {
    return this.part.toXml();
  }

  // --- appending ---

  private prefixed(xml: string): string {
    return this.part.prefixed(xml);
  }

  private record(list: string, i: number): string {
    return this.part.record(list, i);
  }

  private xfText(i: number): string {
    return i < this.xfs.length ? this.record("cellXfs", i) : this.prefixed(XF0);
  }

  private baseFont(): BaseFont {
    if (!this.fonts.length) return { size: "11", name: "Calibri", family: "2", scheme: "minor", color: this.prefixed('<color theme="1"/>') };
    const f0 = this.record("fonts", 0);
    const val = (tag: string) => new RegExp(`<(?:[\\w.-]+:)?${tag}\\b[^>]*?\\sval\\s*=\\s*["']([^"']*)["']`).exec(f0)?.[1];
    const color = /<(?:[\w.-]+:)?color\b[^>]*?\/>/.exec(f0)?.[0];
    return { size: val("sz"), name: val("name"), family: val("family"), scheme: val("scheme"), color };
  }

  private numFmtId(code: string): number {
    if (code === "General") return 0;
    if (!this.codeIds) {
      this.codeIds = new Map();
      for (const [id, c] of this.codes) if (!this.codeIds.has(c)) this.codeIds.set(c, id);
      for (const [id, c] of Object.entries(BUILTIN_FORMATS)) if (!this.codes.has(Number(id)) && !this.codeIds.has(c)) this.codeIds.set(c, Number(id));
    }
    let id = this.codeIds.get(code);
    if (id === undefined) {
      id = Math.max(163, ...this.codes.keys()) + 1;
      this.part.append("numFmts", this.prefixed(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`));
      this.codes.set(id, code);
      this.codeIds.set(code, id);
    }
    return id;
  }

  /** A fill's index; `exact`: the element is put back as given (its own prefix), reusing only the very same text or an identical record. */
  private fillIndex(xml: string, exact: boolean): number {
    const key = `f${exact ? 1 : 0}\u0000${xml}`;
    let id = this.memo.get(key);
    if (id !== undefined) return id;
    if (!exact) id = this.part.index("fills", this.prefixed(xml));
    else {
      for (let i = 0; i < this.fills.length && id === undefined; i++) if (this.record("fills", i) === xml) id = i;
      id ??= this.part.index("fills", this.part.prefix && !xml.trimStart().startsWith(`<${this.part.prefix}`) ? this.prefixed(xml) : xml);
    }
    this.memo.set(key, id);
    return id;
  }

  private xfIndex(xml: string): number {
    this.part.ensureFirst("cellStyleXfs");
    return this.part.index("cellXfs", xml);
  }
}
