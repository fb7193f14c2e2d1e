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

/** The "Isi Triwulan" view's state; `onChanged` lets the pane read the workbook again after a write. */
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

  const write = useCallback(async () => {
    setConfirming(null);
    const result = await run(async () => {
      const opts = await options();
      return opts ? applyFill(workbook, opts) : null;
    });
    if (!result) return;
    setPlan(null);
    const kept = result.plan.preview.formulasKept;
    const said = (text: Text): Text => (kept > 0 ? joined(text, msg("fill.formulasKept", { count: kept })) : text);
    if (result.problem) setNotice({ intent: "warning", text: result.problem });
    else if (result.applied === 0) setNotice({ intent: "info", text: said(msg("ui.fill.nothing")) });
    else {
      setNotice({ intent: "success", text: said(msg("ui.fill.applied", { n: result.applied })) });
      onChanged();
    }
    await checkUndo();
  }, [run, options, workbook, onChanged, checkUndo]);

  const apply = useCallback(async () => {
    const current = plan ?? (await computePreview());
    if (!current || current.problem) return;
    if (form.overwrite && current.preview.overwriteCount > 0) setConfirming(current.preview.overwriteCount);
    else await write();
  }, [plan, computePreview, form.overwrite, write]);

  const undo = useCallback(async () => {
    const result = await run(() => undoFill(workbook));
    if (!result) return;
    setPlan(null);
    setNotice({ intent: result.restored > 0 ? "success" : "info", text: result.message });
    onChanged();
    await checkUndo();
  }, [run, workbook, onChanged, checkUndo]);

  return {
    form, change, plan, confirming, canUndo, notice, task,
    preview: async () => void (await computePreview()),
    apply, confirm: write, cancel: () => setConfirming(null), undo,
  };
}
