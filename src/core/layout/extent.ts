import type { GridView } from "../grid";
import type { Recognition } from "./types";
import { isHeaderRow } from "./header";

const SIGNATURE =
  /^(nip\b|nip\.|mengetahui|menyetujui|kepala\b|plt\.?\s|plh\.?\s|pj\.\s|sekretaris\b|ditetapkan\b|pembina\b|penata\b|a\.n\.|an\.\s|bupati\b|wali ?kota\b|gubernur\b)/i;
const PLACE_DATE = /^[A-Z][A-Za-z .'-]{2,30},\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}$/;
/** A draft's place and date, a gap where the day is to be written: "Klaten,      Januari 2026", "Klaten, ... Januari 2026" (as typed: the cell's text folds the spaces). */
const DRAFT_DATE = /^\s*[A-Z][A-Za-z .'-]{2,30},(?:[ \t\u00a0]{3,}|\s*[._…]{2,}\s*)[A-Za-z]+\s+\d{4}\s*$/;
/** The first line of a sign-off block: it ends the table even with no empty row above it. */
const SIGN_OFF_OPENING = /^(?:(?:mengetahui|menyetujui|disahkan(?: oleh)?)\s*[,:]?|ditetapkan\s+di\b.*)$/i;

/**
 * Whether a cell's text opens a sign-off block (SIGN_OFF_OPENING, PLACE_DATE or DRAFT_DATE). Every row of a
 * table is asked: the expressions run only on texts that can match them (an opening word starts
 * with m or d; a place and date ends with its year's digit).
 */
function opensWith(t: string, view: GridView, row: number, col: number): boolean {
  const first = t.charCodeAt(0) | 0x20;
  if ((first === 0x6d || first === 0x64) && SIGN_OFF_OPENING.test(t)) return true;
  const last = t.charCodeAt(t.length - 1);
  return last >= 48 && last <= 57 && (PLACE_DATE.test(t) || DRAFT_DATE.test(view.rawText(row, col)));
}

/** Whether the cell is covered by a merged area that starts on a row above (its text is that row's). */
function mergedFromAbove(view: GridView, row: number, col: number): boolean {
  return view.isCovered(row, col) && (view.mergeAt(row, col)?.top ?? row) < row;
}

function rowHasContent(view: GridView, row: number, cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (mergedFromAbove(view, row, c)) continue;
    if (view.text(row, c) !== "") return true;
  }
  return false;
}

/** A numbered or numeric cell ("1", "a.", "(2)", "II."): a row of the table, never a signature line. */
const NUMBERED = /^(?:\d|\(\d|[A-Za-z]\s*[.)]\s|[IVX]{1,4}\s*[.)])/;

/**
 * Whether the row starts the sign-off block under the table. A row of the block: signature lines
 * ("Kepala Dinas ...", "Contoh, 5 Januari 2026") make more than half of its filled cells (half,
 * beside an opening line: "Mengetahui," / "Yang membuat,") and none is numbered; a data row naming
 * its Penanggung Jawab ("Kepala Bidang ...") beside its name, indicator, target or quarters is none.
 * It starts the block after an empty row (`afterBlank`), or right under the table when it opens
 * with a place and date or "Mengetahui,". One pass over the row, left at its first numbered cell:
 * every row of a table is asked.
 */
function startsSignOff(view: GridView, row: number, left: number, right: number, afterBlank: boolean): boolean {
  let filled = 0;
  let signs = 0;
  let opening = false;
  for (let c = left; c <= right; c++) {
    if (view.isCovered(row, c)) continue;
    const t = view.text(row, c);
    if (!t) continue;
    filled++;
    const opens = opensWith(t, view, row, c);
    if (opens) opening = true;
    if (opens || SIGNATURE.test(t)) signs++;
    else if (NUMBERED.test(t)) return false;
  }
  if (!afterBlank && !opening) return false;
  return signs * 2 > filled || (opening && signs * 2 >= filled);
}

/** Where a table's data ends, and the row where another table's header begins below it (null when none does). */
export interface DataExtent {
  bottom: number;
  nextTable: number | null;
}

/** Rows that may stand between an empty row and another table's header: its title ("PERJANJIAN KINERJA TAHUN 2026"). */
const TITLE_ROWS = 2;

/**
 * The last data row of the table whose header spans rows headerTop..dataTop-1: the last row with
 * content in the table's columns, stopping before a signature block that follows a blank row or
 * opens with a place and date or "Mengetahui," right under the table, and before another table:
 * a header row of other labels (not the table's own header repeated) after an empty row and at
 * most TITLE_ROWS rows of its title (a Perjanjian Kinerja under its Rencana Aksi).
 */
export function findDataBottom(view: GridView, headerTop: number, dataTop: number, left: number, right: number): DataExtent {
  const cols: number[] = [];
  for (let c = left; c <= right; c++) cols.push(c);
  const end = view.top + view.rows;
  let last = dataTop - 1;
  let blankRun = 0;
  /** The last data row before the latest empty row, and the rows with content since that empty row (-1: none yet). */
  let lastBeforeBlank = last;
  let sinceBlank = -1;
  for (let r = dataTop; r < end; r++) {
    if (!rowHasContent(view, r, cols)) {
      if (blankRun === 0 && sinceBlank !== 0) lastBeforeBlank = last;
      blankRun++;
      sinceBlank = 0;
      continue;
    }
    if (startsSignOff(view, r, left, right, blankRun > 0)) break;
    if (opensNotes(view, r, left, right) && !ownHeaderBelow(view, headerTop, dataTop, left, right, r + 1)) break;
    if (sinceBlank >= 0 && sinceBlank <= TITLE_ROWS && isHeaderRow(view, r, left, right) && !repeatsOwnHeader(view, headerTop, dataTop, left, right, r)) {
      return { bottom: lastBeforeBlank, nextTable: r };
    }
    if (sinceBlank >= 0) sinceBlank++;
    blankRun = 0;
    last = r;
  }
  return { bottom: last, nextTable: null };
}

/** A notes label: "Catatan:", "Keterangan :", "NB:", "Penjelasan pelaksanaan:", "Catatan : target ..." (the label and its text in one cell). */
const NOTES = /^(?:catatan|keterangan|ket|n\.?\s?b|penjelasan)(?:\s*(?::|$)|\s+[^:]{1,30}:)/i;

/**
 * Whether the row opens the notes under the table ("Catatan:" then its numbered points): its first
 * filled cell, in the table's first two columns (a remark in a Keterangan column belongs to its row),
 * is a notes label.
 */
export function opensNotes(view: GridView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    if (view.isCovered(row, c)) continue;
    const t = view.text(row, c);
    if (t) return c <= left + 1 && NOTES.test(t);
  }
  return false;
}

/** Whether the table's own header is repeated at or below the row: the table goes on after a note between its pages. */
function ownHeaderBelow(view: GridView, headerTop: number, dataTop: number, left: number, right: number, from: number): boolean {
  for (let r = from; r < view.top + view.rows; r++) if (repeatsOwnHeader(view, headerTop, dataTop, left, right, r)) return true;
  return false;
}

function repeatsOwnHeader(view: GridView, headerTop: number, dataTop: number, left: number, right: number, row: number): boolean {
  for (let h = headerTop; h < dataTop; h++) if (repeatsHeaderRow(view, headerTop, left, right, row, h)) return true;
  return false;
}

/**
 * Whether the row repeats header row h: the same cells, two at least; or one (a group label alone,
 * "Triwulan" over its merged quarters) right under a row that repeats the header row above h.
 */
function repeatsHeaderRow(view: GridView, headerTop: number, left: number, right: number, row: number, h: number): boolean {
  const filled = sameCells(view, row, h, left, right);
  if (filled >= 2) return true;
  return filled === 1 && h > headerTop && repeatsHeaderRow(view, headerTop, left, right, row - 1, h - 1);
}

/** How many filled cells the two rows share when every column holds the same text (cells merged from above or the left read empty); -1 when one differs. */
function sameCells(view: GridView, a: number, b: number, left: number, right: number): number {
  let filled = 0;
  for (let c = left; c <= right; c++) {
    const x = view.isCovered(a, c) ? "" : view.text(a, c);
    const y = view.isCovered(b, c) ? "" : view.text(b, c);
    if (x.toLowerCase() !== y.toLowerCase()) return -1;
    if (x !== "") filled++;
  }
  return filled;
}

/**
 * Whether the row belongs to notes written between two printed pages of the table: from a notes
 * label ("Penjelasan:", "Catatan:") down to the table's header repeated (`notes`: the row such
 * notes opened on, -1 when none is open). Returns the open notes' row for the next row.
 */
export function notesBetweenPages(view: GridView, rec: Pick<Recognition, "headerTop" | "dataTop" | "range">, row: number, notes: number): number {
  if (notes < 0) return opensNotes(view, row, rec.range.left, rec.range.right) ? row : -1;
  return repeatsHeader(view, rec, row) ? -1 : notes;
}

/**
 * Whether a data row repeats one of the header's rows cell for cell: the header again on each page
 * of a table converted from a PDF, or over a second table of the same columns below the first.
 */
export function repeatsHeader(view: GridView, rec: Pick<Recognition, "headerTop" | "dataTop" | "range">, row: number): boolean {
  return repeatsOwnHeader(view, rec.headerTop, rec.dataTop, rec.range.left, rec.range.right, row);
}

/** "URUSAN PEMERINTAHAN WAJIB ...", "2.17 URUSAN PEMERINTAHAN BIDANG ...": the nomenclature's urusan or bidang above its programmes. */
const URUSAN_HEADING = /^(?:[\dX]{1,2}(?:\.[\dX]{1,2})?\.?\s+)?urusan\s+(?:pemerintahan|wajib|pilihan)\b/i;

/**
 * A row naming an urusan or bidang (tables exported with their codes write them above the
 * programmes): a heading, no level of the plan, no Sasaran nor Kegiatan.
 */
export function urusanHeading(view: GridView, row: number, roleCols: readonly { role: string; col: number }[]): boolean {
  for (const { role, col } of roleCols) {
    if (role === "indikator" || role === "indikatorSasaran" || role === "indikatorProgram" || view.isCovered(row, col)) continue;
    const t = view.text(row, col);
    if (t) return URUSAN_HEADING.test(t);
  }
  return false;
}
