import { canonical, RecordReader, setAttrs, type Model } from "./styleRecords";
import { parseXml, partPrefix, withPrefix } from "./xml";

/**
 * The text of a styles part as lists of records (numFmts, fonts, fills,
 * borders, cellStyleXfs, cellXfs), each record a span of the text, and the
 * records appended to them. toXml() is the text with the appended records
 * inserted and the changed lists' count attributes updated; nothing else moves.
 */

/** The schema order of a styleSheet's children. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
/** The lists records are appended to. */
export const EDITED = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"];
/** Every list records are appended to: the cell styles' and the differential formats of conditional formatting. */
const APPENDED = [...EDITED, "dxfs"];
/** The records a list must start with before anything is appended to it (Excel reserves fills 0 and 1). */
export const FIRST: Record<string, string[]> = {
  fonts: ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

interface List {
  name: string;
  /** Where the list is in the text; start < 0: the part has none. */
  start: number;
  openEnd: number;
  selfClosing: boolean;
  closeStart: number;
  /** Start and end of each record, in pairs. */
  spans: number[];
  added: string[];
  keys?: Map<string, number>;
}

export class StyleLists {
  /** The root element's namespace prefix with its colon ("x:"), "" when none. */
  prefix = "";
  private text: string;
  private rootClose = -1;
  private readonly lists = new Map<string, List>();

  /**
   * Read the part, calling `onRecord` with the model of each record of an
   * edited list, in order, and `onIndexed` with the <colors> palette.
   */
  constructor(
    private readonly original: string,
    private readonly onRecord: (list: string, m: Model) => void,
    onIndexed: (rgb: string[]) => void,
  ) {
    this.text = original;
    const indexed: string[] = [];
    let depth = 0;
    let list: List | undefined;
    let reader: RecordReader | undefined;
    let rootSelfClosing = false;
    let rootOpenEnd = 0;
    parseXml(original, {
      open: (name, attrs, start, end, selfClosing) => {
        if (depth === 0) {
          this.prefix = partPrefix(original);
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
          onRecord(list.name, reader.model);
          reader = undefined;
        } else if (depth === 1 && list) {
          if (!list.selfClosing) list.closeStart = original.lastIndexOf("<", end - 1);
          list = undefined;
        } else if (depth === 0 && !rootSelfClosing) this.rootClose = original.lastIndexOf("<", end - 1);
      },
    });
    if (rootSelfClosing) {
      // <styleSheet/>: read as an empty element with an end tag, so lists can be inserted.
      const open = original.slice(0, rootOpenEnd).replace(/\s*\/>$/, ">");
      this.text = `${open}</${this.prefix}styleSheet>${original.slice(rootOpenEnd)}`;
      this.rootClose = open.length;
    }
    for (const name of APPENDED) if (!this.lists.has(name)) this.lists.set(name, { name, start: -1, openEnd: -1, selfClosing: false, closeStart: -1, spans: [], added: [] });
    onIndexed(indexed);
  }

  /** Generated XML in the part's namespace prefix. */
  prefixed(xml: string): string {
    return withPrefix(this.prefix, xml);
  }

  size(list: string): number {
    const l = this.lists.get(list)!;
    return l.spans.length / 2 + l.added.length;
  }

  /** A record's text: as the part has it, or as appended. */
  record(list: string, i: number): string {
    const l = this.lists.get(list)!;
    const n = l.spans.length / 2;
    return i < n ? this.text.slice(l.spans[2 * i], l.spans[2 * i + 1]) : l.added[i - n];
  }

  get changed(): boolean {
    return APPENDED.some((l) => this.lists.get(l)!.added.length > 0);
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

  /** The index of an identical record in the list, else of the record appended. */
  index(list: string, xml: string): number {
    const l = this.lists.get(list)!;
    if (!l.keys) {
      l.keys = new Map();
      for (let i = 0, n = this.size(list); i < n; i++) {
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

  /** Give an empty list the records it must start with. */
  ensureFirst(list: string): void {
    if (this.size(list)) return;
    for (const xml of FIRST[list] ?? []) {
      const i = this.append(list, this.prefixed(xml));
      this.lists.get(list)!.keys?.set(this.key(list, xml), i);
    }
  }

  /** Append a record (no search); its index. */
  append(list: string, xml: string): number {
    this.lists.get(list)!.added.push(xml);
    this.onRecord(list, readModel(list, xml));
    return this.size(list) - 1;
  }

  /** The part with the appended records and their lists' counts; the very text given when nothing was appended. */
  toXml(): string {
    if (!this.changed) return this.original;
    const edits: { at: number; to: number; text: string; order: number }[] = [];
    const p = this.prefix;
    for (const name of APPENDED) {
      const l = this.lists.get(name)!;
      if (!l.added.length) continue;
      const count = String(this.size(name));
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
}

/** The model of one record's text (an appended one). */
function readModel(list: string, xml: string): Model {
  const r = new RecordReader(list);
  parseXml(xml, { open: (n, a) => r.open(n, a), close: () => r.close() });
  return r.model;
}
