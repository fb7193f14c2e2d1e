import type { CellRef } from "../grid";
import type { AksiStep } from "./types";

/** A step's own numbering or bullet: "1.", "1)", "(1)", "a.", "-", "•", "*". */
const MARK = /^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-–•*·●▪]|\d{1,2}\s*[-–])\s*/i;
/** Inline numbering inside one line: " 2. Melaksanakan", " 3) Menyusun" (a capital or a lower-case word after it). */
const INLINE = /\s(\d{1,2})[.)]\s+(?=\p{L})/gu;

/**
 * The numbered steps written on one line ("1. Menyusun ... 2. Melaksanakan ..."): split where the
 * numbers run on in order from the line's own number, and only then (a "2." inside a name is not a
 * step). The line's number is 1, or the one after the last number of the lines above it ("1. ...\n2.
 * Verifikasi 3. Penerbitan": a line break forgotten before "3."). Gives the parts and the last number
 * (0 for a line not so numbered).
 */
function inlineSteps(line: string, before: number): { parts: string[]; last: number } {
  const first = /^\s*\(?(\d{1,2})[.)]\s/.exec(line);
  const start = first ? Number(first[1]) : 0;
  if (start === 0 || (start !== 1 && start !== before + 1)) return { parts: [line], last: 0 };
  const cuts: number[] = [];
  let next = start + 1;
  for (const m of line.matchAll(INLINE)) {
    if (Number(m[1]) !== next) continue;
    cuts.push(m.index ?? 0);
    next++;
  }
  if (cuts.length === 0) return { parts: [line], last: start };
  const parts: string[] = [];
  let from = 0;
  for (const at of cuts) {
    parts.push(line.slice(from, at));
    from = at;
  }
  parts.push(line.slice(from));
  return { parts, last: next - 1 };
}

/**
 * The steps of one Rencana Aksi cell: each line is a step, and a line numbered "1. ... 2. ..."
 * holds several; numbering and bullets are taken off, blank lines dropped. A cell without line
 * breaks or numbering is one step, commas and all (a list of measures in one sentence).
 */
export function splitSteps(text: string, cell: CellRef): AksiStep[] {
  const steps: AksiStep[] = [];
  let last = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const inline = inlineSteps(line, last);
    if (line.trim() !== "") last = inline.last;
    for (const part of inline.parts) {
      const clean = part.replace(MARK, "").trim();
      if (clean !== "" && /\p{L}/u.test(clean)) steps.push({ text: clean, cell });
    }
  }
  return steps;
}

/** An indicator's Rencana Aksi as written: one entry per cell, the steps of a cell joined with `sep`. */
export function aksiCells(steps: readonly AksiStep[], sep: string): { cell: CellRef; text: string }[] {
  const out: { cell: CellRef; text: string }[] = [];
  for (const step of steps) {
    const last = out.length > 0 ? out[out.length - 1] : null;
    if (last && last.cell.row === step.cell.row && last.cell.col === step.cell.col) last.text += sep + step.text;
    else out.push({ cell: step.cell, text: step.text });
  }
  return out;
}
