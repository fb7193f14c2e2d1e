import type { GridView } from "../grid";
import type { Recognition } from "../layout/types";

/**
 * What the No column's numbers say about the levels, read once per table:
 * - deep: it numbers four levels deep ("1.1.1.1"): its plain numbers are then the Sasaran;
 * - running: its numbers count the rows 1, 2, 3, ... (with or without a dot): they say nothing about the level.
 */
export interface NoColumn {
  deep: boolean;
  running: boolean;
}

const DEEP_OUTLINE = /^\d{1,2}(?:\.\d{1,2}){3}\.?$/;
const NUMBER_DOT = /^(\d{1,4})\.?$/;
/** Fewer rows than this counted 1, 2, 3 may be a level's own numbers (Program 1., 2.). */
const MIN_RUNNING = 3;

export function readNoColumn(view: GridView, rec: Recognition): NoColumn {
  const col = rec.columns.no;
  if (col === undefined) return { deep: false, running: false };
  let deep = false;
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
