/**
 * Write metadata back into an existing Info Keputusan sheet (the task pane's
 * form saves this way): cell edits that keep the previous values, so every
 * save can be undone. Rows are found by key wherever they stand; missing keys
 * get new rows under the last used row; list items that no longer exist are
 * emptied. Reading the sheet back then gives the metadata written.
 */
import type { CellEdit } from "../edits";
import { GridView, type CellValue, type Grid } from "../grid";
import type { Lang } from "../i18n/types";
import { findKeyColumn, findValueColumn, infoKeyName, parseInfoKey } from "./infoRead";
import { infoRows } from "./infoSheet";
import { fieldLabel } from "./labels";
import type { DecreeMeta } from "./meta";

/** Text format: a NIP or a date written here stays text. The adapter sets it before the value. */
const TEXT = "@";

/** The edits, or null when the grid is not an Info Keputusan sheet (no keys found). */
export function infoSheetEdits(grid: Grid, meta: DecreeMeta, lang: Lang = "id"): CellEdit[] | null {
  const view = new GridView(grid);
  const keyCol = findKeyColumn(view);
  if (keyCol === null) return null;
  const { headerRow, valueCol } = findValueColumn(view, keyCol);
  const labelCol = valueCol - 1 > keyCol ? valueCol - 1 : null;

  const rowOf = new Map<string, number>();
  const firstRow = headerRow === null ? view.top : headerRow + 1;
  let lastUsed = view.top + view.rows - 1;
  for (let r = firstRow; r < view.top + view.rows; r++) {
    const key = parseInfoKey(view.text(r, keyCol));
    if (key && !rowOf.has(infoKeyName(key))) rowOf.set(infoKeyName(key), r);
  }

  const edits: CellEdit[] = [];
  const set = (row: number, col: number, value: CellValue, format?: string) => {
    const previous = { value: view.rawValue(row, col), format: view.format(row, col) };
    const same = previous.value === value || (value === "" && previous.value === null);
    if (same && (format === undefined || previous.format === format)) return;
    edits.push({ sheet: grid.sheet, row, col, value, format, previous });
  };

  const wanted = infoRows(meta);
  const wantedKeys = new Set(wanted.map((r) => r.key));
  for (const { key, value } of wanted) {
    const row = rowOf.get(key);
    if (row !== undefined) {
      set(row, valueCol, value, TEXT);
      continue;
    }
    const added = ++lastUsed;
    set(added, keyCol, key);
    if (labelCol !== null) set(added, labelCol, fieldLabel(key)[lang]);
    set(added, valueCol, value, TEXT);
  }
  // List items beyond the new length: emptied, so they are not read back.
  for (const [key, row] of rowOf) {
    if (/\.\d+$/.test(key) && !wantedKeys.has(key)) set(row, valueCol, "");
  }
  return edits;
}
