import type { CellEdit } from "../core/edits";
import type { Finding } from "../core/finding";
import { FILL_UNDO_KEY, pushUndo, undoDepth } from "../core/fill";
import { GridView } from "../core/grid";
import { renamedText } from "../core/nomenclature/rename";
import type { Workbook } from "../core/port";
import { msg } from "../core/i18n";
import { undoIfLast, type UndoResult } from "./fill";

export interface SuggestionResult {
  /** The cell now says the suggestion. */
  applied: boolean;
  /** Changes that can be undone (the fill's undo stack: "Undo" takes this change back first). */
  undoDepth: number;
}

/**
 * Write a finding's suggestion into its cell (the official name in place of the name typed, the
 * numbering kept), as one undoable change: the edit goes on the fill's undo stack, so undoFill
 * gives the cell back exactly. Nothing is written when the cell no longer holds a name as text
 * (it was changed since the validation) or already says the suggestion.
 */
export async function applySuggestion(wb: Workbook, f: Finding): Promise<SuggestionResult> {
  const suggestion = f.suggestion;
  return wb.update<SuggestionResult>({ sheets: [f.sheet], state: [FILL_UNDO_KEY] }, ({ grids, state }) => {
    const before = state[FILL_UNDO_KEY] ?? null;
    const grid = grids.find((g) => g.sheet === f.sheet);
    const none = { result: { applied: false, undoDepth: undoDepth(before) } };
    if (suggestion === undefined || !grid) return none;
    const view = new GridView(grid);
    const { top: row, left: col } = f.range;
    const value = view.rawValue(row, col);
    const next = typeof value === "string" ? renamedText(value, suggestion) : null;
    if (next === null || next === value || view.hasFormula(row, col)) return none;
    const edit: CellEdit = { sheet: f.sheet, row, col, value: next, previous: { value, format: view.format(row, col) } };
    const record = pushUndo(before, [edit]);
    return { result: { applied: true, undoDepth: undoDepth(record) }, change: { stateBefore: { [FILL_UNDO_KEY]: record }, edits: [edit] } };
  });
}

/**
 * Take back the name applySuggestion wrote, only while it is still the last change on the undo
 * stack (`depth` as applySuggestion returned it): a fill made since is never undone in its place.
 */
export function undoSuggestion(wb: Workbook, depth: number): Promise<UndoResult> {
  return undoIfLast(wb, depth, msg("fill.undo.notLast"));
}
