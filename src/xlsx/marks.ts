import type { Finding } from "../core/finding";
import { toA1 } from "../core/grid";
import { MARKS_KEY, decodeMarks, encodeMarks, type CellFill } from "../core/state/marks";
import { cellId, cellsToRead, missingSheet, planMarks, recordedMarks, wantedMarks } from "../core/state/markPlan";
import type { BookSheet, PackageBook } from "./book";
import { XlsxWorkbookError } from "./errors";
import { editSheet, type CellWrite, type TagNames } from "./sheetEdit";
import { styleAt, type CellRec, type RowRec } from "./sheetPart";
import { readStateRows, writeState } from "./stateRows";

/**
 * mark() and clearMarks() of the package adapter: what to paint, restore and
 * record is src/core/state/markPlan.ts (the same for every adapter); here the
 * cells' style indexes change, each to a style like its own with the new fill
 * (StyleSheet.withFill), and a fill is restored as the very <fill> element it
 * had. Cells of protected sheets are left unpainted: the sheet's owner locked
 * their formatting.
 */

/** The key the ExcelJS-based adapter kept its marks under: a readable row is dropped, an unreadable one refused. */
export const LEGACY_MARKS_KEY = "marks";

export function markCells(book: PackageBook, find: (sheet: string) => BookSheet | undefined, findings: readonly Finding[]): void {
  const rows = readStateRows(book);
  const saved = rows.get(MARKS_KEY);
  const legacy = rows.get(LEGACY_MARKS_KEY);
  const current = saved ? (saved.value === null ? null : decodeMarks(saved.value)) : [];
  if (current === null || (legacy && legacy.value === null)) throw new XlsxWorkbookError("workbook.marksUnreadable");
  const exists = (sheet: string) => find(sheet) !== undefined;
  const missing = missingSheet(findings, exists);
  if (missing !== undefined) throw new XlsxWorkbookError("workbook.markSheetMissing", { sheet: missing });

  const partOf = (sheet: string) => {
    const path = find(sheet)?.path;
    return path ? { path, part: book.sheetPart(path) } : undefined;
  };
  const open = (sheet: string) => partOf(sheet)?.part.protected === false;
  const recorded = recordedMarks(current, exists);
  const wanted = wantedMarks(findings.filter((f) => open(f.sheet)), (sheet) => extent(partOf(sheet)?.part));
  const styles = book.styles();
  const fills = new Map<string, CellFill>();
  for (const c of cellsToRead(recorded, wanted)) {
    const at = partOf(c.s);
    if (!at) continue;
    const xf = styleAt(at.part, c.r, c.c, true);
    const xml = styles.fillXml(xf);
    fills.set(cellId(c.s, c.r, c.c), xml === null ? styles.fill(xf) : { ...styles.fill(xf), file: { xml } });
  }
  const plan = planMarks(recorded, wanted, (s, r, c) => fills.get(cellId(s, r, c)));
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of plan.writes) {
    const at = partOf(w.s);
    if (!at || at.part.protected) continue;
    const s = styles.withFill(styleAt(at.part, w.r, w.c), restoreForm(w.fill));
    const list = bySheet.get(at.path) ?? [];
    list.push({ row: w.r, col: w.c, make: (old, oldXml, tag) => withStyle(old, oldXml, tag, w.r, w.c, s) });
    bySheet.set(at.path, list);
  }
  for (const [path, writes] of bySheet) {
    const next = editSheet(book.text(path) ?? "", book.sheetPart(path), writes);
    if (next !== null) book.setText(path, next);
  }
  if (legacy) writeState(book, LEGACY_MARKS_KEY, null);
  const record = encodeMarks(plan.next);
  if (record !== (saved?.value ?? null)) writeState(book, MARKS_KEY, record);
}

/** Rows and columns a sheet has records for (finding ranges are clipped to them). */
function extent(part: { rows: readonly RowRec[] } | undefined): { rows: number; cols: number } | undefined {
  if (!part) return undefined;
  let rows = 0;
  let cols = 0;
  for (const r of part.rows) {
    if (!r.count) continue;
    rows = Math.max(rows, r.row + 1);
    cols = Math.max(cols, r.lastCol() + 1);
  }
  return { rows, cols };
}

/** A cell with another style index: the same element with its s attribute changed, or a new empty cell. */
function withStyle(old: CellRec | null, oldXml: string | null, tag: TagNames, row: number, col: number, s: number): string {
  if (!old || oldXml === null) return `<${tag.c} r="${toA1({ row, col })}"${s ? ` s="${s}"` : ""}/>`;
  const open = /^<[^>]*?(\/?)>/.exec(oldXml)!;
  let head = open[0].replace(/\s+s="[^"]*"/, "");
  head = head.replace(/(\s*\/?>)$/, `${s ? ` s="${s}"` : ""}$1`);
  return head + oldXml.slice(open[0].length);
}

/** A recorded fill as StyleSheet.withFill takes it: the file's own <fill> when this adapter kept it, else the plain words. */
function restoreForm(fill: CellFill): CellFill | { xml: string } {
  const file = fill.file as { xml?: unknown } | undefined;
  if (file && typeof file.xml === "string") return { xml: file.xml };
  const { file: _drop, ...plain } = fill;
  return plain;
}

