import type { GridView } from "../grid";

/** A line's own number: "1.", "2)", "(3)". */
const NUMBERED = /^\s*\(?(\d{1,2})[.)]\s*/;

/**
 * The numbered lines of a cell ("1. Persentase ...\n2. Jumlah ..."), numbering taken off, when every
 * line that is not blank is numbered 1, 2, 3 ... in order; else null.
 */
function numberedLines(text: string): string[] | null {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === "") continue;
    const m = NUMBERED.exec(line);
    if (!m || Number(m[1]) !== lines.length + 1) return null;
    const rest = line.slice(m[0].length).trim();
    if (rest === "") return null;
    lines.push(rest);
  }
  return lines.length >= 2 ? lines : null;
}

/**
 * Several indicators written in one Indikator cell merged down over their rows, one numbered line
 * each, each row with its own target ("1. Persentase ...\n2. Jumlah ..." over two rows holding "95 %"
 * and "400 Pelaku Usaha"): the line of the cell that is this row's indicator, or null when the cell
 * is not so written (one name over its step rows, lines not numbered in order, or as many lines as
 * rows with a target it does not have). The k-th row of the merged area with a target of its own
 * gets the k-th line.
 */
export function mergedIndicatorLine(view: GridView, row: number, col: number, targetCol: number | undefined): string | null {
  const m = view.mergeAt(row, col);
  if (!m || m.bottom === m.top || targetCol === undefined) return null;
  const raw = view.rawText(m.top, m.left);
  if (!raw.includes("\n")) return null;
  const lines = numberedLines(raw);
  if (!lines) return null;
  let k = -1;
  let rows = 0;
  for (let r = m.top; r <= m.bottom; r++) {
    if (view.isCovered(r, targetCol) || view.text(r, targetCol) === "") continue;
    if (r === row) k = rows;
    rows++;
  }
  return rows === lines.length && k >= 0 ? lines[k] : null;
}
