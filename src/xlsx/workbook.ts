import type * as ExcelJS from "exceljs";
import type { CellEdit } from "../core/edits";
import type { Finding } from "../core/finding";
import type { Grid, RangeRef } from "../core/grid";
import { readWorkbookBasic, updateWorkbookBasic, type Workbook, type WorkbookDecision, type WorkbookRead, type WorkbookSnapshot } from "../core/port";
import { uniqueSheetName, type SheetSpec } from "../core/sheetspec";
import { addSpecSheet } from "./addsheet";
import { gridFromWorksheet, type GridOptions } from "./grid";
import { MARKS_KEY, decodeMarks, encodeMarks } from "../core/state/marks";
import { cellId, cellsToRead, missingSheet, planMarks, recordedMarks, wantedMarks } from "../core/state/markPlan";
import { XlsxWorkbookError } from "./errors";
import { LEGACY_MARKS_KEY, legacyMarks, readFills, sheetExists, sheetExtent, writeFills } from "./marks";
import { STATE_SHEET, readStateRows, writeState } from "./state";
import { numFmtPart, setCellStyle } from "./styles";
import { VALUE_TYPE, fromCellValue } from "./values";
import { activateSheet, findSheet, savedCursor, setActiveCell } from "./views";

/** The Workbook port over an in-memory ExcelJS workbook (CLI, preview page, tests). */
export class XlsxWorkbook implements Workbook {
  private lastSelection: { sheet: string; range: RangeRef } | null = null;

  constructor(
    readonly book: ExcelJS.Workbook,
    private readonly gridOptions: GridOptions = {},
  ) {}

  /** Visible worksheets in workbook order (hidden, very hidden and the state sheet are left out). */
  async sheets(): Promise<string[]> {
    return this.book.worksheets.filter((ws) => isVisible(ws)).map((ws) => ws.name);
  }

  /** The used range of a sheet; an unknown sheet reads as an empty grid. */
  async readGrid(sheet: string): Promise<Grid> {
    const ws = findSheet(this.book, sheet);
    if (!ws) return { sheet, origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [], hiddenRows: [], hiddenCols: [] };
    return gridFromWorksheet(ws, this.gridOptions);
  }

  /** In memory there are no round trips to save: the port's meaning, through sheets/readGrid/loadState. */
  readGrids(request?: WorkbookRead): Promise<WorkbookSnapshot> {
    return readWorkbookBasic(this, request);
  }

  /** Read, decide, then stateBefore, edits, stateAfter (see updateWorkbookBasic). */
  update<T>(request: WorkbookRead, decide: (snapshot: WorkbookSnapshot) => WorkbookDecision<T> | Promise<WorkbookDecision<T>>): Promise<T> {
    return updateWorkbookBasic(this, request, decide);
  }

  /**
   * Write each edit's value, and its number format when given ("General"
   * removes the format). Edits on unknown sheets are skipped, and so are values
   * aimed at a cell covered by a merge (ExcelJS would write them into the
   * merge's top-left cell). A formula in an edited cell is replaced by the
   * value; an edit with a formula (an undo giving one back) writes the formula
   * with the value as its last result.
   */
  async applyEdits(edits: readonly CellEdit[]): Promise<void> {
    for (const e of edits) {
      const ws = findSheet(this.book, e.sheet);
      if (!ws) continue;
      const cell = ws.getCell(e.row + 1, e.col + 1);
      if (e.format !== undefined) setCellStyle(cell, { numFmt: numFmtPart(e.format) });
      if (cell.type === VALUE_TYPE.Merge) continue;
      cell.value = e.formula === undefined ? fromCellValue(e.value, cell.numFmt) : formulaValue(e.formula, fromCellValue(e.value, cell.numFmt));
    }
  }

  /** Add the sheet under a name not yet taken; activates it unless opts.activate is false. */
  async addSheet(spec: SheetSpec, opts?: { activate?: boolean }): Promise<string> {
    const name = uniqueSheetName(spec.name, this.book.worksheets.map((ws) => ws.name).concat(STATE_SHEET));
    const ws = addSpecSheet(this.book, spec, name);
    if (opts?.activate !== false) activateSheet(this.book, ws);
    return name;
  }

  /**
   * Paint the cells of the findings and replace the previous marks (see
   * src/core/state/markPlan.ts): cells no longer flagged get their fill back.
   * Ranges are clipped to the sheet's extent. A record this adapter wrote
   * under its former key is taken over. Refused, with nothing written, when
   * the record cannot be read or a finding names a sheet that is gone.
   */
  async mark(findings: readonly Finding[]): Promise<void> {
    const rows = readStateRows(this.book);
    const saved = rows.get(MARKS_KEY);
    const legacy = rows.get(LEGACY_MARKS_KEY);
    const current = saved ? (saved.value === null ? null : decodeMarks(saved.value)) : [];
    const former = legacy ? (legacy.value === null ? null : legacyMarks(this.book, legacy.value)) : [];
    if (current === null || former === null) throw new XlsxWorkbookError("workbook.marksUnreadable");
    const exists = sheetExists(this.book);
    const missing = missingSheet(findings, exists);
    if (missing !== undefined) throw new XlsxWorkbookError("workbook.markSheetMissing", { sheet: missing });

    const recorded = recordedMarks([...former, ...current], exists);
    const wanted = wantedMarks(findings, sheetExtent(this.book));
    const fills = readFills(this.book, cellsToRead(recorded, wanted));
    const plan = planMarks(recorded, wanted, (s, r, c) => fills.get(cellId(s, r, c)));
    writeFills(this.book, plan.writes);
    if (legacy) writeState(this.book, LEGACY_MARKS_KEY, null);
    const record = encodeMarks(plan.next);
    if (record !== (saved?.value ?? null)) writeState(this.book, MARKS_KEY, record);
  }

  /** Every marked cell gets its previous fill back (unless the user has re-coloured it); the record is removed. */
  clearMarks(): Promise<void> {
    return this.mark([]);
  }

  /**
   * Activate the sheet and put the cursor on the range's top-left cell (see
   * views.ts for what ExcelJS can store). A sheet that does not exist or is
   * hidden is a no-op. The last selection is kept for the preview page.
   */
  async select(sheet: string, range: RangeRef): Promise<void> {
    const ws = findSheet(this.book, sheet);
    if (!ws || !isVisible(ws)) return;
    activateSheet(this.book, ws);
    setActiveCell(ws, range);
    this.lastSelection = { sheet: ws.name, range };
  }

  /**
   * The range last passed to select(); before any, the cursor saved in the
   * file (active sheet, active cell) when that sheet is visible; else null.
   */
  async selection(): Promise<{ sheet: string; range: RangeRef } | null> {
    if (this.lastSelection) return this.lastSelection;
    const saved = savedCursor(this.book);
    return saved && isVisible(saved.sheet) ? { sheet: saved.sheet.name, range: saved.range } : null;
  }

  /** The key's value; null when absent or when its row cannot be read. */
  async loadState(key: string): Promise<string | null> {
    return readStateRows(this.book).get(key)?.value ?? null;
  }

  /** Only the key's own row is written (see state.ts). */
  async saveState(key: string, value: string | null): Promise<void> {
    writeState(this.book, key, value);
  }
}

/** An ExcelJS formula value: the formula without its "=", and its last result (none for an empty one). */
function formulaValue(formula: string, result: ExcelJS.CellValue): ExcelJS.CellFormulaValue {
  const value: ExcelJS.CellFormulaValue = { formula: formula.replace(/^=/, "") };
  if (result !== null && result !== undefined) value.result = result as ExcelJS.CellFormulaValue["result"];
  return value;
}

function isVisible(ws: ExcelJS.Worksheet): boolean {
  return (ws.state ?? "visible") === "visible" && ws.name.toLowerCase() !== STATE_SHEET;
}
