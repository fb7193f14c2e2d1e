/** Addresses for the fake, written independently of src/excel/address.ts. */
import type { RangeRef } from "../../../src/core/grid";

export const ROWS = 1_048_576;
export const COLS = 16_384;

function col(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

export function letters(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B7", "A1:C3", "A:B", "3:4" (no sheet). */
export function parse(address: string): RangeRef {
  const [a, b = a] = address.replace(/\$/g, "").split(":");
  const end = (s: string): { r?: number; c?: number } => {
    const m = /^([A-Z]*)(\d*)$/i.exec(s);
    if (!m) throw new Error(`fake: bad address ${address}`);
    return { c: m[1] ? col(m[1]) : undefined, r: m[2] ? Number(m[2]) - 1 : undefined };
  };
  const p = end(a);
  const q = end(b);
  return { top: p.r ?? 0, left: p.c ?? 0, bottom: q.r ?? ROWS - 1, right: q.c ?? COLS - 1 };
}

export function format(r: RangeRef, sheet?: string): string {
  const prefix = sheet === undefined ? "" : `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`}!`;
  if (r.left === 0 && r.right === COLS - 1) return `${prefix}${r.top + 1}:${r.bottom + 1}`;
  if (r.top === 0 && r.bottom === ROWS - 1) return `${prefix}${letters(r.left)}:${letters(r.right)}`;
  const a = `${letters(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? prefix + a : `${prefix}${a}:${letters(r.right)}${r.bottom + 1}`;
}

export function intersect(a: RangeRef, b: RangeRef): RangeRef | null {
  if (a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left) return null;
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top > r.bottom || r.left > r.right ? null : r;
}
