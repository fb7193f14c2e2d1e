import type { WorkbookChange, WorkbookDecision, WorkbookRead, WorkbookSnapshot } from "../core/port";
import { SyncBatcher } from "./budget";
import { CallerError } from "./run";
import { readSnapshot, stateRowsOf, type SheetMemory, type SnapshotOptions } from "./snapshot";
import { queueStateSave, readStateIndex, type StateIndex } from "./state";
import { queueEdits, queueRecalculation } from "./writeEdits";

/**
 * Read as readSnapshot does, let `decide` work out the change, and write it in
 * the same Excel.run: the state before the edits, the edits, the state after
 * them, in one sync when under the budget (calculation suspended until it,
 * and a recalculation queued after the writes). The
 * state sheet's key column comes from the read; only a change to state keys
 * that were not read costs one more sync for it.
 */
export async function runUpdate<T>(
  context: Excel.RequestContext,
  request: WorkbookRead,
  decide: (snapshot: WorkbookSnapshot) => WorkbookDecision<T> | Promise<WorkbookDecision<T>>,
  opts: SnapshotOptions & { remember: (memory: SheetMemory) => void },
): Promise<T> {
  const read = await readSnapshot(context, request, opts);
  opts.remember(read.memory);
  let decision: WorkbookDecision<T>;
  try {
    decision = await decide({ grids: read.grids, state: read.state, hidden: read.hidden });
  } catch (e) {
    throw new CallerError(e);
  }
  if (decision.change) {
    const after = await writeChange(context, decision.change, read.index, opts.syncBudget);
    if (after) opts.remember({ ...read.memory, state: true, stateRows: stateRowsOf(after) });
  }
  return decision.result;
}

/** Write a change; the state index after it when it wrote state (so the state sheet exists now), else null. */
async function writeChange(context: Excel.RequestContext, change: WorkbookChange, index: StateIndex | null | undefined, budget: number): Promise<StateIndex | null> {
  const before = Object.entries(change.stateBefore ?? {});
  const after = Object.entries(change.stateAfter ?? {});
  const edits = change.edits ?? [];
  if (before.length + after.length === 0 && edits.length === 0) return null;
  let idx = index === undefined && before.length + after.length > 0 ? await readStateIndex(context) : (index ?? null);
  const batcher = new SyncBatcher(context, budget, () => context.workbook.application.suspendApiCalculationUntilNextSync());
  for (const [key, value] of before) idx = await queueStateSave(context, idx, key, value, batcher);
  await queueEdits(context, edits, batcher);
  for (const [key, value] of after) idx = await queueStateSave(context, idx, key, value, batcher);
  if (edits.length > 0) await queueRecalculation(context, batcher);
  await batcher.flush();
  return idx;
}
