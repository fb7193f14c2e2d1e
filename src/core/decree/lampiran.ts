/**
 * The annex heading above the plan table ("Lampiran I : KEPUTUSAN ...",
 * NOMOR, TANGGAL, TENTANG). Written only into empty rows; when there is no
 * room, the answer says so: nothing is moved or overwritten.
 */
import type { CellEdit } from "../edits";
import { GridView, type Grid } from "../grid";
import { msg } from "../i18n";
import type { Text } from "../i18n/types";
import type { Recognition } from "../layout/types";
import { formatTanggal } from "./dates";
import { docText } from "./labels";
import type { DecreeMeta } from "./meta";

/** Where the plan table stands: its sheet, header row, left column, title row if any. */
export interface LampiranAnchor {
  sheet: string;
  headerTop: number;
  left: number;
  titleRow?: number | null;
}

export type LampiranHeadingResult = { edits: CellEdit[] } | { noRoom: Text };

export function lampiranAnchor(rec: Recognition): LampiranAnchor {
  return { sheet: rec.sheet, headerTop: rec.headerTop, left: rec.range.left, titleRow: rec.titleRow };
}

const upper = (s: string) => s.replace(/\s+/g, " ").trim().toUpperCase();

/** The four heading lines, one per row. */
export function lampiranHeading(meta: DecreeMeta): string[] {
  const tanggal = meta.tanggal.trim();
  return [
    docText("decree.doc.lampiran", { n: meta.lampiran.trim(), penetap: upper(meta.penetap) }),
    docText("decree.doc.lampiranNomor", { nomor: meta.nomor.trim() }),
    docText("decree.doc.lampiranTanggal", { tanggal: formatTanggal(tanggal) ?? tanggal }),
    docText("decree.doc.lampiranTentang", { tentang: upper(meta.tentang) }),
  ];
}

/** Rows needed: the heading plus one empty row between it and the title or table. */
const ROWS_NEEDED = 5;

export function lampiranHeadingEdits(grid: Grid, at: LampiranAnchor, meta: DecreeMeta): LampiranHeadingResult {
  const view = new GridView(grid);
  const firstCol = Math.min(view.left, at.left);
  const lastCol = Math.max(view.left + view.cols - 1, at.left);
  const limit = at.titleRow != null && at.titleRow < at.headerTop ? at.titleRow : at.headerTop;

  for (let r = 0; r < limit; r++) {
    for (let c = firstCol; c <= lastCol; c++) {
      if (/^lampiran\b/i.test(view.text(r, c))) {
        return { noRoom: msg("decree.lampiran.exists", { sheet: at.sheet, row: String(r + 1) }) };
      }
    }
  }
  const rowEmpty = (r: number) => {
    for (let c = firstCol; c <= lastCol; c++) if (!view.isEmpty(r, c)) return false;
    return view.mergeAt(r, at.left) === undefined;
  };
  // The lowest block of empty rows above the title: the heading sits right over it.
  for (let start = limit - ROWS_NEEDED; start >= 0; start--) {
    let free = true;
    for (let r = start; r < start + ROWS_NEEDED && free; r++) free = rowEmpty(r);
    if (!free) continue;
    const edits = lampiranHeading(meta).map((value, i): CellEdit => {
      const row = start + i;
      return {
        sheet: at.sheet, row, col: at.left, value,
        previous: { value: view.rawValue(row, at.left), format: view.format(row, at.left) },
      };
    });
    return { edits };
  }
  return { noRoom: msg("decree.lampiran.noRoom", { sheet: at.sheet, rows: String(ROWS_NEEDED) }) };
}
