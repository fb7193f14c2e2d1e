import { useCallback, useState } from "react";
import { insertableYear, insertProgram, undoProgram } from "../../app/insertProgram";
import type { ProgramChoice } from "../../app/template";
import { useProgramChoices } from "./useProgramChoices";
import { rangeToA1 } from "../../core/grid";
import type { Text } from "../../core/i18n";
import type { Plan } from "../../core/plan/types";
import { usePane } from "../context";
import { msg } from "../programMessages";
import { useTask, type Task } from "./useTask";


export interface ProgramInsertNotice {
  /** Said one after the other. */
  texts: Text[];
  intent: "success" | "warning" | "info";
  /** The undo stack's depth with the rows just written on top (they can be taken back while it stays so); null: nothing to take back. */
  undoAt: number | null;
}

export interface ProgramInsertState {
  /** The plan's year when it can take an official programme (a nomenclature table of a governed year), else null. */
  year: number | null;
  /** The list's programmes (loaded as a chunk of its own); undefined while loading, null when there are none. */
  choices: ProgramChoice[] | null | undefined;
  code: string;
  setCode(code: string): void;
  notice: ProgramInsertNotice | null;
  task: Task;
  insert(): Promise<void>;
  undo(): Promise<void>;
}

/** The programme picker of one plan: insert the chosen programme below its table, undo it; `onChanged` reads the workbook again. */
export function useProgramInsert(plan: Plan, onChanged: () => unknown): ProgramInsertState {
  const { workbook } = usePane();
  const year = insertableYear(plan);
  const choices = useProgramChoices(year);
  const [code, setCode] = useState("");
  const [notice, setNotice] = useState<ProgramInsertNotice | null>(null);
  const task = useTask();
  const { run } = task;

  const sheet = plan.sheet;

  const insert = useCallback(async () => {
    if (!code) return;
    setNotice(null);
    const r = await run(() => insertProgram(workbook, sheet, code));
    if (!r) return;
    if (r.problem || !r.range) {
      setNotice({ texts: r.problem ? [r.problem] : [], intent: "warning", undoAt: null });
      return;
    }
    const texts = [msg("ui.program.inserted", { rows: r.rows, range: `${sheet}!${rangeToA1(r.range)}` })];
    if (r.written && !r.written.satuan) texts.push(msg("ui.program.noSatuan"));
    texts.push(msg("ui.program.style"));
    setNotice({ texts, intent: "success", undoAt: r.undoDepth });
    setCode("");
    await onChanged();
  }, [run, workbook, sheet, code, onChanged]);

  // Only while these rows are still the last change (a fill made since is never undone in their place).
  const undoAt = notice?.undoAt ?? null;
  const undo = useCallback(async () => {
    if (undoAt === null) return;
    const r = await run(() => undoProgram(workbook, undoAt));
    setNotice(r ? { texts: [r.message], intent: "info", undoAt: null } : null);
    if (r?.restored) await onChanged();
  }, [run, workbook, onChanged, undoAt]);

  return { year, choices, code, setCode, notice, task, insert, undo };
}
