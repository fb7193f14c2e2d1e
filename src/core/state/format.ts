/**
 * How the add-in's own state (undo records, marks) lies in a workbook: one
 * format, written and read the same way by every adapter (Office.js inside
 * Excel, the .xlsx package for the CLI and the preview). The adapters only
 * move the cells; what the cells hold is decided here.
 *
 * Sheet "_renaksi", very hidden (not in Excel's Unhide dialog; sheets() lists
 * visible sheets only). One row per key, any row; an empty row is free:
 *
 *   A  the key
 *   B  "j" and the number of value cells, e.g. "j3"
 *   C… the value's JSON text (JSON.stringify of the string), cut into pieces
 *      of at most STATE_CHUNK_CHARS characters (never inside a surrogate pair),
 *      each prefixed with "~" (so no cell starts with "=", "'" or a digit)
 *
 * Every cell is text (number format "@" where the adapter sets one). The
 * value is JSON-encoded so that control characters never reach a cell (they
 * are not valid in the file's XML); U+FFFE/U+FFFF and the "_xHHHH_" sequences
 * that Excel decodes when it reads a file are escaped too, so what one adapter
 * writes is what the other reads.
 *
 * Two earlier layouts are still read (and rewritten in this one on the next
 * save of their key); B tells them apart:
 *   - Excel adapter before: B = the number of value cells ("3"), C… = "~" and
 *     the raw value (not JSON), 30,000 characters a cell;
 *   - xlsx adapter before: no count, B… = the JSON text in pieces of 32,000
 *     characters without "~", up to the first empty cell (B starts with '"').
 */

export const STATE_SHEET = "_renaksi";
/** Characters of JSON text per value cell; with its "~", far below Excel's 32,767. */
export const STATE_CHUNK_CHARS = 30_000;
/** The number format of every state cell: text. */
export const STATE_TEXT_FORMAT = "@";

const CHUNK_MARK = "~";
const COUNT_MARK = "j";

/** What a state row's first two cells say. */
export interface StateRow {
  key: string;
  layout: "current" | "excel-v1" | "xlsx-v1";
  /** Column (0-based) of the row's first value cell. */
  first: number;
  /** Value cells from `first`, when the row says (current, excel-v1); else up to the first empty cell. */
  count?: number;
}

/** The row a state sheet's cells A and B describe; null for an empty (free) row or one that is no state row. */
export function readStateRow(a: unknown, b: unknown): StateRow | null {
  const key = text(a);
  if (key === "") return null;
  const head = text(b);
  const current = /^j(\d+)$/.exec(head);
  if (current) return { key, layout: "current", first: 2, count: Number(current[1]) };
  if (/^\d+$/.test(head)) return { key, layout: "excel-v1", first: 2, count: Number(head) };
  if (typeof b === "number" && Number.isInteger(b) && b >= 0) return { key, layout: "excel-v1", first: 2, count: b };
  if (head.startsWith('"')) return { key, layout: "xlsx-v1", first: 1 };
  return { key, layout: "current", first: 2, count: 0 }; // unreadable: the key is there, its value is not
}

/**
 * The value of a row from its cells starting at column `row.first` (at least
 * `row.count` of them when it has a count; extra cells are ignored). Null when
 * the cells do not hold a value: damaged state is dropped, never guessed at.
 */
export function decodeStateValue(row: StateRow, cells: readonly unknown[]): string | null {
  if (row.layout === "xlsx-v1") {
    let json = "";
    for (const cell of cells) {
      const part = text(cell);
      if (part === "") break;
      json += part;
    }
    return parseString(json);
  }
  const count = row.count ?? 0;
  if (cells.length < count) return null;
  const joined = cells.slice(0, count).map((c) => text(c).replace(/^~/, "")).join("");
  if (row.layout === "excel-v1") return joined;
  return count === 0 ? null : parseString(joined);
}

/** The cells of the row that stores `value` under `key`, from column A: key, count, value cells. */
export function encodeStateRow(key: string, value: string): string[] {
  const chunks = chunkString(encodeValue(value), STATE_CHUNK_CHARS).map((c) => CHUNK_MARK + c);
  return [key, `${COUNT_MARK}${chunks.length}`, ...chunks];
}

/** The value's JSON text, with what a cell of a file must not hold escaped (JSON.parse reads it back). */
function encodeValue(value: string): string {
  return JSON.stringify(value)
    .replace(/[\ufffe\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`)
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "\\u005f");
}

/** Cut a string into pieces of at most `size` UTF-16 units, never inside a surrogate pair. */
export function chunkString(s: string, size: number = STATE_CHUNK_CHARS): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let end = Math.min(i + size, s.length);
    const last = s.charCodeAt(end - 1);
    // A piece of one unit cannot hold a pair: then it takes the whole pair.
    if (end < s.length && last >= 0xd800 && last <= 0xdbff) end += end - i > 1 ? -1 : 1;
    out.push(s.slice(i, end));
    i = end;
  }
  return out;
}

function parseString(json: string): string | null {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

function text(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}
