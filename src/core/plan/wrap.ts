import type { GridView } from "../grid";
import type { ColumnRole, Recognition } from "../layout/types";
import type { QuarterColumns } from "./quarterSet";

/**
 * Names wrapped onto the next row (the mixed and PK genres, often from a converted PDF):
 *
 *   Meningkatnya kualitas air,   | Indeks Kualitas Air | 55,20 | Pemantauan Kualitas Air dan | ...
 *   udara dan tutupan lahan      |                     |       | Sumber Pencemar             |
 *
 * A row is the rest of the row above when it says nothing of its own (no number, no target, no
 * quarterly value), every text it holds stands in a column that had text on the row above, and at
 * least one of them plainly goes on from there: it starts in lower case, or the text above ends
 * with a comma or a joining word ("dan", "dan/atau", "serta", "di", "yang" ...).
 */
const JOINING_END = /(,|\b(dan|atau|dan\/atau|serta|di|ke|dari|yang|untuk|pada|dengan|melalui|dalam|bagi|oleh|terhadap|antara))\s*$/i;
const LOWER_START = /^\p{Ll}/u;

/** The roles whose text may wrap: names, indicators, the programme beside them, the actions. */
const WRAPPING: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "tujuan", "sasaran", "indikator", "indikatorSasaran", "program", "kegiatan", "subKegiatan", "uraian", "aksi", "penanggungJawab", "keterangan",
]);

/** Whether one cell's text plainly goes on from the text above it. */
export function goesOn(above: string, text: string): boolean {
  return LOWER_START.test(text) || JOINING_END.test(above);
}

/** The columns of a wrapped row's texts (absolute), or null when the row is a row of its own. */
export function wrappedCells(view: GridView, rec: Recognition, groups: readonly QuarterColumns[], row: number): number[] | null {
  if (rec.genre === "nomenklatur" || row <= rec.dataTop) return null;
  const cols = rec.columns;
  const own = (c: number | undefined): boolean => c !== undefined && !view.isCovered(row, c) && view.text(row, c) !== "";
  if (own(cols.no) || own(cols.target) || own(cols.kode)) return null;
  for (const { cols: q } of groups) for (let i = 0; i < 4; i++) if (own(q[i])) return null;
  const cells: number[] = [];
  let plainly = false;
  for (const h of rec.headers) {
    if (!own(h.col)) continue;
    const role = h.role ?? (rec.aksiColumns.includes(h.col) ? "aksi" : null);
    if (!role || !WRAPPING.has(role)) return null; // a text where no name goes: not a wrapped name
    const above = view.isCovered(row - 1, h.col) ? "" : view.text(row - 1, h.col);
    if (above === "") return null; // nothing above to go on from
    plainly = plainly || goesOn(above, view.text(row, h.col));
    cells.push(h.col);
  }
  return plainly && cells.length > 0 ? cells : null;
}
