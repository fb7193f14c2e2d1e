import { analyzeGrids, noPlanReason } from "../core/analyze";
import { invertEdits, type CellEdit } from "../core/edits";
import { FILL_UNDO_KEY, emptyPreview, groupName, lastUndo, mergeFillPlans, planFill, popUndo, pushUndo, undoDepth } from "../core/fill";
import type { FillOptions, FillPlan, FillScope } from "../core/fill";
import { GridView, type Grid } from "../core/grid";
import { msg, type Text } from "../core/i18n";
import { quarterRole, type QuarterGroup } from "../core/layout/types";
import type { Workbook } from "../core/port";
import { MONITORING_KEY, withoutMonitoring } from "../core/monitoring/record";

export interface FillResult {
  /** Cells written. */
  applied: number;
  plan: FillPlan;
  /** Set when nothing could be filled because of the workbook or the options. */
  problem?: Text;
  /** Fills that can be undone after this one (read and written in the same go: no canUndoFill needed). */
  undoDepth: number;
  /**
   * With `confirmOverwrite`: the non-empty cells the fill would change, when there are any;
   * nothing was written and the surface asks before applying again without it.
   */
  confirm?: number;
}

export interface ApplyFillOptions {
  /** With options.overwrite on and filled cells in the way, write nothing and say how many (FillResult.confirm). */
  confirmOverwrite?: boolean;
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

/** Sheets a fill reads: the scope's sheet, or every visible one. */
function sheetsOf(scope: FillScope | undefined): readonly string[] | undefined {
  return scope?.sheet === undefined ? undefined : [scope.sheet];
}

/** The fill plan over grids already read (see previewFill); `hidden`: the sheets not read (named when there is no table). */
function planOver(grids: Grid[], options: FillOptions, hidden?: readonly string[]): FillPlan {
  const analysis = analyzeGrids(grids, hidden);
  const noPlan = noPlanReason(analysis, options.scope?.sheet);
  if (noPlan) return problemPlan(noPlan);
  const groups: QuarterGroup[] = options.columns === "both" ? ["kinerja", "pelaksanaan"] : [options.columns];
  const hasColumns = analysis.plans.some((p) => groups.some((g) => p.recognition.columns[quarterRole(g, 1)] !== undefined));
  if (!hasColumns) return problemPlan(msg("fill.problem.noQuarters", { group: groupName(groups[0]) }));
  return mergeFillPlans(analysis.plans.map((p) => planFill(p, options)));
}

/**
 * What a fill would do on every table in scope (edits and preview), without
 * changing anything. A workbook without a table, or a table without the quarter
 * columns asked for, gives a plan with a problem.
 */
export async function previewFill(wb: Workbook, options: FillOptions): Promise<FillPlan> {
  const { grids, state, hidden } = await wb.readGrids({ sheets: sheetsOf(options.scope), state: [MONITORING_KEY] });
  return planOver(withoutMonitoring(grids, state[MONITORING_KEY] ?? null), options, hidden);
}

/**
 * Fill and keep an undo record in the workbook (a small stack, see core/fill/undo):
 * the sheets and the record are read together, then the record is written
 * before the cells, together with them (Excel: one Excel.run, see Workbook.update).
 * The whole "Terapkan" is this one call, with or without a preview shown first:
 * the plan is made over what is read here (a preview's is only for showing),
 * `confirmOverwrite` stops before writing over filled cells, and the result
 * says how many fills can be undone. If writing fails, the record is put back as it was.
 */
export async function applyFill(wb: Workbook, options: FillOptions, opts: ApplyFillOptions = {}): Promise<FillResult> {
  let before: string | null | undefined;
  try {
    return await wb.update<FillResult>({ sheets: sheetsOf(options.scope), state: [FILL_UNDO_KEY, MONITORING_KEY] }, ({ grids, state, hidden }) => {
      // The monitoring sheets mirror the plan: never filled themselves.
      const plan = planOver(withoutMonitoring(grids, state[MONITORING_KEY] ?? null), options, hidden);
      const depth = undoDepth(state[FILL_UNDO_KEY] ?? null);
      if (plan.problem) return { result: { applied: 0, plan, problem: plan.problem, undoDepth: depth } };
      if (plan.edits.length === 0) return { result: { applied: 0, plan, undoDepth: depth } };
      const overwrites = plan.preview.overwriteCount;
      if (opts.confirmOverwrite && options.overwrite && overwrites > 0) return { result: { applied: 0, plan, undoDepth: depth, confirm: overwrites } };
      before = state[FILL_UNDO_KEY] ?? null;
      const record = pushUndo(before, plan.edits);
      return {
        result: { applied: plan.edits.length, plan, undoDepth: undoDepth(record) },
        change: { stateBefore: { [FILL_UNDO_KEY]: record }, edits: plan.edits },
      };
    });
  } catch (e) {
    if (before !== undefined) await wb.saveState(FILL_UNDO_KEY, before).catch(() => undefined);
    throw e;
  }
}

export async function canUndoFill(wb: Workbook): Promise<boolean> {
  return undoDepth(await wb.loadState(FILL_UNDO_KEY)) > 0;
}

/** The edits whose cell still holds what the fill wrote (the others were changed by the user since, or their sheet is gone or hidden). */
function unchangedSince(grids: readonly Grid[], edits: readonly CellEdit[]): CellEdit[] {
  const views = new Map(grids.map((g) => [g.sheet, new GridView(g)]));
  return edits.filter((e) => views.get(e.sheet)?.rawValue(e.row, e.col) === e.value);
}

/**
 * undoFill, only while the undo stack is still `depth` deep: the change a surface offers to take
 * back (a name, a programme's rows) is still the last one. Otherwise nothing is undone and
 * `notLast` says why: a fill made since is never undone in its place.
 */
export async function undoIfLast(wb: Workbook, depth: number, notLast: Text): Promise<UndoResult> {
  const now = undoDepth(await wb.loadState(FILL_UNDO_KEY));
  if (now !== depth) return { restored: 0, changedSince: 0, remaining: now, message: notLast };
  return undoFill(wb);
}

/**
 * Undo the last fill: every cell it changed gets back its exact previous value
 * and number format. Cells the user changed after the fill keep the user's
 * value (nothing typed is lost) and are counted in changedSince. The record
 * lives in the workbook, so this works after the task pane was closed and
 * reopened. The record and the sheets are read together; the cells are written
 * before the record loses its last fill, so a failed write leaves it to undo again.
 */
export async function undoFill(wb: Workbook): Promise<UndoResult> {
  return wb.update<UndoResult>({ state: [FILL_UNDO_KEY] }, ({ grids, state }) => {
    const json = state[FILL_UNDO_KEY] ?? null;
    const edits = lastUndo(json);
    if (!edits) return { result: { restored: 0, changedSince: 0, remaining: 0, message: msg("fill.undo.nothing") } };
    const keep = unchangedSince(grids, edits);
    const rest = popUndo(json);
    const changedSince = edits.length - keep.length;
    const done = msg("fill.undo.done", { count: keep.length });
    const message = changedSince === 0 ? done : {
      id: `${done.id} ${msg("fill.undo.changedSince", { count: changedSince }).id}`,
      en: `${done.en} ${msg("fill.undo.changedSince", { count: changedSince }).en}`,
    };
    return {
      result: { restored: keep.length, changedSince, remaining: undoDepth(rest), message },
      change: { edits: invertEdits(keep), stateAfter: { [FILL_UNDO_KEY]: rest } },
    };
  });
}

/** The fill scope of the user's current selection (its sheet and rows), when the host knows it. */
export async function selectionScope(wb: Workbook): Promise<FillScope | null> {
  const sel = wb.selection ? await wb.selection() : null;
  return sel ? { sheet: sel.sheet, rows: { top: sel.range.top, bottom: sel.range.bottom } } : null;
}
