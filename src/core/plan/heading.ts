import type { GridView } from "../grid";
import type { Recognition } from "../layout/types";
import type { PlanBuilder } from "./builder";
import { splitNumbering } from "./numbering";
import type { PlanNode } from "./types";

const SASARAN_WORD = /^sasaran\b/i;

/**
 * The one text of a row written across the table, when it names a Sasaran ("Sasaran 1: Meningkatnya
 * ...", "SASARAN STRATEGIS 2 : ...", merged over the row or alone in its first cell; beside a Sasaran
 * column left empty, merged over it): its text and column, else null. A row with anything else in
 * it is no such heading.
 */
function sasaranAcross(view: GridView, rec: Recognition, row: number): { text: string; col: number } | null {
  let found: { text: string; col: number } | null = null;
  for (let c = rec.range.left; c <= rec.range.right; c++) {
    if (view.isCovered(row, c)) continue;
    const text = view.text(row, c);
    if (!text) continue;
    if (found) return null;
    found = { text, col: c };
  }
  if (!found || !SASARAN_WORD.test(found.text)) return null;
  // Beside a Sasaran column, only a text merged over it from the left, or written in the No column
  // (overflowing across the empty cells): that column's own text is read there.
  const sc = rec.columns.sasaran;
  if (sc === undefined) return found;
  const m = view.mergeAt(row, found.col);
  return found.col < sc && ((m !== undefined && m.right >= sc) || found.col === rec.columns.no) ? found : null;
}

/**
 * A Sasaran heading row across the table (the indicators under it are its own):
 * the Sasaran it starts, added to the plan, else null.
 */
export function addSasaranHeading(b: PlanBuilder, view: GridView, rec: Recognition, row: number): PlanNode | null {
  const across = sasaranAcross(view, rec, row);
  if (!across) return null;
  const s = splitNumbering(across.text);
  const node = b.add("sasaran", s.rest || across.text, s.numbering, s.code, row, across.col, -1);
  b.touch(node, row);
  return node;
}

/**
 * The owner of an indicator in an "Indikator Sasaran" column: the open Program when its name was
 * written in that same column below the Sasaran (a merged "Indikator Sasaran / Program" column holds
 * the Program's name, then its indicator), else the Sasaran.
 */
export function sasaranIndicatorOwner(b: PlanBuilder, col: number): PlanNode | null {
  const program = b.open.program;
  return program && program.cell().col === col && program.parent === b.open.sasaran ? program : b.open.sasaran;
}
