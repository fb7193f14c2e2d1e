import { useCallback, useEffect, useState } from "react";
import { applyFill, canUndoFill, previewFill, selectionScope, undoFill } from "../../app/fill";
import type { FillPlan } from "../../core/fill";
import type { Text } from "../../core/i18n";
import { msg } from "../messages";
import { usePane } from "../context";
import { DEFAULT_FILL_FORM, fillOptionsFrom, type FillForm } from "./fillForm";
import { useTask, type Task } from "./useTask";

export interface FillState {
  form: FillForm;
  change(patch: Partial<FillForm>): void;
  /** The preview for the current form (cleared when the form changes or cells are written). */
  plan: FillPlan | null;
  /** Non-empty cells an overwrite would change, waiting for the user's confirmation. */
  confirming: number | null;
  canUndo: boolean;
  /** What the last action did, or why it could not. */
  notice: { intent: "success" | "warning" | "info"; text: Text } | null;
  task: Task;
  preview(): Promise<void>;
  /** Apply; with overwrite on and filled cells in the way, ask first (see confirming). */
  apply(): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
  undo(): Promise<void>;
}

/** Two messages as one, in each language. */
function joined(a: Text, b: Text): Text {
  return { id: `${a.id} ${b.id}`, en: `${a.en} ${b.en}` };
}

/** The "Isi Triwulan" view's state; `onChanged` tells the pane its reading is out of date after a write. */
export function useFill(onChanged: () => void): FillState {
  const { workbook } = usePane();
  const [form, setForm] = useState<FillForm>(DEFAULT_FILL_FORM);
  const [plan, setPlan] = useState<FillPlan | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  const [notice, setNotice] = useState<FillState["notice"]>(null);
  const task = useTask();
  const { run } = task;

  // A background check: it neither shows a spinner nor disables the buttons.
  const checkUndo = useCallback(async () => {
    setCanUndo(await canUndoFill(workbook).catch(() => false));
  }, [workbook]);
  useEffect(() => {
    void checkUndo();
  }, [checkUndo]);

  const change = useCallback((patch: Partial<FillForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setPlan(null);
    setNotice(null);
  }, []);

  /** The options of the form (reading the selection when asked), or null with the problem shown. */
  const options = useCallback(async () => {
    const selection = form.scope === "selection" ? await selectionScope(workbook) : null;
    const result = fillOptionsFrom(form, selection);
    if (!result.ok) setNotice({ intent: "warning", text: result.problem });
    return result.ok ? result.options : null;
  }, [form, workbook]);

  const computePreview = useCallback(async (): Promise<FillPlan | null> => {
    setNotice(null);
    const next = await run(async () => {
      const opts = await options();
      return opts ? previewFill(workbook, opts) : null;
    });
    setPlan(next ?? null);
    if (next?.problem) setNotice({ intent: "warning", text: next.problem });
    return next ?? null;
  }, [run, options, workbook]);

  /**
   * Apply the form's fill: one applyFill (read, plan and write in one go, the undo depth
   * with it). With `ask`, it stops before writing over filled cells and the user is asked.
   */
  const write = useCallback(async (ask: boolean) => {
    setConfirming(null);
    const result = await run(async () => {
      const opts = await options();
      return opts ? applyFill(workbook, opts, { confirmOverwrite: ask }) : null;
    });
    if (!result) return;
    setCanUndo(result.undoDepth > 0);
    if (result.confirm !== undefined) {
      // What the fill would do is shown behind the question, as a preview would.
      setPlan(result.plan);
      setConfirming(result.confirm);
      return;
    }
    setPlan(null);
    const kept = result.plan.preview.formulasKept;
    const said = (text: Text): Text => (kept > 0 ? joined(text, msg("fill.formulasKept", { count: kept })) : text);
    if (result.problem) setNotice({ intent: "warning", text: result.problem });
    else if (result.applied === 0) setNotice({ intent: "info", text: said(msg("ui.fill.nothing")) });
    else {
      setNotice({ intent: "success", text: said(msg("ui.fill.applied", { n: result.applied })) });
      onChanged();
    }
  }, [run, options, workbook, onChanged]);

  const apply = useCallback(async () => {
    setNotice(null);
    // A preview shown says already whether filled cells would be replaced: ask from it;
    // without one, the fill itself stops before overwriting (no preview read first).
    if (!plan) return write(true);
    if (plan.problem) return;
    if (form.overwrite && plan.preview.overwriteCount > 0) setConfirming(plan.preview.overwriteCount);
    else await write(false);
  }, [plan, form.overwrite, write]);

  const undo = useCallback(async () => {
    const result = await run(() => undoFill(workbook));
    if (!result) return;
    setPlan(null);
    setCanUndo(result.remaining > 0);
    setNotice({ intent: result.restored > 0 ? "success" : "info", text: result.message });
    if (result.restored > 0) onChanged();
  }, [run, workbook, onChanged]);

  return {
    form, change, plan, confirming, canUndo, notice, task,
    preview: async () => void (await computePreview()),
    apply, confirm: () => write(false), cancel: () => setConfirming(null), undo,
  };
}
