/**
 * A fast, strict reader for the plain subset of XML that spreadsheet writers
 * put in their large parts: a declaration, elements, attributes, text, the
 * five predefined entities and character references. It exists because the
 * worksheet part is most of a validation's time (measured: BENCHMARKS.md,
 * "CLI over its floor") and saxes reads it a character at a time.
 *
 * It is not a second parser of its own standing: whatever falls outside that
 * subset or is not well-formed (a comment, CDATA, a DOCTYPE, a processing
 * instruction, a carriage return, a control character, a non-ASCII name, an
 * unknown entity, a mismatched or duplicate anything) makes it stop with
 * `OutsideSubset`, and the caller reads the part again with saxes, which then
 * decides. On the subset it gives the same events as parseXml with saxes
 * (test/xlsx/pkg/xmlScan.test.ts compares the two on real parts and generated ones).
 */
/** What a reader of a part is called with, by the scanner and by saxes alike (xml.ts). */
export interface XmlHandlers {
  /**
   * An element starts. `start` is the index of its "<" in the text, `end` the
   * index just after its start tag's ">"; `selfClosing` when it is "<x/>"
   * (close is called right after, with the same `end`).
   */
  open?(name: string, attrs: Record<string, string>, start: number, end: number, selfClosing: boolean): void;
  /** An element ends; `end` is the index just after its end tag (or its self-closing tag). */
  close?(name: string, end: number): void;
  /** Character data (entities already expanded), CDATA included. */
  text?(text: string): void;
  /**
   * The scanner only (saxes gives events): an element has just opened (after `open`), its start
   * tag ending at `from`. A reader that can read its content from the text returns the index of
   * the "<" of its end tag, the scanner going on from there; -1 to be given the content as events.
   * The scanner need not have checked what a reader takes for what its subset leaves out: the
   * reader steps aside where the text holds it (outsideSubset).
   */
  content?(name: string, from: number): number;
}

export class OutsideSubset extends Error {}

// eslint-disable-next-line no-control-regex -- the control characters are what is being looked for
const OUTSIDE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\uD800-\uDFFF\uFFFE\uFFFF]|<!|<\?(?!xml[ \t\n?])|\]\]>/;
/** XML's white space only (JavaScript's \s also takes U+00A0, U+2028, U+FEFF, which XML refuses there); a carriage return is OUTSIDE. */
const DECLARATION = /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.0\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/;
/** What an attribute value needs more than a copy for (or cannot hold). */
const SPECIAL_IN_VALUE = /[<&\n\t]/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The attributes of every element that has none (most of a worksheet's: <v>, <f>, <is>, <t>); readers never change them. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

function outside(): never {
  throw new OutsideSubset();
}

/** XML white space (a carriage return never reaches the scanner: OUTSIDE). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9;
}

/** A character that may start a name (ASCII names only). */
export function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
}

/** A character that may continue a name (ASCII names only). */
export function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

function legalChar(cp: number): boolean {
  return cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Text with entity and character references expanded; anything else after "&" is outside the subset. */
export function decodeEntities(s: string): string {
  let out = "";
  let from = 0;
  for (let amp = s.indexOf("&"); amp >= 0; amp = s.indexOf("&", from)) {
    const semi = s.indexOf(";", amp);
    if (semi < 0) outside();
    const ref = s.slice(amp + 1, semi);
    let ch = ENTITIES[ref];
    if (ch === undefined) {
      const m = /^#(?:([0-9]{1,7})|x([0-9A-Fa-f]{1,6}))$/.exec(ref);
      if (!m) outside();
      const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2], 16);
      if (!legalChar(cp)) outside();
      ch = String.fromCodePoint(cp);
    }
    out += s.slice(from, amp) + ch;
    from = semi + 1;
  }
  return out + s.slice(from);
}

/** The end of the name starting at `i` (ASCII names only). */
function nameEnd(xml: string, i: number): number {
  const n = xml.length;
  if (i >= n || !isNameStart(xml.charCodeAt(i))) outside();
  i++;
  while (i < n && isNameChar(xml.charCodeAt(i))) i++;
  if (i < n && xml.charCodeAt(i) > 127) outside();
  return i;
}

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * Names seen before, by their first two characters: a part repeats a handful of element and
 * attribute names hundreds of thousands of times, and a name found here is the same string
 * again (no new string to make, and a property key the engine already knows).
 */
class Names {
  private readonly seen: (string | undefined)[] = new Array<string | undefined>(128 * 128);

  /** The name starting at `i` (its end is `i + name.length`). */
  at(xml: string, i: number): string {
    const c0 = xml.charCodeAt(i);
    const slot = ((c0 & 127) << 7) | (xml.charCodeAt(i + 1) & 127);
    const known = this.seen[slot];
    if (known !== undefined && xml.startsWith(known, i)) {
      const after = xml.charCodeAt(i + known.length);
      // The name ends there: the next character cannot continue a name (NaN at the end of the text).
      if (!(after >= 0) || (!isNameChar(after) && after <= 127)) return known;
    }
    const name = xml.slice(i, nameEnd(xml, i));
    this.seen[slot] = name;
    return name;
  }
}

/** The names seen, kept from part to part (each is checked against the text wherever it is taken). */
const TAGS = new Names();
const KEYS = new Names();

/**
 * Whether `text` holds what the subset leaves out (OUTSIDE). A `content` reader checks what it
 * takes with this, or knows it cannot hold it: the scanner need not have checked that text.
 */
export function outsideSubset(text: string): boolean {
  return OUTSIDE.test(text);
}

/** How far ahead the scanner checks the text for OUTSIDE at a time. */
const CHECK_AHEAD = 1 << 16;
/**
 * Chunks overlap by this: more than the longest text OUTSIDE matches ("]]>"). Its "<?" looks seven
 * characters ahead, but a look cut short at a chunk's end makes it match: a step aside to saxes,
 * never a miss.
 */
const OUTSIDE_OVERLAP = 6;

/** Read `xml`, calling the handlers as parseXml does; throws OutsideSubset (possibly after some calls) when saxes must read it instead. */
export function scanXml(xml: string, h: XmlHandlers): void {
  const n = xml.length;
  /**
   * The text before `checked` holds nothing OUTSIDE matches, but for what a `content` reader took
   * (it checks its own). Checked a chunk ahead, before anything read from the text is handed on.
   */
  let checked = 0;
  /** Where the next check may start at the earliest: the end of what a content reader took. */
  let floor = 0;
  const checkTo = (to: number): void => {
    if (to <= checked) return;
    const end = Math.min(n, Math.max(to, checked + CHECK_AHEAD));
    if (OUTSIDE.test(xml.slice(Math.max(floor, checked - OUTSIDE_OVERLAP), end))) outside();
    checked = end;
  };
  let i = 0;
  if (xml.startsWith("<?xml")) {
    const m = DECLARATION.exec(xml);
    if (!m) outside();
    i = m[0].length;
  }
  // saxes passes on the white space outside the root element, except before the first markup of a part without a declaration.
  let atStart = i === 0;
  const tags = TAGS;
  const keys = KEYS;
  /** Open elements: their names as written and their local names. */
  const stack: string[] = [];
  const locals: string[] = [];
  const { open, close, text, content } = h;
  let rootDone = false;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    checkTo(textEnd + 1);
    if (textEnd > i) {
      if (stack.length === 0) {
        for (let k = i; k < textEnd; k++) if (!isSpace(xml.charCodeAt(k))) outside();
        if (!atStart) text?.call(h, xml.slice(i, textEnd));
      } else if (text) {
        const raw = xml.slice(i, textEnd);
        text.call(h, raw.includes("&") ? decodeEntities(raw) : raw);
      }
    }
    if (lt < 0) break;
    atStart = false;
    i = lt + 1;
    if (xml.charCodeAt(i) === 47 /* / */) {
      const top = stack.pop();
      if (top === undefined || !xml.startsWith(top, i + 1)) outside();
      i += 1 + top.length;
      let c = xml.charCodeAt(i);
      while (c === 32 || c === 10 || c === 9) c = xml.charCodeAt(++i);
      // The end tag's name is the open one's, and no longer: what follows it is ">" after white space.
      if (c !== 62) outside();
      i++;
      const local = locals.pop() as string;
      if (stack.length === 0) rootDone = true;
      checkTo(i);
      close?.call(h, local, i);
      continue;
    }
    if (rootDone) outside();
    const tag = tags.at(xml, i);
    i += tag.length;
    let attrs: Record<string, string> = NO_ATTRIBUTES;
    let selfClosing = false;
    for (;;) {
      const before = i;
      let c = xml.charCodeAt(i);
      while (c === 32 || c === 10 || c === 9) c = xml.charCodeAt(++i);
      if (c === 62) break;
      if (c === 47) {
        if (xml.charCodeAt(i + 1) !== 62) outside();
        selfClosing = true;
        i++;
        break;
      }
      if (i === before) outside();
      const key = keys.at(xml, i);
      i += key.length;
      c = xml.charCodeAt(i);
      while (c === 32 || c === 10 || c === 9) c = xml.charCodeAt(++i);
      if (c !== 61 /* = */) outside();
      c = xml.charCodeAt(++i);
      while (c === 32 || c === 10 || c === 9) c = xml.charCodeAt(++i);
      if (c !== 34 && c !== 39) outside();
      const end = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (end < 0) outside();
      let value = xml.slice(i + 1, end);
      if (SPECIAL_IN_VALUE.test(value)) {
        if (value.includes("<")) outside();
        // Attribute-value normalization: a literal tab or line break is a space; a character reference keeps its character.
        if (value.includes("\n") || value.includes("\t")) value = value.replace(/[\n\t]/g, " ");
        if (value.includes("&")) value = decodeEntities(value);
      }
      if (key === "__proto__") outside();
      if (attrs === NO_ATTRIBUTES) attrs = {};
      else if (attrs[key] !== undefined) outside();
      attrs[key] = value;
      i = end + 1;
    }
    i++;
    checkTo(i);
    const local = localName(tag);
    open?.call(h, local, attrs, lt, i, selfClosing);
    if (selfClosing) {
      if (stack.length === 0) rootDone = true;
      close?.call(h, local, i);
    } else {
      stack.push(tag);
      locals.push(local);
      if (content) {
        const end = content.call(h, local, i);
        // Only an end tag ahead is taken: anything else would leave text unread (saxes decides then).
        if (end >= 0) {
          if (end < i || xml.charCodeAt(end) !== 60 || xml.charCodeAt(end + 1) !== 47) outside();
          i = end;
          if (end >= checked) checked = floor = end;
        }
      }
    }
  }
  if (!rootDone || stack.length > 0) outside();
}
