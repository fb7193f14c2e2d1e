/**
 * The record of the Keputusan sheet the add-in wrote, kept in the hidden state
 * sheet (src/core/state) under DECREE_SHEET_KEY: which sheet it is, what it was
 * made from (metadata, paper, NIP spacing) and a fingerprint of its text. A
 * sheet is the add-in's own when the record names it and its text is still the
 * fingerprinted one: a sheet the user made, or changed since, is never
 * replaced. Earlier versions stay, so a rerun can be undone: the sheet is made
 * again from the version before (decreeSheet gives the same sheet from the same
 * inputs).
 */
import type { Grid } from "../grid";
import type { Paper, SheetSpec } from "../sheetspec";
import { mergeMeta } from "./merge";
import { emptyMeta, type DecreeMeta } from "./meta";

export const DECREE_SHEET_KEY = "decree.sheet";
/** Reruns that can be undone. */
export const DECREE_UNDO_DEPTH = 5;

/** What one version of the sheet was made from, and its fingerprint. */
export interface DecreeVersion {
  meta: DecreeMeta;
  paper: Paper;
  nipGrouped: boolean;
  fingerprint: string;
}

export interface DecreeRecord {
  /** The sheet's name when it was written. */
  sheet: string;
  current: DecreeVersion;
  /** Earlier versions, the latest last. */
  undo: DecreeVersion[];
}

/** The fingerprint of the text of cells (row, column, value; empty cells left out), in any order. */
function fingerprintOf(cells: { row: number; col: number; value: unknown }[]): string {
  const lines = cells
    .filter((c) => c.value !== null && c.value !== undefined && c.value !== "")
    .map((c) => `${c.row},${c.col}=${String(c.value)}`)
    .sort();
  // cyrb53: a 53-bit string hash, enough to tell one text from another.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const ch of lines.join("\n")) {
    const code = ch.codePointAt(0)!;
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${lines.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** The fingerprint of the text a spec writes. */
export function specFingerprint(spec: SheetSpec): string {
  const merged = new Set<string>();
  for (const m of spec.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) merged.add(`${r},${c}`);
  }
  return fingerprintOf(spec.cells.filter((c) => !merged.has(`${c.row},${c.col}`)));
}

/** The fingerprint of a sheet's text as read. */
export function gridFingerprint(grid: Grid): string {
  const cells: { row: number; col: number; value: unknown }[] = [];
  grid.values.forEach((row, r) => row.forEach((value, c) => cells.push({ row: grid.origin.row + r, col: grid.origin.col + c, value })));
  return fingerprintOf(cells);
}

/** A new record: a sheet written for the first time, or again (the version before kept for undo). */
export function recordVersion(before: DecreeRecord | null, sheet: string, version: DecreeVersion): DecreeRecord {
  const undo = before ? [...before.undo, before.current].slice(-DECREE_UNDO_DEPTH) : [];
  return { sheet, current: version, undo };
}

/** The record with its latest version undone (null when there is none to undo). */
export function undoVersion(record: DecreeRecord): DecreeRecord | null {
  const previous = record.undo[record.undo.length - 1];
  return previous ? { sheet: record.sheet, current: previous, undo: record.undo.slice(0, -1) } : null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function readVersion(v: unknown): DecreeVersion | null {
  if (!isObject(v) || (v.paper !== "a4" && v.paper !== "f4") || typeof v.fingerprint !== "string" || !isObject(v.meta)) return null;
  const merged = mergeMeta(emptyMeta(), v.meta);
  if (merged.issues.length) return null;
  return { meta: merged.meta, paper: v.paper, nipGrouped: v.nipGrouped === true, fingerprint: v.fingerprint };
}

/** The record stored under DECREE_SHEET_KEY; null when absent or damaged (then no sheet counts as the add-in's own). */
export function parseDecreeRecord(json: string | null): DecreeRecord | null {
  if (json === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(raw) || typeof raw.sheet !== "string" || !Array.isArray(raw.undo)) return null;
  const current = readVersion(raw.current);
  const undo = raw.undo.map(readVersion);
  if (!current || undo.some((v) => v === null)) return null;
  return { sheet: raw.sheet, current, undo: undo as DecreeVersion[] };
}
