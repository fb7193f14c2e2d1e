import { escapeAttr, inPart, parseXml } from "./xml";

/**
 * The package's wiring (Open Packaging Conventions): relationships between
 * parts and the content types of parts. Read with the XML reader; new
 * relationships, overrides and defaults are added by inserting one element
 * before the closing tag, so what was there stays byte for byte.
 */

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** Relationship types end the same in transitional and strict OOXML; compare by their last segment. */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

export const REL_TYPES = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
};

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  /** The workbook part of an Excel Binary Workbook (.xlsb): BIFF12 records, not XML. */
  binaryWorkbook: "application/vnd.ms-excel.sheet.binary.macroEnabled.main",
};

/** A part's content type as [Content_Types].xml gives it: its Override, else the Default of its extension; undefined when neither. */
export function contentTypeOf(typesXml: string, part: string): string | undefined {
  const name = `/${part}`.toLowerCase();
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  let override: string | undefined;
  let byExt: string | undefined;
  parseXml(typesXml, {
    open(tag, a) {
      if (tag === "Override" && a.PartName?.toLowerCase() === name) override ??= a.ContentType;
      else if (tag === "Default" && a.Extension?.toLowerCase() === ext) byExt ??= a.ContentType;
    },
  });
  return override ?? byExt;
}

export function parseRels(xml: string): Relationship[] {
  const out: Relationship[] = [];
  parseXml(xml, {
    open(name, a) {
      if (name === "Relationship" && a.Id && a.Target !== undefined) {
        out.push({ id: a.Id, type: a.Type ?? "", target: a.Target, external: a.TargetMode === "External" });
      }
    },
  });
  return out;
}

/** The relationships part of a part: xl/workbook.xml -> xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship's target as a part name (no leading "/"), relative to the source part's folder unless absolute. */
export function resolveTarget(fromPart: string, target: string): string {
  const decoded = safeDecode(target.split("#")[0]);
  const base = decoded.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const seg of decoded.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** A relationship id not used in the list: rId1, rId2, ... */
export function freeRelId(rels: readonly Relationship[]): string {
  const taken = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/**
 * Insert `element` (written without a prefix) just before the closing tag of the root (`</Relationships>`,
 * `</Types>`), in the root's namespace; null when the root is not found.
 */
export function insertBeforeRootEnd(xml: string, root: string, fragment: string): string | null {
  const element = inPart(xml, fragment);
  const close = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${root}\\s*>\\s*$`).exec(xml);
  if (close) return xml.slice(0, close.index) + element + xml.slice(close.index);
  // A root with no children at all: <Relationships .../>
  const empty = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${root})\\b([^>]*?)/>\\s*$`).exec(xml);
  if (!empty) return null;
  return `${xml.slice(0, empty.index)}<${empty[1]}${empty[2]}>${element}</${empty[1]}>`;
}

export function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${escapeAttr(id)}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
}

export const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export function overrideXml(part: string, contentType: string): string {
  return `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`;
}

/** The extension Excel requires of a package, by its workbook part's content type (it refuses to open one named otherwise). */
const WORKBOOK_EXTENSIONS: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": ".xlsx",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": ".xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": ".xltx",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": ".xltm",
};

/**
 * The file extension of a package whose [Content_Types].xml is `types` and whose workbook part is
 * `part` (".xlsx", ".xlsm" with macros, ".xltx", ".xltm"); null when its content type is none of
 * these or cannot be read.
 */
export function workbookExtension(types: string, part: string): string | null {
  try {
    return WORKBOOK_EXTENSIONS[contentTypeOf(types, part) ?? ""] ?? null;
  } catch {
    return null;
  }
}
