import { StyleSheet } from "./styleSheet";
import {
  CONTENT_TYPES, EMPTY_RELS, REL_TYPES, contentTypeOf, freeRelId, insertBeforeRootEnd, overrideXml, parseRels,
  relKind, relationshipXml, relsPathOf, resolveTarget, workbookExtension, type Relationship,
} from "./opc";
import { parseSharedStrings } from "./sharedStrings";
import { MAX_CELLS } from "./partLimits";
import { parseSheetPart, type SheetPart } from "./sheetPart";
import { insertWorkbookChild, parseWorkbookPart, renumberSheets, type SheetState, type WorkbookInfo } from "./workbookPart";
import { readZip, writeZip, type ZipArchive, type ZipLimits, type ZipOut } from "./zip";
import { declaredUtf8, escapeAttr, inPart } from "./xml";

/**
 * An .xlsx package, read part by part and edited in place. Parts are read
 * when first needed; an edited part is kept as its new text, and saving
 * writes every other part as the very bytes it came with. Nothing here knows
 * about plans: see workbook.ts for the port.
 */

export class BookError extends Error {
  /** notWorkbook: no workbook part; binary: an Excel Binary Workbook (.xlsb), whose workbook part is not XML. */
  constructor(readonly reason: "notWorkbook" | "binary") {
    super(reason);
  }
}

/** A sheet of the workbook, in workbook order. */
export interface BookSheet {
  name: string;
  state: SheetState;
  /** The sheet's part; null when its relationship is missing. */
  path: string | null;
  /** "worksheet", "chartsheet", "dialogsheet", ... (the relationship type's last segment). */
  kind: string;
}

const encoder = new TextEncoder();
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export class PackageBook {
  readonly workbookPath: string;
  private info!: WorkbookInfo;
  private rels!: Relationship[];
  private readonly edited = new Map<string, { name: string; text: string }>();
  private readonly added: { name: string; text: string }[] = [];
  private readonly removed = new Set<string>();
  private readonly parsed = new Map<string, SheetPart>();
  /** The sheets as sheets() gives them, made once per reading of the workbook part and its relationships. */
  private sheetList: readonly BookSheet[] | null = null;
  /** Cells of the parsed parts together, held within maxCells. */
  private cellsRead = 0;
  private strings: string[] | null = null;
  private styleSheet: StyleSheet | null = null;
  /** Whether cell values were written (the workbook then asks Excel to recalculate on opening). */
  valuesWritten = false;

  private constructor(
    readonly zip: ZipArchive,
    private readonly maxCells: number,
  ) {
    const root = zip.text("_rels/.rels");
    const office = root ? parseRels(root).find((r) => relKind(r.type) === "officeDocument" && !r.external) : undefined;
    const path = office ? resolveTarget("", office.target) : "xl/workbook.xml";
    if (!zip.has(path)) throw new BookError("notWorkbook");
    if (isBinaryWorkbook(zip, path)) throw new BookError("binary");
    this.workbookPath = path;
    this.reload();
  }

  /** `maxCells`: the most cells its worksheets give together (partLimits.ts; tests ask for fewer). */
  static open(bytes: Uint8Array, limits?: ZipLimits, maxCells = MAX_CELLS): PackageBook {
    return new PackageBook(readZip(bytes, limits), maxCells);
  }

  /** Re-read the workbook part and its relationships after an edit. */
  private reload(): void {
    this.info = parseWorkbookPart(this.text(this.workbookPath) ?? "");
    this.rels = parseRels(this.text(relsPathOf(this.workbookPath)) ?? EMPTY_RELS);
    this.sheetList = null;
  }

  /** A part's current text: edited, added or as in the file; undefined when absent or removed. */
  text(name: string): string | undefined {
    const key = name.toLowerCase();
    if (this.removed.has(key)) return undefined;
    const own = this.edited.get(key) ?? this.added.find((p) => p.name.toLowerCase() === key);
    return own ? own.text : this.zip.text(name);
  }

  /** Replace a part's text (an existing or an added part). */
  setText(name: string, text: string): void {
    const key = name.toLowerCase();
    const added = this.added.find((p) => p.name.toLowerCase() === key);
    if (added) added.text = text;
    else this.edited.set(key, { name: this.zip.entry(name)?.name ?? name, text });
    this.forget(key);
    if (key === this.workbookPath.toLowerCase() || key === relsPathOf(this.workbookPath).toLowerCase()) this.reload();
  }

  get workbook(): WorkbookInfo {
    return this.info;
  }

  /** The extension the package must be saved under for Excel to open it (".xlsm": it has macros); null when unknown. */
  extension(): string | null {
    return workbookExtension(this.text("[Content_Types].xml") ?? "", this.workbookPath);
  }

  /** The sheets in workbook order (made once until the workbook part or its relationships change: a lookup by name asks for them, and a workbook may have thousands). */
  sheets(): readonly BookSheet[] {
    if (!this.sheetList) {
      const byId = new Map<string, Relationship>();
      for (const r of this.rels) if (!byId.has(r.id)) byId.set(r.id, r); // the first of a repeated id, as find() took it
      this.sheetList = this.info.sheets.map((s) => {
        const rel = byId.get(s.rid);
        return { name: s.name, state: s.state, path: rel && !rel.external ? resolveTarget(this.workbookPath, rel.target) : null, kind: rel ? relKind(rel.type) : "" };
      });
    }
    return this.sheetList;
  }

  /** The parsed worksheet part (cached until the part is edited). */
  sheetPart(path: string): SheetPart {
    const key = path.toLowerCase();
    let part = this.parsed.get(key);
    if (!part) {
      part = parseSheetPart(this.text(path) ?? "", false, this.maxCells - this.cellsRead);
      this.parsed.set(key, part);
      this.cellsRead += part.cells.count;
    }
    return part;
  }

  /** Drop a parsed part (edited or removed); its cells leave the budget. */
  private forget(key: string): void {
    this.cellsRead -= this.parsed.get(key)?.cells.count ?? 0;
    this.parsed.delete(key);
  }

  sharedStrings(): string[] {
    if (!this.strings) {
      const rel = this.rels.find((r) => relKind(r.type) === "sharedStrings");
      const text = rel ? this.text(resolveTarget(this.workbookPath, rel.target)) : undefined;
      this.strings = text ? parseSharedStrings(text) : [];
    }
    return this.strings;
  }

  private stylesPath(): string | undefined {
    const rel = this.rels.find((r) => relKind(r.type) === "styles");
    return rel ? resolveTarget(this.workbookPath, rel.target) : undefined;
  }

  styles(): StyleSheet {
    if (!this.styleSheet) {
      const path = this.stylesPath();
      const theme = this.rels.find((r) => relKind(r.type) === "theme");
      this.styleSheet = new StyleSheet((path && this.text(path)) || null, (theme && this.text(resolveTarget(this.workbookPath, theme.target))) || null);
    }
    return this.styleSheet;
  }

  /** A part name not taken: xl/worksheets/sheet7.xml, ... */
  private freePart(folder: string, stem: string, ext: string): string {
    const taken = (n: string) => this.zip.has(n) || this.added.some((p) => p.name.toLowerCase() === n.toLowerCase());
    for (let i = 1; ; i++) if (!taken(`${folder}/${stem}${i}.${ext}`)) return `${folder}/${stem}${i}.${ext}`;
  }

  /**
   * Add a worksheet part: the part, its relationship, its content type and its
   * <sheet> entry, at the end or at index `at` (the sheets from there move up
   * one, with their sheet-scoped names and the active tab).
   */
  addWorksheet(name: string, xml: string, state: SheetState = "visible", at?: number): void {
    const dir = this.workbookPath.slice(0, this.workbookPath.lastIndexOf("/") + 1);
    const part = this.freePart(`${dir}worksheets`, "sheet", "xml");
    this.added.push({ name: part, text: xml });
    const relsPath = relsPathOf(this.workbookPath);
    const id = freeRelId(this.rels);
    const target = part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
    this.setText(relsPath, insertBeforeRootEnd(this.text(relsPath) ?? EMPTY_RELS, "Relationships", relationshipXml(id, REL_TYPES.worksheet, target)) ?? "");
    const types = this.text("[Content_Types].xml") ?? "";
    this.setText("[Content_Types].xml", insertBeforeRootEnd(types, "Types", overrideXml(part, CONTENT_TYPES.worksheet)) ?? types);
    const wb = this.text(this.workbookPath) ?? "";
    const sheetId = Math.max(0, ...this.info.sheets.map((s) => s.sheetId)) + 1;
    const stateAttr = state === "visible" ? "" : ` state="${state}"`;
    const element = inPart(wb, `<sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${stateAttr} ${relIdAttr(wb, id)}/>`);
    const empty = this.info.emptySheets;
    const before = at === undefined ? undefined : this.info.sheets[at];
    const next =
      before ? renumberSheets(wb, this.info, at!, 1, (x) => x.slice(0, before.start) + element + x.slice(before.start))
      : this.info.sheetsEnd >= 0 ? wb.slice(0, this.info.sheetsEnd) + element + wb.slice(this.info.sheetsEnd)
      : empty ? wb.slice(0, empty.start) + inPart(wb, "<sheets>") + element + inPart(wb, "</sheets>") + wb.slice(empty.end)
      : insertWorkbookChild(wb, "sheets", inPart(wb, "<sheets>") + element + inPart(wb, "</sheets>"));
    if (next !== null) this.setText(this.workbookPath, next);
  }

  /**
   * Remove a worksheet (the add-in's own state sheet when it becomes empty):
   * its entry, relationship, content type and part; names scoped to it go,
   * names scoped to the sheets after it and the active tab move down by one.
   */
  removeSheet(index: number): void {
    const ref = this.info.sheets[index];
    const sheet = this.sheets()[index];
    if (!ref || !sheet?.path) return;
    const wb = renumberSheets(this.text(this.workbookPath) ?? "", this.info, index, -1, (xml) => xml.slice(0, ref.start) + xml.slice(ref.end));
    this.setText(this.workbookPath, wb);
    this.removePart(ref.rid, sheet.path);
  }

  /** Remove the calculation chain (it lists formula cells; a formula overwritten by a value would make Excel repair the file). */
  dropCalcChain(): void {
    const rel = this.rels.find((r) => relKind(r.type) === "calcChain");
    if (!rel) return;
    this.removePart(rel.id, resolveTarget(this.workbookPath, rel.target));
  }

  /** Remove a part of the workbook: its relationship (id `rid`), its content type override and the part itself. */
  private removePart(rid: string, path: string): void {
    const relsPath = relsPathOf(this.workbookPath);
    const rel = new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*\\bId="${escapeRegExp(rid)}"[^>]*/>`);
    this.setText(relsPath, (this.text(relsPath) ?? "").replace(rel, ""));
    const types = this.text("[Content_Types].xml") ?? "";
    this.setText("[Content_Types].xml", types.replace(new RegExp(`<(?:\\w+:)?Override\\b[^>]*PartName="/${escapeRegExp(path)}"[^>]*/>`, "i"), ""));
    const key = path.toLowerCase();
    const i = this.added.findIndex((p) => p.name.toLowerCase() === key);
    if (i >= 0) this.added.splice(i, 1);
    else this.removed.add(key);
    this.edited.delete(key);
    this.forget(key);
  }

  /** The package as bytes: unchanged parts copied as stored, edited and added parts written anew. */
  save(): Uint8Array {
    const styles = this.styleSheet;
    const stylesPath = this.stylesPath();
    if (styles?.changed) {
      if (stylesPath) this.setText(stylesPath, styles.toXml());
      else this.addStylesPart(styles.toXml());
    }
    if (this.valuesWritten) this.askRecalculation();
    const out: ZipOut[] = [];
    for (const entry of this.zip.entries) {
      const key = entry.name.toLowerCase();
      if (this.removed.has(key)) continue;
      const edit = this.edited.get(key);
      out.push(edit ? { name: entry.name, data: encoder.encode(declaredUtf8(edit.text)) } : { copy: entry });
    }
    for (const p of this.added) out.push({ name: p.name, data: encoder.encode(declaredUtf8(p.text)) });
    return writeZip(out);
  }

  private addStylesPart(xml: string): void {
    const dir = this.workbookPath.slice(0, this.workbookPath.lastIndexOf("/") + 1);
    const part = `${dir}styles.xml`;
    this.added.push({ name: part, text: xml });
    const relsPath = relsPathOf(this.workbookPath);
    this.setText(relsPath, insertBeforeRootEnd(this.text(relsPath) ?? EMPTY_RELS, "Relationships", relationshipXml(freeRelId(this.rels), REL_TYPES.styles, "styles.xml")) ?? "");
    const types = this.text("[Content_Types].xml") ?? "";
    this.setText("[Content_Types].xml", insertBeforeRootEnd(types, "Types", overrideXml(part, CONTENT_TYPES.styles)) ?? types);
  }

  /** <calcPr fullCalcOnLoad="1">: formulas that read the written cells show new results when the file is opened. */
  private askRecalculation(): void {
    const wb = this.text(this.workbookPath) ?? "";
    const calc = /<((?:\w+:)?calcPr)\b([^>]*?)(\/?)>/.exec(wb);
    // A workbook without calcPr has no calculation id either, and Excel recalculates it on opening anyway.
    if (!calc || /\bfullCalcOnLoad="(1|true)"/.test(calc[2])) return;
    const attrs = calc[2].replace(/\s*\bfullCalcOnLoad="[^"]*"/, "");
    const next = wb.slice(0, calc.index) + `<${calc[1]}${attrs} fullCalcOnLoad="1"${calc[3]}>` + wb.slice(calc.index + calc[0].length);
    this.setText(this.workbookPath, next);
  }
}

/** Whether the workbook part is an .xlsb's (BIFF12 records): by its content type, else (no content type readable) by its ".bin" name. */
function isBinaryWorkbook(zip: ZipArchive, path: string): boolean {
  let type: string | undefined;
  try {
    type = contentTypeOf(zip.text("[Content_Types].xml") ?? "", path);
  } catch {
    type = undefined; // a damaged [Content_Types].xml: the name decides, and the workbook part's own reading tells the rest
  }
  return type === undefined ? /\.bin$/i.test(path) : type === CONTENT_TYPES.binaryWorkbook;
}

/** A new <sheet>'s relationship id attribute, under the workbook part's prefix for the relationships namespace (declared on the element when the part has none). */
function relIdAttr(wb: string, id: string): string {
  const ns = /xmlns:([\w.-]+)="(?:http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships|http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships)"/.exec(wb);
  return ns ? `${ns[1]}:id="${escapeAttr(id)}"` : `xmlns:r="${REL_NS}" r:id="${escapeAttr(id)}"`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
