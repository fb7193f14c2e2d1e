import { FILL_UNDO_KEY } from "../core/fill";
import { msg as engineMsg } from "../core/i18n";
import { MONITORING_KEY } from "../core/monitoring/record";
import { governingVersion } from "../core/nomenclature/versions";
import type { Plan } from "../core/plan/types";
import type { Workbook } from "../core/port";
import { undoIfLast, type UndoResult } from "./fill";
import type { InsertProgramResult } from "./programRows";

export type { InsertProgramResult } from "./programRows";

/** The year whose official list a plan can take a programme of: a nomenclature table's, when a list governs it; else null. */
export function insertableYear(plan: Plan): number | null {
  const year = plan.recognition.year;
  return plan.recognition.genre === "nomenklatur" && governingVersion(year) ? year : null;
}

/**
 * Write a programme of the official list governing the plan's year (by its code, "2.17.04"), with
 * its kegiatan and sub kegiatan and their official indikator and satuan, into the empty rows right
 * below the table on `sheet` (programRows.ts says where and how), as one undoable change on the
 * fill's undo stack: undoFill takes the rows back exactly. Nothing is written, and `problem` says
 * why, when the sheet has no nomenclature table, no list governs its year, the code is not a
 * programme of the list, the table has the programme already, or a cell below the table holds anything.
 * The list, the row builder and its messages load as chunks of their own (the pane's first script stays small).
 */
export async function insertProgram(wb: Workbook, sheet: string, code: string): Promise<InsertProgramResult> {
  const { decideInsert } = await import("./programRows");
  let before: string | null | undefined;
  try {
    return await wb.update<InsertProgramResult>({ sheets: [sheet], state: [FILL_UNDO_KEY, MONITORING_KEY] }, async (snapshot) => {
      const decision = await decideInsert(snapshot, sheet, code);
      if (decision.change) before = snapshot.state[FILL_UNDO_KEY] ?? null;
      return decision;
    });
  } catch (e) {
    // As applyFill: a write that failed half way leaves the undo record as it was.
    if (before !== undefined) await wb.saveState(FILL_UNDO_KEY, before).catch(() => undefined);
    throw e;
  }
}

/**
 * Take back the rows insertProgram wrote, only while they are still the last change on the undo
 * stack (`depth` as insertProgram returned it): a fill made since is never undone in their place.
 * Cells the user changed since keep the user's value (undoFill) and are counted.
 */
export async function undoProgram(wb: Workbook, depth: number): Promise<UndoResult> {
  const { msg } = await import("./programMessages");
  const r = await undoIfLast(wb, depth, msg("choice.program.notLast"));
  if (r.restored === 0 && r.changedSince === 0) return r;
  const done = msg("choice.program.undone", { count: r.restored });
  const since = r.changedSince > 0 ? engineMsg("fill.undo.changedSince", { count: r.changedSince }) : null;
  return { ...r, message: since ? { id: `${done.id} ${since.id}`, en: `${done.en} ${since.en}` } : done };
}
