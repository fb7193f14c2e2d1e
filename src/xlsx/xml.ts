import { SaxesParser, type SaxesTagPlain } from "saxes";
import { PartTooLarge } from "./partLimits";
import { OutsideSubset, scanXml, type XmlHandlers } from "./xmlScan";

/**
 * The XML reader of the package adapter: saxes, a strict, streaming parser
 * (the large parts, worksheets and shared strings, go first through the fast
 * scanner of xmlScan.ts, which hands anything outside its plain subset back to
 * saxes). No DTD is ever read: a part with a DOCTYPE is refused (an .xlsx part
 * never has one; a DOCTYPE is how entity bombs and external entities come in),
 * and saxes expands only the five predefined entities and character references.
 *
 * Element names are given without their namespace prefix ("x:row" is
 * "row"): writers differ in the prefixes they use, never in the local names
 * the adapter reads. Attributes keep their names as written: SpreadsheetML's
 * own attributes have no prefix; a relationship id is "r:id" or another
 * prefix bound to the relationships namespace (see relId).
 */

export class XmlError extends Error {}

export type { XmlHandlers } from "./xmlScan";

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** Parse `xml`, calling the handlers in document order. Throws XmlError when it is not well-formed or has a DOCTYPE. */
export function parseXml(xml: string, h: XmlHandlers): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let failure: Error | null = null;
  let tagStart = 0;
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.on("doctype", () => {
    failure ??= new XmlError("DOCTYPE refused");
  });
  parser.on("opentagstart", () => {
    // saxes has just read "<name"; the "<" is the last one before its position.
    tagStart = xml.lastIndexOf("<", parser.position - 1);
  });
  if (h.open) {
    const open = h.open;
    parser.on("opentag", (tag: SaxesTagPlain) => {
      open(localName(tag.name), tag.attributes as Record<string, string>, tagStart, parser.position, tag.isSelfClosing);
    });
  }
  if (h.close) {
    const close = h.close;
    parser.on("closetag", (tag: SaxesTagPlain) => close(localName(tag.name), parser.position));
  }
  if (h.text) {
    const text = h.text;
    parser.on("text", text);
    parser.on("cdata", text);
  }
  try {
    parser.write(xml);
    if (!failure) parser.close();
  } catch (e) {
    failure ??= e as Error;
  }
  // A part read past the bounds (a handler threw PartTooLarge) is too large, not damaged XML.
  if (failure) throw failure instanceof XmlError || failure instanceof PartTooLarge ? failure : new XmlError(String((failure as Error).message ?? failure));
}

/**
 * Parse a large part (a worksheet, the shared strings) with handlers made
 * fresh for each attempt: the fast scanner of the plain subset first
 * (xmlScan.ts); when the part goes beyond it, `make` is called again and saxes
 * reads the part from the start and decides. Keep every piece of the reader's
 * state inside `make`.
 */
export function parseLargeXml(xml: string, make: () => XmlHandlers): void {
  try {
    scanXml(xml, make());
    return;
  } catch (e) {
    if (!(e instanceof OutsideSubset)) throw e;
  }
  parseXml(xml, make());
}

/** A relationship id attribute (r:id, whatever the prefix): the value of the first attribute named "<prefix>:id". */
export function relId(attrs: Record<string, string>): string | undefined {
  if (attrs["r:id"] !== undefined) return attrs["r:id"];
  for (const k in attrs) if (k.endsWith(":id")) return attrs[k];
  return undefined;
}

/**
 * The prefix a part gives its own namespace: its root element's ("x:" for
 * <x:workbook xmlns:x="...">, as the Open XML SDK writes; "" when it is the
 * default namespace). Every element the adapter inserts into an existing part
 * is in the root's namespace, so it takes this prefix (inPart).
 */
export function partPrefix(xml: string): string {
  let i = xml.indexOf("<");
  // The declaration, processing instructions, comments and a DOCTYPE come before the root.
  while (i >= 0 && (xml[i + 1] === "?" || xml[i + 1] === "!")) {
    const end = xml.startsWith("<!--", i) ? xml.indexOf("-->", i) : xml.indexOf(">", i);
    i = end < 0 ? -1 : xml.indexOf("<", end);
  }
  return i < 0 ? "" : (/^<([A-Za-z_][\w.-]*:)?[A-Za-z_]/.exec(xml.slice(i, i + 256))?.[1] ?? "");
}

/** XML the adapter made (its element names written without a prefix) with every element name under `prefix`. */
export function withPrefix(prefix: string, fragment: string): string {
  return prefix ? fragment.replace(/<(\/?)(?=[A-Za-z_])/g, `<$1${prefix}`) : fragment;
}

/** New XML for an existing part, in the part's own namespace: its element names with the part's prefix. */
export function inPart(xml: string, fragment: string): string {
  return withPrefix(partPrefix(xml), fragment);
}

/**
 * A part's text as it is written back, in UTF-8: a declaration naming another
 * encoding (a part read from UTF-16, zip.ts ZipArchive.text) is made to say
 * UTF-8, or an XML reader believing it reads the UTF-8 bytes as UTF-16.
 */
export function declaredUtf8(text: string): string {
  return text.replace(/^(\uFEFF?<\?xml\b[^>]*?\bencoding\s*=\s*["'])([^"']*)/, (m, head: string, name: string) => (/^utf-8$/i.test(name) ? m : `${head}UTF-8`));
}

/** Text content escaped for XML ("&", "<", ">"). */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** An attribute value escaped for a double-quoted attribute. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]);
}

const ATTR_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/** An xsd:boolean attribute: "1"/"true" and "0"/"false" (LibreOffice writes the words); `fallback` when absent or anything else. */
export function xmlBool(v: string | undefined, fallback: boolean): boolean {
  if (v === "1" || v === "true") return true;
  if (v === "0" || v === "false") return false;
  return fallback;
}

/**
 * Characters XML 1.0 cannot carry (controls other than tab and line breaks,
 * lone surrogates, U+FFFE/U+FFFF). Excel writes them in strings as _xHHHH_;
 * the same escape is used here, and "_x" itself is escaped as _x005F_.
 */
export function encodeXmlString(s: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what is being escaped
  return s.replace(/_x(?=[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) =>
    c === "_x" ? "_x005F_x" : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

/** The reverse of encodeXmlString: _xHHHH_ escapes in a string read from a part. */
export function decodeXmlString(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
