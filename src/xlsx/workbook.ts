import type { CellEdit } from "../core/edits";
import type { Finding } from "../core/finding";
import { sheetRef, toA1, type Grid, type RangeRef } from "../core/grid";
import {
  readWorkbookBasic, updateWorkbookBasic,
  type NewSheetOptions, type SheetListOptions, type Workbook, type WorkbookDecision, type WorkbookRead, type WorkbookSnapshot,
} from "../core/port";
import { uniqueSheetName, type SheetSpec } from "../core/sheetspec";
import type { BookSheet, PackageBook } from "./book";
import { DATE1904_OFFSET, numberText } from "./cellValue";
import { XlsxWorkbookError } from "./errors";
import { DEFAULT_LOCALE } from "./display";
import { failureOf } from "./failure";
import { gridFromPart, type GridOptions } from "./readGrid";
import { editSheet, type CellWrite, type TagNames } from "./sheetEdit";
import { styleAt, type CellRec, type SheetPart } from "./sheetPart";
import { markCells } from "./marks";
import { sheetSpecXml } from "./sheetSpec";
import { STATE_SHEET, readStateRows, writeState } from "./stateRows";
import { activate, addDefinedNames, removeDefinedNames, setCursor } from "./views";
import { encodeXmlString, escapeText } from "./xml";

/** The Workbook port over an .xlsx package edited in place (CLI, preview page, tests). */
export class XlsxWorkbook implements Workbook {
  private lastSelection: { sheet: string; range: RangeRef } | null = null;

  constructor(
    readonly book: PackageBook,
    private readonly gridOptions: GridOptions = {},
  ) {}

  /** The numfmt locale its cells' display text is made in (display.ts). */
  get locale(): string {
    return this.gridOptions.locale ?? DEFAULT_LOCALE;
  }

  /** The workbook as .xlsx bytes: the parts not edited are the bytes they came with. */
  save(): Uint8Array {
    return this.book.save();
  }

  private worksheets(): BookSheet[] {
    return this.book.sheets().filter((s) => s.kind === "worksheet" && s.path !== null);
  }

  /** A worksheet by exact name, else ignoring case (Excel's rule); the first of each, as the sheets stand. */
  private find(name: string): BookSheet | undefined {
    const all = this.book.sheets();
    let index = worksheetIndex.get(all);
    if (!index) {
      index = { exact: new Map(), lower: new Map() };
      for (const s of all) {
        if (s.kind !== "worksheet" || s.path === null) continue;
        if (!index.exact.has(s.name)) index.exact.set(s.name, s);
        if (!index.lower.has(s.name.toLowerCase())) index.lower.set(s.name.toLowerCase(), s);
      }
      worksheetIndex.set(all, index);
    }
    return index.exact.get(name) ?? index.lower.get(name.toLowerCase());
  }

  /** Visible worksheets in workbook order (hidden unless opts.hidden, very hidden, chart sheets and the state sheet left out). */
  async sheets(opts?: SheetListOptions): Promise<string[]> {
    const shown = (s: BookSheet) => isVisible(s) || (opts?.hidden === true && s.state === "hidden" && s.name.toLowerCase() !== STATE_SHEET);
    return this.worksheets().filter(shown).map((s) => s.name);
  }

  /** The used range of a sheet; an unknown sheet reads as an empty grid. */
  async readGrid(sheet: string): Promise<Grid> {
    const ws = this.find(sheet);
    if (!ws?.path) return { sheet, origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [], hiddenRows: [], hiddenCols: [] };
    const part = this.part(ws.path);
    const { skipped: _skipped, ...grid } = gridFromPart(ws.name, part, this.book.styles(), this.book.sharedStrings(), {
      ...this.gridOptions,
      date1904: this.book.workbook.date1904,
    });
    return grid;
  }

  /** A sheet's part; a part that is damaged or over the size limits is refused with the message a damaged file gets. */
  private part(path: string): SheetPart {
    try {
      return this.book.sheetPart(path);
    } catch (e) {
      throw new XlsxWorkbookError(failureOf(e) === "tooLarge" ? "file.tooLarge" : "file.corrupt");
    }
  }

  readGrids(request?: WorkbookRead): Promise<WorkbookSnapshot> {
    return readWorkbookBasic(this, request);
  }

  update<T>(request: WorkbookRead, decide: (snapshot: WorkbookSnapshot) => WorkbookDecision<T> | Promise<WorkbookDecision<T>>): Promise<T> {
    return updateWorkbookBasic(this, request, decide);
  }

  /**
   * Write each edit's value, and its number format when given ("General"
   * removes the format). Edits on unknown sheets are skipped, and so are
   * values aimed at a cell covered by a merge. Refused with nothing written
   * when an edit would change a locked cell of a protected sheet or a cell of
   * an array formula. A formula in an edited cell is replaced by the value;
   * an edit with a formula writes the formula with the value as its result.
   */
  async applyEdits(edits: readonly CellEdit[]): Promise<void> {
    const bySheet = new Map<string, { ws: BookSheet; list: CellEdit[] }>();
    for (const e of edits) {
      const ws = this.find(e.sheet);
      if (!ws?.path) continue;
      const entry = bySheet.get(ws.path);
      if (entry) entry.list.push(e);
      else bySheet.set(ws.path, { ws, list: [e] });
    }
    const planned: { ws: BookSheet; writes: CellWrite[] }[] = [];
    let formulaReplaced = false;
    for (const { ws, list } of bySheet.values()) {
      const part = this.book.sheetPart(ws.path!);
      this.refuseLocked(ws, part, list);
      const writes: CellWrite[] = [];
      for (const e of list) {
        if (coveredByMerge(part, e.row, e.col)) continue;
        writes.push({ row: e.row, col: e.col, make: (old, _xml, tag) => {
          if (old?.formula && e.formula === undefined) formulaReplaced = true;
          return this.cellXml(part, e, old, tag);
        } });
      }
      planned.push({ ws, writes });
    }
    for (const { ws, writes } of planned) {
      const path = ws.path!;
      const next = editSheet(this.book.text(path) ?? "", this.book.sheetPart(path), writes);
      if (next !== null) this.book.setText(path, next);
    }
    if (formulaReplaced) this.book.dropCalcChain();
    if (planned.length) this.book.valuesWritten = true;
  }

  private refuseLocked(ws: BookSheet, part: SheetPart, edits: readonly CellEdit[]): void {
    const inArray = edits.filter((e) => part.arrays.some((a) => contains(a, e.row, e.col)) || part.shared.some((s) => s.anchor.row === e.row && s.anchor.col === e.col && !single(s.ref)));
    if (inArray.length) throw new XlsxWorkbookError("workbook.formulaCells", { sheet: ws.name, cells: cellList(inArray) });
    if (!part.protected) return;
    const styles = this.book.styles();
    const locked = edits.filter((e) => styles.locked(styleAt(part, e.row, e.col)));
    if (locked.length) throw new XlsxWorkbookError("workbook.cellsLocked", { sheet: ws.name, cells: cellList(locked) });
  }

  private cellXml(part: SheetPart, e: CellEdit, old: CellRec | null, tag: TagNames): string {
    const styles = this.book.styles();
    let s = old ? old.s : styleAt(part, e.row, e.col);
    if (e.format !== undefined) s = styles.withNumFmt(s, e.format);
    const attrs = `r="${toA1({ row: e.row, col: e.col })}"${s ? ` s="${s}"` : ""}`;
    const v = e.value;
    const formula = e.formula === undefined ? "" : `<${tag.f}>${escapeText(e.formula.replace(/^=/, ""))}</${tag.f}>`;
    if (v === null) return formula ? `<${tag.c} ${attrs}>${formula}</${tag.c}>` : `<${tag.c} ${attrs}/>`;
    if (typeof v === "object") return `<${tag.c} ${attrs} t="e">${formula}<${tag.v}>${escapeText(v.error)}</${tag.v}></${tag.c}>`;
    if (typeof v === "boolean") return `<${tag.c} ${attrs} t="b">${formula}<${tag.v}>${v ? 1 : 0}</${tag.v}></${tag.c}>`;
    if (typeof v === "number") {
      const n = this.book.workbook.date1904 && styles.isDate(s) ? v - DATE1904_OFFSET : v;
      return `<${tag.c} ${attrs}>${formula}<${tag.v}>${numberText(n)}</${tag.v}></${tag.c}>`;
    }
    const text = escapeText(encodeXmlString(v));
    if (formula) return `<${tag.c} ${attrs} t="str">${formula}<${tag.v}>${text}</${tag.v}></${tag.c}>`;
    return `<${tag.c} ${attrs} t="inlineStr"><${tag.is}><${tag.t} xml:space="preserve">${text}</${tag.t}></${tag.is}></${tag.c}>`;
  }

  /**
   * Add the sheet under a name not yet taken, at the end or before opts.before;
   * activates it unless opts.activate is false or the spec is hidden. Refused
   * when the workbook's structure is locked.
   */
  async addSheet(spec: SheetSpec, opts?: NewSheetOptions): Promise<string> {
    if (this.book.workbook.lockStructure) throw new XlsxWorkbookError("workbook.structureLocked");
    const all = this.book.sheets();
    const name = uniqueSheetName(spec.name, all.map((s) => s.name).concat(STATE_SHEET));
    const { xml, definedNames } = sheetSpecXml(spec, this.book.styles());
    const wanted = opts?.before?.toLowerCase();
    const at = wanted === undefined ? -1 : all.findIndex((s) => s.name.toLowerCase() === wanted);
    this.book.addWorksheet(name, xml, spec.hidden ? "hidden" : "visible", at >= 0 ? at : undefined);
    if (spec.cells.some((c) => c.formula !== undefined)) this.book.valuesWritten = true; // its formulas computed on opening
    const index = at >= 0 ? at : this.book.sheets().length - 1;
    if (definedNames.length) addDefinedNames(this.book, definedNames.map((d) => ({ name: d.name, localSheetId: index, text: `${sheetRef(name)}!${d.ref}` })));
    if (opts?.activate !== false && !spec.hidden) activate(this.book, index);
    return name;
  }

  /**
   * The sheet's part written anew from the spec (name, place and state kept), with its print names;
   * see the port. Refused, nothing written, when the sheet is protected.
   */
  async replaceSheet(sheet: string, spec: SheetSpec, opts?: { activate?: boolean }): Promise<void> {
    const ws = this.find(sheet);
    if (!ws?.path) throw new XlsxWorkbookError("workbook.sheetMissing", { sheet });
    // As a protected plan sheet's locked cells (applyEdits): never rewritten, its protection never dropped.
    if (this.part(ws.path).protected) throw new XlsxWorkbookError("workbook.sheetProtected", { sheet: ws.name });
    const index = this.book.sheets().findIndex((s) => s.path === ws.path);
    const { xml, definedNames } = sheetSpecXml(spec, this.book.styles());
    this.book.setText(ws.path, xml);
    if (spec.cells.some((c) => c.formula !== undefined)) this.book.valuesWritten = true; // its formulas computed on opening
    removeDefinedNames(this.book, index, ["_xlnm.Print_Area", "_xlnm.Print_Titles"]);
    if (definedNames.length) addDefinedNames(this.book, definedNames.map((d) => ({ name: d.name, localSheetId: index, text: `${sheetRef(ws.name)}!${d.ref}` })));
    if (opts?.activate !== false && isVisible(ws)) activate(this.book, index);
  }

  /** Remove a visible sheet (its part, relationship, content type, scoped names); the sheet before it becomes active when it was. */
  async removeSheet(name: string): Promise<void> {
    if (this.book.workbook.lockStructure) throw new XlsxWorkbookError("workbook.structureLocked");
    const ws = this.find(name);
    if (!ws || !isVisible(ws)) return;
    const index = this.book.sheets().findIndex((s) => s.path === ws.path);
    const active = Number(this.book.workbook.workbookView?.attrs.activeTab ?? 0);
    this.book.removeSheet(index);
    if (active === index) activate(this.book, Math.max(0, index - 1));
  }

  /**
   * Paint the cells of the findings and replace the previous marks (see
   * marks.ts). Refused, with nothing written, when the record cannot be read
   * or a finding names a sheet that is gone.
   */
  async mark(findings: readonly Finding[]): Promise<void> {
    markCells(this.book, (sheet) => this.find(sheet), findings);
  }

  clearMarks(): Promise<void> {
    return this.mark([]);
  }

  /**
   * Activate the sheet and put its cursor on the range's top-left cell (the
   * whole range is kept for the preview). A sheet that does not exist or is
   * hidden is a no-op.
   */
  async select(sheet: string, range: RangeRef): Promise<void> {
    const ws = this.find(sheet);
    if (!ws?.path || !isVisible(ws)) return;
    activate(this.book, this.book.sheets().findIndex((s) => s.path === ws.path));
    setCursor(this.book, ws.path, range);
    this.lastSelection = { sheet: ws.name, range };
  }

  /** The range last passed to select(); before any, the active cell saved in the file for the active sheet; else null. */
  async selection(): Promise<{ sheet: string; range: RangeRef } | null> {
    if (this.lastSelection) return this.lastSelection;
    const active = this.book.sheets()[this.book.workbook.activeTab];
    if (!active?.path || active.kind !== "worksheet" || !isVisible(active)) return null;
    const at = this.book.sheetPart(active.path).activeCell;
    return at ? { sheet: active.name, range: { top: at.row, left: at.col, bottom: at.row, right: at.col } } : null;
  }

  async loadState(key: string): Promise<string | null> {
    return readStateRows(this.book).get(key)?.value ?? null;
  }

  async saveState(key: string, value: string | null): Promise<void> {
    writeState(this.book, key, value);
  }
}

function isVisible(s: BookSheet): boolean {
  return s.state === "visible" && s.name.toLowerCase() !== STATE_SHEET;
}

function contains(r: RangeRef, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function single(r: RangeRef): boolean {
  return r.top === r.bottom && r.left === r.right;
}

/** Worksheets by name and lower-cased name, per list book.sheets() gives (one until the workbook part changes): a workbook may have thousands. */
const worksheetIndex = new WeakMap<readonly BookSheet[], { exact: Map<string, BookSheet>; lower: Map<string, BookSheet> }>();

/** Merges by each row they cover, built once per parsed part: a lookup costs the merges of one row, not of the sheet. */
const mergeIndex = new WeakMap<SheetPart, Map<number, RangeRef[]>>();

function coveredByMerge(part: SheetPart, row: number, col: number): boolean {
  let index = mergeIndex.get(part);
  if (!index) {
    index = new Map();
    for (const m of part.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const list = index.get(r);
        if (list) list.push(m);
        else index.set(r, [m]);
      }
    }
    mergeIndex.set(part, index);
  }
  return (index.get(row) ?? []).some((m) => contains(m, row, col) && !(m.top === row && m.left === col));
}

function cellList(edits: readonly CellEdit[]): string {
  const cells = edits.slice(0, 10).map((e) => toA1({ row: e.row, col: e.col }));
  return edits.length > 10 ? `${cells.join(", ")} …` : cells.join(", ");
}
