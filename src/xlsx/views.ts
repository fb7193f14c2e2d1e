import type { PackageBook } from "./book";
import { escapeAttr, escapeText } from "./xml";

/**
 * The workbook's views and names as the adapter changes them: which tab is
 * active (workbook part) and selected (each sheet's first view), and the
 * sheet-scoped names a new sheet brings (print titles, print area).
 */

/** Make the sheet at `index` the active tab and the only selected one. */
export function activate(book: PackageBook, index: number): void {
  const info = book.workbook;
  const view = info.workbookView;
  const wb = book.text(book.workbookPath) ?? "";
  if (view) {
    let head = wb.slice(view.start, view.end).replace(/\s+activeTab="[^"]*"/, "");
    if (Number(view.attrs.firstSheet ?? 0) > index) head = head.replace(/\s+firstSheet="[^"]*"/, "");
    head = head.replace(/(\s*\/?>)$/, `${index ? ` activeTab="${index}"` : ""}$1`);
    book.setText(book.workbookPath, wb.slice(0, view.start) + head + wb.slice(view.end));
  }
  book.sheets().forEach((sheet, i) => {
    if (!sheet.path || sheet.kind !== "worksheet") return;
    const part = book.sheetPart(sheet.path);
    const sv = part.sheetView;
    const selected = sv ? sv.attrs.tabSelected === "1" || sv.attrs.tabSelected === "true" : false;
    if (!sv || selected === (i === index)) return;
    const xml = book.text(sheet.path) ?? "";
    let head = xml.slice(sv.start, sv.end).replace(/\s+tabSelected="[^"]*"/, "");
    if (i === index) head = head.replace(/(\s*\/?>)$/, ` tabSelected="1"$1`);
    book.setText(sheet.path, xml.slice(0, sv.start) + head + xml.slice(sv.end));
  });
}

export interface NewName {
  name: string;
  localSheetId: number;
  text: string;
}

/** Add sheet-scoped defined names (a <definedNames> is created where the schema puts it when there is none). */
export function addDefinedNames(book: PackageBook, names: readonly NewName[]): void {
  const wb = book.text(book.workbookPath) ?? "";
  const elements = names
    .map((n) => `<definedName name="${escapeAttr(n.name)}" localSheetId="${n.localSheetId}">${escapeText(n.text)}</definedName>`)
    .join("");
  const span = book.workbook.definedNamesSpan;
  if (span) {
    const close = wb.lastIndexOf("<", span.end - 1);
    const self = /\/>$/.test(wb.slice(span.start, span.end));
    book.setText(
      book.workbookPath,
      self ? `${wb.slice(0, span.start)}<definedNames>${elements}</definedNames>${wb.slice(span.end)}` : wb.slice(0, close) + elements + wb.slice(close),
    );
    return;
  }
  // definedNames follows sheets, functionGroups and externalReferences.
  const after = /<\/(?:\w+:)?externalReferences>|<(?:\w+:)?externalReferences\b[^>]*\/>|<\/(?:\w+:)?functionGroups>|<(?:\w+:)?functionGroups\b[^>]*\/>/.exec(wb);
  const at = after ? after.index + after[0].length : book.workbook.afterSheets;
  if (at < 0) return;
  book.setText(book.workbookPath, `${wb.slice(0, at)}<definedNames>${elements}</definedNames>${wb.slice(at)}`);
}
