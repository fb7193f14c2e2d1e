import { decodeXmlString, parseXml, relId, xmlBool } from "./xml";

/** Sheet visibility as the workbook part says it. */
export type SheetState = "visible" | "hidden" | "veryHidden";

/** A <sheet> of the workbook part: its name, ids, state and where its element is in the text. */
export interface SheetRef {
  name: string;
  sheetId: number;
  rid: string;
  state: SheetState;
  start: number;
  end: number;
}

export interface DefinedNameRef {
  name: string;
  /** Index of the sheet it belongs to (localSheetId), when sheet-scoped. */
  localSheetId?: number;
  text: string;
}

/** What the adapter reads of xl/workbook.xml, with the places it edits. */
export interface WorkbookInfo {
  sheets: SheetRef[];
  date1904: boolean;
  lockStructure: boolean;
  activeTab: number;
  definedNames: DefinedNameRef[];
  /** Insertion points: before </sheets>, and the span of <definedNames>…</definedNames> (or where it goes). */
  sheetsEnd: number;
  /** A <sheets/> with nothing in it (a workbook without sheets), to be replaced by the first sheet. */
  emptySheets?: { start: number; end: number };
  definedNamesSpan: { start: number; end: number } | null;
  /** The first <workbookView> element, for the active tab. */
  workbookView: { start: number; end: number; attrs: Record<string, string> } | null;
}

export function parseWorkbookPart(xml: string): WorkbookInfo {
  const info: WorkbookInfo = {
    sheets: [],
    date1904: false,
    lockStructure: false,
    activeTab: 0,
    definedNames: [],
    sheetsEnd: -1,
    definedNamesSpan: null,
    workbookView: null,
  };
  let name: DefinedNameRef | null = null;
  let namesStart = -1;
  parseXml(xml, {
    open(tag, a, start, end, selfClosing) {
      if (tag === "sheet") {
        const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
        info.sheets.push({ name: decodeXmlString(a.name ?? ""), sheetId: Number(a.sheetId) || 0, rid: relId(a) ?? "", state, start, end });
      } else if (tag === "sheets") {
        if (selfClosing) info.emptySheets = { start, end };
      } else if (tag === "workbookPr") info.date1904 = xmlBool(a.date1904, false);
      else if (tag === "workbookProtection") info.lockStructure = xmlBool(a.lockStructure, false);
      else if (tag === "workbookView" && !info.workbookView) {
        info.workbookView = { start, end, attrs: a };
        info.activeTab = Number(a.activeTab) || 0;
      } else if (tag === "definedNames") namesStart = start;
      else if (tag === "definedName") {
        name = { name: a.name ?? "", text: "" };
        if (a.localSheetId !== undefined) name.localSheetId = Number(a.localSheetId);
      }
    },
    close(tag, end) {
      if (tag === "sheets" && !info.emptySheets) {
        info.sheetsEnd = xml.lastIndexOf("<", end - 1);
      } else if (tag === "definedName" && name) {
        info.definedNames.push(name);
        name = null;
      } else if (tag === "definedNames") info.definedNamesSpan = { start: namesStart, end };
    },
    text(t) {
      if (name) name.text += t;
    },
  });
  return info;
}

/** The children of <workbook> in the schema's order. */
const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "AlternateContent", "revisionPtr", "absPath", "workbookProtection", "bookViews", "sheets",
  "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr",
  "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
];

/**
 * The workbook part with `element` (a child named `name`, which it does not
 * have yet) inserted where the schema puts it: before the first child that
 * comes after it, else before </workbook>. null when the part has no end tag.
 */
export function insertWorkbookChild(xml: string, name: string, element: string): string | null {
  const later = WORKBOOK_ORDER.slice(WORKBOOK_ORDER.indexOf(name) + 1);
  let at = -1;
  for (const tag of later) {
    const m = new RegExp(`<(?:[\\w.-]+:)?${tag}[\\s/>]`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.search(/<\/(?:[\w.-]+:)?workbook\s*>\s*$/);
  return at < 0 ? null : xml.slice(0, at) + element + xml.slice(at);
}

/**
 * The workbook part with sheet indexes renumbered after a sheet was inserted
 * or removed at `at`: the localSheetId of sheet-scoped names and the first
 * view's activeTab / firstSheet. `delta` +1: indexes from `at` move up;
 * -1: names of sheet `at` go, the indexes after it move down. `editSheets`
 * makes the insertion or removal in <sheets> itself. The spans of `info` (those
 * of `xml`) are edited from the end backwards: names, sheets, view.
 */
export function renumberSheets(xml: string, info: WorkbookInfo, at: number, delta: 1 | -1, editSheets: (xml: string) => string): string {
  const moved = (k: number): number | null => (delta < 0 && k === at ? null : k >= at + (delta < 0 ? 1 : 0) ? k + delta : k);
  let wb = xml;
  const names = info.definedNamesSpan;
  if (names) {
    const block = wb.slice(names.start, names.end).replace(/<((?:[\w.-]+:)?definedName)\b([^>]*?)\blocalSheetId="(\d+)"([^>]*)>([\s\S]*?)<\/\1>/g, (m, tag: string, pre: string, id: string, post: string, body: string) => {
      const k = moved(Number(id));
      if (k === null) return "";
      return k === Number(id) ? m : `<${tag}${pre}localSheetId="${k}"${post}>${body}</${tag}>`;
    });
    wb = wb.slice(0, names.start) + block + wb.slice(names.end);
  }
  wb = editSheets(wb);
  const view = info.workbookView;
  const first = info.sheets[0];
  if (view && (!first || view.end <= first.start)) {
    let head = wb.slice(view.start, view.end);
    for (const attr of ["activeTab", "firstSheet"]) {
      const v = view.attrs[attr];
      if (v === undefined) continue;
      const next = moved(Number(v)) ?? Number(v);
      if (next !== Number(v)) head = head.replace(new RegExp(`\\b${attr}="[^"]*"`), `${attr}="${next}"`);
    }
    wb = wb.slice(0, view.start) + head + wb.slice(view.end);
  }
  return wb;
}
