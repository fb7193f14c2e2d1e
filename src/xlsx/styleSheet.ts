import type { CellStyle } from "../core/sheetspec";
import { NO_FILL, type CellFill } from "../core/state/marks";
import { isDateFormat } from "./numfmt";
import { cellFillXml, DEFAULT_INDEXED, excelJsFillXml, Palette, themeColors, type FillModel } from "./styleColors";
import {
  alignmentXml, borderXml, BUILTIN_FORMATS, canonical, fontXml, readRecord, RecordReader, setAttrs, solidFillXml,
  type BaseFont, type BorderModel, type FontModel, type Model, type XfModel,
} from "./styleRecords";
import { escapeAttr, parseXml } from "./xml";

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

/** The schema order of a styleSheet's children. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
const EDITED = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"];
const XF0 = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
/** The records a list must start with before anything is appended to it (Excel reserves fills 0 and 1). */
const FIRST: Record<string, string[]> = {
  fonts: ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: [XF0],
};
/** The styles part of a package that has none. */
const DEFAULT_PART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  EDITED.slice(1).map((l) => `<${l} count="${FIRST[l].length}">${FIRST[l].join("")}</${l}>`).join("") +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>' +
  '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

interface List {
  name: string;
  /** Where the list is in the text; start < 0: the part has none. */
  start: number;
  openEnd: number;
  selfClosing: boolean;
  closeStart: number;
  spans: number[];
  added: string[];
  keys?: Map<string, number>;
}

export class StyleSheet {
  private readonly original: string;
  private text: string;
  private prefix = "";
  private rootClose = -1;
  private readonly lists = new Map<string, List>();
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
  private readonly palette: Palette;
  private readonly created: boolean;

  /** `xml`: the styles part (null: the package has none); `themeXml`: xl/theme/theme1.xml. Throws XmlError on a malformed part. */
  constructor(xml: string | null, themeXml?: string | null) {
    this.created = xml === null;
    this.original = this.text = xml ?? DEFAULT_PART;
    const indexed = this.read();
    this.palette = new Palette(themeColors(themeXml), indexed.length ? indexed : DEFAULT_INDEXED);
  }

  private read(): string[] {
    const indexed: string[] = [];
    let depth = 0;
    let list: List | undefined;
    let reader: RecordReader | undefined;
    let rootSelfClosing = false;
    let rootOpenEnd = 0;
    const text = this.text;
    parseXml(text, {
      open: (name, attrs, start, end, selfClosing) => {
        if (depth === 0) {
          this.prefix = /^<([\w.-]+:)?/.exec(text.slice(start, start + 100))?.[1] ?? "";
          rootSelfClosing = selfClosing;
          rootOpenEnd = end;
        } else if (depth === 1) {
          list = this.lists.has(name) ? undefined : { name, start, openEnd: end, selfClosing, closeStart: -1, spans: [], added: [] };
          if (list) this.lists.set(name, list);
        } else if (depth === 2 && list) {
          list.spans.push(start);
          reader = new RecordReader(list.name);
        }
        if (depth >= 2 && reader) reader.open(name, attrs);
        if (list?.name === "colors" && name === "rgbColor" && depth === 3) indexed.push((attrs.rgb ?? "000000").slice(-6));
        depth++;
      },
      close: (_name, end) => {
        depth--;
        if (depth >= 2 && reader) reader.close();
        if (depth === 2 && list && reader) {
          list.spans.push(end);
          this.keep(list.name, reader.model);
          reader = undefined;
        } else if (depth === 1 && list) {
          if (!list.selfClosing) list.closeStart = text.lastIndexOf("<", end - 1);
          list = undefined;
        } else if (depth === 0 && !rootSelfClosing) this.rootClose = text.lastIndexOf("<", end - 1);
      },
    });
    if (rootSelfClosing) {
      // <styleSheet/>: read as an empty element with an end tag, so lists can be inserted.
      const open = text.slice(0, rootOpenEnd).replace(/\s*\/>$/, ">");
      this.text = `${open}</${this.prefix}styleSheet>${text.slice(rootOpenEnd)}`;
      this.rootClose = open.length;
    }
    for (const name of EDITED) if (!this.lists.has(name)) this.lists.set(name, { name, start: -1, openEnd: -1, selfClosing: false, closeStart: -1, spans: [], added: [] });
    for (let i = 0; i < this.xfs.length; i++) this.derive(i);
    return indexed;
  }

  /** Keep a record's model in its list's array. */
  private keep(list: string, m: Model): void {
    if (list === "numFmts") {
      if (m && "numFmt" in m && !this.codes.has(m.numFmt.id)) this.codes.set(m.numFmt.id, m.numFmt.code);
    } else if (list === "fonts") this.fonts.push(m && "font" in m ? m.font : {});
    else if (list === "fills") this.fills.push(m && "fill" in m ? m.fill : {});
    else if (list === "borders") this.borders.push(m && "border" in m ? m.border : {});
    else if (list === "cellXfs") this.xfs.push(m && "xf" in m ? m.xf : { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, locked: true });
  }

  private derive(i: number): void {
    const id = this.xfs[i].numFmtId;
    this.formats[i] = this.codes.get(id) ?? BUILTIN_FORMATS[id] ?? "General";
  }

  private at(xf: number): number {
    return xf >= 0 && xf < this.xfs.length && Number.isInteger(xf) ? xf : 0;
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
      try {
        d = code !== "General" && isDateFormat(code);
      } catch {
        d = false;
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
    return this.created || EDITED.some((l) => this.lists.get(l)!.added.length > 0);
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

  /** A cell style like `xf` with this fill: a record's fill, or `{xml}`, a <fill> element to put back exactly. */
  withFill(xf: number, fill: CellFill | { xml: string }): number {
    const i = this.at(xf);
    let id: number;
    if ("xml" in fill) id = this.fillIndex(fill.xml, true);
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
    const fontId = font ? this.index("fonts", this.prefixed(font)) : 0;
    const fillId = style.fill ? this.fillIndex(solidFillXml(style.fill), false) : 0;
    const border = borderXml(style.border);
    const borderId = border ? this.index("borders", this.prefixed(border)) : 0;
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

  /** The styles part with the appended records. */
  toXml(): string {
    if (!this.changed) return this.original;
    const edits: { at: number; to: number; text: string; order: number }[] = [];
    const p = this.prefix;
    for (const name of EDITED) {
      const l = this.lists.get(name)!;
      if (!l.added.length) continue;
      const count = String(l.spans.length / 2 + l.added.length);
      const body = l.added.join("");
      if (l.start < 0) {
        const next = ORDER.slice(ORDER.indexOf(name) + 1).map((n) => this.lists.get(n)).find((n) => n && n.start >= 0);
        const at = next ? next.start : this.rootClose;
        edits.push({ at, to: at, text: `<${p}${name} count="${count}">${body}</${p}${name}>`, order: ORDER.indexOf(name) });
      } else if (l.selfClosing) {
        const open = setAttrs(this.text.slice(l.start, l.openEnd), { count }).replace(/\s*\/>$/, ">");
        edits.push({ at: l.start, to: l.openEnd, text: `${open}${body}</${p}${name}>`, order: 0 });
      } else {
        const open = this.text.slice(l.start, l.openEnd);
        if (/\scount\s*=/.test(open)) edits.push({ at: l.start, to: l.openEnd, text: setAttrs(open, { count }), order: 0 });
        edits.push({ at: l.closeStart, to: l.closeStart, text: body, order: 0 });
      }
    }
    // At one place: new lists first (in schema order), then the list whose start tag they precede.
    edits.sort((a, b) => a.at - b.at || Number(a.to > a.at) - Number(b.to > b.at) || a.order - b.order);
    let out = "";
    let pos = 0;
    for (const e of edits) {
      out += this.text.slice(pos, e.at) + e.text;
      pos = e.to;
    }
    return out + this.text.slice(pos);
  }

  // --- appending ---

  private prefixed(xml: string): string {
    return this.prefix ? xml.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${this.prefix}`) : xml;
  }

  private record(list: string, i: number): string {
    const l = this.lists.get(list)!;
    const n = l.spans.length / 2;
    return i < n ? this.text.slice(l.spans[2 * i], l.spans[2 * i + 1]) : l.added[i - n];
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
      this.append("numFmts", this.prefixed(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`));
      this.codes.set(id, code);
      this.codeIds.set(code, id);
    }
    return id;
  }

  /** A fill's index; `exact`: the element is put back as given (its own prefix), reusing only the very same text or an identical record. */
  private fillIndex(xml: string, exact: boolean): number {
    if (!exact) return this.index("fills", this.prefixed(xml));
    for (let i = 0; i < this.fills.length; i++) if (this.record("fills", i) === xml) return i;
    return this.index("fills", this.prefix && !xml.trimStart().startsWith(`<${this.prefix}`) ? this.prefixed(xml) : xml);
  }

  private xfIndex(xml: string): number {
    if (!this.lists.get("cellStyleXfs")!.spans.length) this.ensureFirst("cellStyleXfs");
    return this.index("cellXfs", xml);
  }

  /** The index of an identical record in the list, else of the record appended. */
  private index(list: string, xml: string): number {
    const l = this.lists.get(list)!;
    if (!l.keys) {
      l.keys = new Map();
      const n = l.spans.length / 2 + l.added.length;
      for (let i = 0; i < n; i++) {
        const k = this.key(list, this.record(list, i));
        if (!l.keys.has(k)) l.keys.set(k, i);
      }
    }
    const key = this.key(list, xml);
    const hit = l.keys.get(key);
    if (hit !== undefined) return hit;
    this.ensureFirst(list);
    const i = this.append(list, xml);
    l.keys.set(key, i);
    return i;
  }

  /**
   * What makes two records the same. For cell styles the apply* flags are left
   * out: they say which parts differ from the cell's named style, not how the
   * cell looks, and copies made here set them where the original had none.
   */
  private key(list: string, xml: string): string {
    const k = canonical(xml);
    return list === "cellXfs" ? k.replace(/ apply\w+="[^"]*"/g, "") : k;
  }

  private ensureFirst(list: string): void {
    const l = this.lists.get(list)!;
    if (l.spans.length || l.added.length) return;
    for (const xml of FIRST[list] ?? []) {
      const i = this.append(list, this.prefixed(xml));
      l.keys?.set(this.key(list, xml), i);
    }
  }

  private append(list: string, xml: string): number {
    const l = this.lists.get(list)!;
    l.added.push(xml);
    this.keep(list, readRecord(list, xml));
    if (list === "cellXfs") this.derive(this.xfs.length - 1);
    return l.spans.length / 2 + l.added.length - 1;
  }
}
