import type { RangeRef } from "../core/grid";
import { lettersToCol, rangeToA1 } from "../core/grid";

/** Excel's grid: 1,048,576 rows by 16,384 columns. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Split "Sheet1!A1:B2, 'It''s, here'!C3" at the commas that separate areas (not those inside quotes). */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // '' inside a quoted name toggles twice: harmless
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

function stripSheet(area: string): string {
  const bang = area.lastIndexOf("!");
  return (bang >= 0 ? area.slice(bang + 1) : area).replace(/\$/g, "");
}

/** One end of an area: "B7", "B" (whole column) or "7" (whole row). */
function parseEnd(s: string): { row?: number; col?: number } | null {
  const m = /^([A-Za-z]{0,3})(\d{0,7})$/.exec(s);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  const end: { row?: number; col?: number } = {};
  if (m[1] !== "") end.col = lettersToCol(m[1]);
  if (m[2] !== "") end.row = Number(m[2]) - 1;
  if ((end.col !== undefined && end.col < 0) || (end.row !== undefined && end.row < 0)) return null;
  return end;
}

/** One A1 area ("B7", "A1:C3", "A:C", "3:5", with or without sheet and $) as a RangeRef. */
export function parseArea(area: string): RangeRef | null {
  const [a, b, extra] = stripSheet(area).split(":");
  if (extra !== undefined) return null;
  const p = parseEnd(a);
  const q = b === undefined ? p : parseEnd(b);
  if (!p || !q) return null;
  if ((p.row === undefined) !== (q.row === undefined) || (p.col === undefined) !== (q.col === undefined)) return null;
  const top = p.row ?? 0;
  const bottom = q.row ?? MAX_ROWS - 1;
  const left = p.col ?? 0;
  const right = q.col ?? MAX_COLS - 1;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}

/** A RangeAreas address ("Sheet1!A1:B4, Sheet1!D1:D4") as RangeRefs; null when any part is unreadable. */
export function parseAreas(address: string): RangeRef[] | null {
  const out: RangeRef[] = [];
  for (const part of splitAreas(address)) {
    const r = parseArea(part);
    if (!r) return null;
    out.push(r);
  }
  return out;
}

/** A1 address of a range, without sheet name. */
export function a1(range: RangeRef): string {
  return rangeToA1(range);
}

/** "$3:$5": whole rows, as setPrintTitleRows wants them. */
export function rowsA1(first: number, last: number): string {
  return `$${first + 1}:$${last + 1}`;
}
