import { toA1, type RangeRef } from "../core/grid";
import type { PackageBook } from "./book";
import type { SheetPart } from "./sheetPart";
import { insertWorkbookChild } from "./workbookPart";
import { escapeAttr, escapeText, inPart } from "./xml";

/**
 * The workbook's views and names as the adapter changes them: which tab is
 * active (workbook part) and selected (each sheet's first view), the cursor
 * of a sheet, and the sheet-scoped names a new sheet brings (print titles,
 * print area). Each is a change of one element; the rest stays as it was.
 */

/** A start tag with one attribute set (or removed, value undefined). */
function withAttr(tag: string, name: string, value: string | undefined): string {
  const without = tag.replace(new RegExp(`\\s+${name}="[^"]*"`), "");
  return value === undefined ? without : without.replace(/(\s*\/?>)$/, ` ${name}="${escapeAttr(value)}"$1`);
}

/** Children of <worksheet> that come after <sheetViews> in the schema's order (the first of them present takes it before). */
const AFTER_SHEET_VIEWS = ["sheetFormatPr", "cols", "sheetData"];

/** The sheet's first view, created (empty, of workbook view 0) when the sheet has none. */
function ensureSheetView(book: PackageBook, path: string): void {
  if (book.sheetPart(path).sheetView) return;
  const xml = book.text(path) ?? "";
  const m = new RegExp(`<(?:[\\w.-]+:)?(?:${AFTER_SHEET_VIEWS.join("|")})[\\s/>]`).exec(xml);
  if (!m) return;
  book.setText(path, `${xml.slice(0, m.index)}${inPart(xml, '<sheetViews><sheetView workbookViewId="0"/></sheetViews>')}${xml.slice(m.index)}`);
}

/** The kinds of sheet whose part has sheet views, each with its own tabSelected (a chart sheet's too). */
const WITH_VIEWS = new Set(["worksheet", "chartsheet", "dialogsheet"]);

/** A sheet's first view; a chart or dialog sheet that cannot be read has none (it is left as it came). */
function firstView(book: PackageBook, path: string, kind: string): SheetPart["sheetView"] {
  if (kind === "worksheet") return book.sheetPart(path).sheetView;
  try {
    return book.sheetPart(path).sheetView;
  } catch {
    return null;
  }
}

/** Make the sheet at `index` the active tab and the only selected one (chart sheets deselected too: two selected tabs are a group). */
export function activate(book: PackageBook, index: number): void {
  const view = book.workbook.workbookView;
  const wb = book.text(book.workbookPath) ?? "";
  if (view) {
    let head = withAttr(wb.slice(view.start, view.end), "activeTab", index ? String(index) : undefined);
    if (Number(view.attrs.firstSheet ?? 0) > index) head = withAttr(head, "firstSheet", undefined);
    book.setText(book.workbookPath, wb.slice(0, view.start) + head + wb.slice(view.end));
  } else if (index > 0) {
    const next = insertWorkbookChild(wb, "bookViews", inPart(wb, `<bookViews><workbookView activeTab="${index}"/></bookViews>`));
    if (next !== null) book.setText(book.workbookPath, next);
  }
  book.sheets().forEach((sheet, i) => {
    if (!sheet.path || !WITH_VIEWS.has(sheet.kind)) return;
    if (i === index && sheet.kind === "worksheet") ensureSheetView(book, sheet.path);
    const sv = firstView(book, sheet.path, sheet.kind);
    const selected = sv ? sv.attrs.tabSelected === "1" || sv.attrs.tabSelected === "true" : false;
    if (!sv || selected === (i === index)) return;
    const xml = book.text(sheet.path) ?? "";
    const head = withAttr(xml.slice(sv.start, sv.end), "tabSelected", i === index ? "1" : undefined);
    book.setText(sheet.path, xml.slice(0, sv.start) + head + xml.slice(sv.end));
  });
}

/**
 * Put the cursor of a sheet's first view on the range's top-left cell: its
 * <selection> (of the active pane when panes are frozen) is replaced, the
 * pane itself kept. A sheet without a view gets one.
 */
export function setCursor(book: PackageBook, path: string, range: RangeRef): void {
  ensureSheetView(book, path);
  const sv = book.sheetPart(path).sheetView;
  if (!sv) return;
  const xml = book.text(path) ?? "";
  const a1 = toA1({ row: range.top, col: range.left });
  if (sv.selfClosing) {
    const open = xml.slice(sv.start, sv.end).replace(/\s*\/>$/, ">");
    book.setText(path, `${xml.slice(0, sv.start)}${open}${inPart(xml, `<selection activeCell="${a1}" sqref="${a1}"/></sheetView>`)}${xml.slice(sv.end)}`);
    return;
  }
  const inner = xml.slice(sv.end, xml.lastIndexOf("<", sv.closeEnd - 1));
  const pane = /<(?:[\w.-]+:)?pane\b[^>]*>/.exec(inner);
  const which = pane ? (/\bactivePane="([^"]+)"/.exec(pane[0])?.[1] ?? "topLeft") : null;
  const selection = inPart(xml, `<selection${which && which !== "topLeft" ? ` pane="${which}"` : ""} activeCell="${a1}" sqref="${a1}"/>`);
  const kept = inner.replace(/<(?:[\w.-]+:)?selection\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?selection>)/g, (m) => {
    const own = /\bpane="([^"]+)"/.exec(m)?.[1] ?? "topLeft";
    return own === (which ?? "topLeft") ? "" : m;
  });
  // The selection follows the pane (the schema's order), or opens the view.
  const at = pane ? kept.indexOf(pane[0]) + pane[0].length : 0;
  const next = kept.slice(0, at) + selection + kept.slice(at);
  book.setText(path, xml.slice(0, sv.end) + next + xml.slice(sv.end + inner.length));
}

export interface NewName {
  name: string;
  localSheetId: number;
  text: string;
}

/** Add sheet-scoped defined names (a <definedNames> is created where the schema puts it when there is none). */
export function addDefinedNames(book: PackageBook, names: readonly NewName[]): void {
  const wb = book.text(book.workbookPath) ?? "";
  const raw = names.map((n) => `<definedName name="${escapeAttr(n.name)}" localSheetId="${n.localSheetId}">${escapeText(n.text)}</definedName>`).join("");
  const elements = inPart(wb, raw);
  const block = inPart(wb, `<definedNames>${raw}</definedNames>`);
  const span = book.workbook.definedNamesSpan;
  let next: string | null;
  if (span && !/\/>$/.test(wb.slice(span.start, span.end))) {
    const close = wb.lastIndexOf("<", span.end - 1);
    next = wb.slice(0, close) + elements + wb.slice(close);
  } else if (span) {
    next = wb.slice(0, span.start) + block + wb.slice(span.end);
  } else {
    next = insertWorkbookChild(wb, "definedNames", block);
  }
  if (next !== null) book.setText(book.workbookPath, next);
}

/** Remove the names of these kinds scoped to the sheet at `localSheetId` (a sheet's print area and titles, before new ones). */
export function removeDefinedNames(book: PackageBook, localSheetId: number, names: readonly string[]): void {
  const span = book.workbook.definedNamesSpan;
  if (!span) return;
  const wb = book.text(book.workbookPath) ?? "";
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const block = wb.slice(span.start, span.end).replace(/<((?:[\w.-]+:)?definedName)\b([^>]*)>[\s\S]*?<\/\1>/g, (m, _tag: string, attrs: string) => {
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1]?.toLowerCase() ?? "";
    const id = /\blocalSheetId="(\d+)"/.exec(attrs)?.[1];
    return id !== undefined && Number(id) === localSheetId && wanted.has(name) ? "" : m;
  });
  book.setText(book.workbookPath, wb.slice(0, span.start) + block + wb.slice(span.end));
}
