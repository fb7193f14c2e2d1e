import type { GridView } from "../grid";

const SIGNATURE =
  /^(nip\b|nip\.|mengetahui|menyetujui|kepala\b|plt\.?\s|plh\.?\s|pj\.\s|sekretaris\b|ditetapkan\b|pembina\b|penata\b|a\.n\.|an\.\s|bupati\b|wali ?kota\b|gubernur\b)/i;
const PLACE_DATE = /^[A-Z][A-Za-z .'-]{2,30},\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}$/;

function rowHasContent(view: GridView, row: number, cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (view.isCovered(row, c) && (view.mergeAt(row, c)?.top ?? row) < row) continue; // merged down from above
    if (view.text(row, c) !== "") return true;
  }
  return false;
}

function rowIsSignature(view: GridView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const t = view.text(row, c);
    if (t && (SIGNATURE.test(t) || PLACE_DATE.test(t))) return true;
  }
  return false;
}

/**
 * The last data row of the table starting at dataTop: the last row with content in the
 * table's columns, stopping before a signature block that follows a blank row.
 */
export function findDataBottom(view: GridView, dataTop: number, left: number, right: number): number {
  const cols: number[] = [];
  for (let c = left; c <= right; c++) cols.push(c);
  const end = view.top + view.rows;
  let last = dataTop - 1;
  let blankRun = 0;
  for (let r = dataTop; r < end; r++) {
    if (!rowHasContent(view, r, cols)) {
      blankRun++;
      continue;
    }
    if (blankRun > 0 && rowIsSignature(view, r, left, right)) break;
    blankRun = 0;
    last = r;
  }
  return last;
}
