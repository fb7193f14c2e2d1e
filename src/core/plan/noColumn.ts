import type { GridView } from "../grid";
import type { Recognition } from "../layout/types";

/**
 * What the No column's numbers say about the levels, read once per table:
 * - deep: it (or the Uraian text) numbers four levels deep ("1.1.1.1"): its plain numbers are then the Sasaran;
 * - running: its numbers count the rows 1, 2, 3, ... (with or without a dot): they say nothing about the level.
 */
export interface NoColumn {
  deep: boolean;
  running: boolean;
}

const DEEP_OUTLINE = /^\d{1,2}(?:\.\d{1,2}){3}\.?$/;
const DEEP_OUTLINE_TEXT = /^\d{1,2}(?:\.\d{1,2}){3}\.?\s/;
/** A plain number before a name ("2 Meningkatnya ...", "2. Meningkatnya ..."). */
const PLAIN_NUMBER_FIRST = /^(\d{1,2})\.?\s+(?=\p{L})/u;

/** In a table numbered four deep, "2 Meningkatnya ..." in the Uraian text is Sasaran 2, as a plain 2 in the No column is. */
export function deepSasaranText(text: string): string {
  const m = PLAIN_NUMBER_FIRST.exec(text);
  return m ? `Sasaran ${m[1]} ${text.slice(m[0].length)}` : text;
}
const NUMBER_DOT = /^(\d{1,4})\.?$/;
/** Fewer rows than this counted 1, 2, 3 may be a level's own numbers (Program 1., 2.). */
const MIN_RUNNING = 3;

export function readNoColumn(view: GridView, rec: Recognition): NoColumn {
  const col = rec.columns.no;
  const uraian = rec.columns.uraian;
  let deep = false;
  if (uraian !== undefined)
    for (let row = rec.dataTop; row <= rec.dataBottom && !deep; row++) deep = DEEP_OUTLINE_TEXT.test(view.text(row, uraian));
  if (col === undefined) return { deep, running: false };
  let counted = 0;
  let running = true;
  for (let row = rec.dataTop; row <= rec.dataBottom; row++) {
    if (view.isCovered(row, col)) continue;
    const t = view.text(row, col);
    if (!t) continue;
    if (DEEP_OUTLINE.test(t)) deep = true;
    const m = NUMBER_DOT.exec(t);
    if (!m || Number(m[1]) !== counted + 1) running = false;
    else counted++;
  }
  return { deep, running: running && counted >= MIN_RUNNING };
}
