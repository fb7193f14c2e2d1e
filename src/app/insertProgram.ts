import { analyzeGrids } from "../core/analyze";
import { FILL_UNDO_KEY, pushUndo, undoDepth } from "../core/fill";
import type { RangeRef } from "../core/grid";
import type { Text } from "../core/i18n";
import { MONITORING_KEY, withoutMonitoring } from "../core/monitoring/record";
import { governingVersion, loadList } from "../core/nomenclature/versions";
import type { Plan } from "../core/plan/types";
import type { Workbook } from "../core/port";
import { msg } from "./messages";

export interface InsertProgramResult {
  /** Rows written below the table (0 when nothing was written). */
  rows: number;
  /** The cells of the rows written (absent when nothing was). */
  range?: RangeRef;
  /** Whether the table has the columns the official indikator and satuan were written in. */
  written?: { indikator: boolean; satuan: boolean };
  /** Why nothing was written. */
  problem?: Text;
  /** Changes that can be undone (the fill's undo stack: "Undo" takes these rows back first). */
  undoDepth: number;
}

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
 * The list and the row builder load as chunks of their own (the pane's first script stays small).
 */
export async function insertProgram(wb: Workbook, sheet: string, code: string): Promise<InsertProgramResult> {
  const { programRows } = await import("./programRows");
  let before: string | null | undefined;
  try {
    return await wb.update<InsertProgramResult>({ sheets: [sheet], state: [FILL_UNDO_KEY, MONITORING_KEY] }, async ({ grids, state }) => {
      const depth = undoDepth(state[FILL_UNDO_KEY] ?? null);
      const refuse = (problem: Text) => ({ result: { rows: 0, problem, undoDepth: depth } });
      const plan = analyzeGrids(withoutMonitoring(grids, state[MONITORING_KEY] ?? null)).plans.find((p) => p.sheet === sheet);
      if (!plan) return refuse(msg("choice.program.noPlan", { sheet }));
      if (plan.recognition.genre !== "nomenklatur") return refuse(msg("choice.program.genre", { sheet }));
      const year = plan.recognition.year;
      if (year === null) return refuse(msg("choice.program.noYear"));
      const version = governingVersion(year);
      if (!version) return refuse(msg("choice.program.noList", { year: String(year) }));
      const entry = (await loadList(version)).byListCode(code.trim());
      if (!entry || entry.level !== "program" || entry.code.startsWith("X.")) return refuse(msg("choice.program.unknown", { code, decree: version.decree }));
      const out = programRows(plan, entry);
      if ("problem" in out) return refuse(out.problem);
      before = state[FILL_UNDO_KEY] ?? null;
      const record = pushUndo(before, out.edits);
      return {
        result: { rows: out.rows.bottom - out.rows.top + 1, range: out.rows, written: out.written, undoDepth: undoDepth(record) },
        change: { stateBefore: { [FILL_UNDO_KEY]: record }, edits: out.edits },
      };
    });
  } catch (e) {
    // As applyFill: a write that failed half way leaves the undo record as it was.
    if (before !== undefined) await wb.saveState(FILL_UNDO_KEY, before).catch(() => undefined);
    throw e;
  }
}
