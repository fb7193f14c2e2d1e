import { analyzeGrids } from "../core/analyze";
import { invertEdits, type CellEdit } from "../core/edits";
import { FILL_UNDO_KEY, emptyPreview, groupName, lastUndo, mergeFillPlans, planFill, popUndo, pushUndo, undoDepth } from "../core/fill";
import type { FillOptions, FillPlan, FillScope } from "../core/fill";
import { GridView, type Grid } from "../core/grid";
import { msg, type Text } from "../core/i18n";
import { quarterRole, type QuarterGroup } from "../core/layout/types";
import type { Workbook } from "../core/port";

export interface FillResult {
  /** Cells written. */
  applied: number;
  plan: FillPlan;
  /** Set when nothing could be filled because of the workbook or the options. */
  problem?: Text;
}

export interface UndoResult {
  /** Cells given back their previous value and format. */
  restored: number;
  /** Cells changed by the user after the fill: left as they are. */
  changedSince: number;
  /** Fills that can still be undone. */
  remaining: number;
  message: Text;
}

function problemPlan(problem: Text): FillPlan {
  return { edits: [], preview: emptyPreview(), problem };
}

async function readSheets(wb: Workbook, scope: FillScope | undefined): Promise<Grid[] | Text> {
  const names = await wb.sheets();
  if (scope?.sheet === undefined) return Promise.all(names.map((n) => wb.readGrid(n)));
  const name = names.find((n) => n.toLowerCase() === scope.sheet?.toLowerCase());
  return name ? [await wb.readGrid(name)] : msg("layout.notFound", { sheet: scope.sheet });
}

/**
 * What a fill would do on every table in scope (edits and preview), without
 * changing anything. A workbook without a table, or a table without the quarter
 * columns asked for, gives a plan with a problem.
 */
export async function previewFill(wb: Workbook, options: FillOptions): Promise<FillPlan> {
  const grids = await readSheets(wb, options.scope);
  if (!Array.isArray(grids)) return problemPlan(grids);
  const analysis = analyzeGrids(grids);
  if (analysis.plans.length === 0) {
    const sheet = options.scope?.sheet;
    return problemPlan(sheet !== undefined ? msg("layout.notFound", { sheet }) : analysis.findings[0]?.message ?? msg("layout.noTableInWorkbook"));
  }
  const groups: QuarterGroup[] = options.columns === "both" ? ["kinerja", "pelaksanaan"] : [options.columns];
  const hasColumns = analysis.plans.some((p) => groups.some((g) => p.recognition.columns[quarterRole(g, 1)] !== undefined));
  if (!hasColumns) return problemPlan(msg("fill.problem.noQuarters", { group: groupName(groups[0]) }));
  const byName = new Map(grids.map((g) => [g.sheet, g]));
  return mergeFillPlans(analysis.plans.map((p) => planFill(p, byName.get(p.sheet) as Grid, options)));
}

/**
 * Fill and keep an undo record in the workbook (a small stack, see core/fill/undo).
 * The record is saved before the cells are written; if writing fails it is put back as it was.
 */
export async function applyFill(wb: Workbook, options: FillOptions): Promise<FillResult> {
  const plan = await previewFill(wb, options);
  if (plan.problem) return { applied: 0, plan, problem: plan.problem };
  if (plan.edits.length === 0) return { applied: 0, plan };
  const before = await wb.loadState(FILL_UNDO_KEY);
  await wb.saveState(FILL_UNDO_KEY, pushUndo(before, plan.edits));
  try {
    await wb.applyEdits(plan.edits);
  } catch (e) {
    await wb.saveState(FILL_UNDO_KEY, before);
    throw e;
  }
  return { applied: plan.edits.length, plan };
}

export async function canUndoFill(wb: Workbook): Promise<boolean> {
  return undoDepth(await wb.loadState(FILL_UNDO_KEY)) > 0;
}

/** The edits whose cell still holds what the fill wrote (the others were changed by the user since). */
async function unchangedSince(wb: Workbook, edits: readonly CellEdit[]): Promise<CellEdit[]> {
  const views = new Map<string, GridView>();
  for (const sheet of new Set(edits.map((e) => e.sheet))) views.set(sheet, new GridView(await wb.readGrid(sheet)));
  return edits.filter((e) => views.get(e.sheet)?.rawValue(e.row, e.col) === e.value);
}

/**
 * Undo the last fill: every cell it changed gets back its exact previous value
 * and number format. Cells the user changed after the fill keep the user's
 * value (nothing typed is lost) and are counted in changedSince. The record
 * lives in the workbook, so this works after the task pane was closed and reopened.
 */
export async function undoFill(wb: Workbook): Promise<UndoResult> {
  const json = await wb.loadState(FILL_UNDO_KEY);
  const edits = lastUndo(json);
  if (!edits) return { restored: 0, changedSince: 0, remaining: 0, message: msg("fill.undo.nothing") };
  const keep = await unchangedSince(wb, edits);
  await wb.applyEdits(invertEdits(keep));
  const rest = popUndo(json);
  await wb.saveState(FILL_UNDO_KEY, rest);
  const changedSince = edits.length - keep.length;
  const done = msg("fill.undo.done", { count: keep.length });
  const message = changedSince === 0 ? done : {
    id: `${done.id} ${msg("fill.undo.changedSince", { count: changedSince }).id}`,
    en: `${done.en} ${msg("fill.undo.changedSince", { count: changedSince }).en}`,
  };
  return { restored: keep.length, changedSince, remaining: undoDepth(rest), message };
}

/** The fill scope of the user's current selection (its sheet and rows), when the host knows it. */
export async function selectionScope(wb: Workbook): Promise<FillScope | null> {
  const sel = wb.selection ? await wb.selection() : null;
  return sel ? { sheet: sel.sheet, rows: { top: sel.range.top, bottom: sel.range.bottom } } : null;
}
