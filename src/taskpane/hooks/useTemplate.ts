import { useCallback, useEffect, useState } from "react";
import type { WorkbookAnalysis } from "../../app/analyze";
import { defaultTemplateYear, insertTemplate } from "../../app/template";
import type { Paper } from "../../core/sheetspec";
import { usePane } from "../context";
import { useTask, type Task } from "./useTask";

export interface TemplateForm {
  /** As typed; see templateYear. */
  year: string;
  office: string;
  paper: Paper;
  prefill: boolean;
}

/** The year typed, when it is a plausible plan year (four digits, 2000-2100). */
export function templateYear(text: string): number | null {
  const s = text.trim();
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= 2000 && y <= 2100 ? y : null;
}

/**
 * Defaults: the plan's year + 1 and its office when a plan exists; else the coming plan
 * year as the ribbon's Insert template chooses it (defaultTemplateYear) and no office.
 */
export function templateDefaults(analysis: WorkbookAnalysis | null, today: Date = new Date()): TemplateForm {
  const plan = analysis?.plans.find((p) => p.recognition.year !== null) ?? analysis?.plans[0];
  const year = plan?.recognition.year != null ? plan.recognition.year + 1 : defaultTemplateYear(today);
  return { year: String(year), office: plan?.recognition.office ?? "", paper: "a4", prefill: false };
}

export interface TemplateState {
  form: TemplateForm;
  change(patch: Partial<TemplateForm>): void;
  /** The year, or null when what is typed is not a year. */
  year: number | null;
  /** Name of the sheet inserted last. */
  inserted: string | null;
  task: Task;
  insert(): Promise<void>;
}

/** The template form and its insert action; `onInserted` lets the pane read the workbook again. */
export function useTemplate(analysis: WorkbookAnalysis | null, onInserted: () => void): TemplateState {
  const { workbook } = usePane();
  const [form, setForm] = useState<TemplateForm>(() => templateDefaults(analysis));
  const [touched, setTouched] = useState(false);
  const [inserted, setInserted] = useState<string | null>(null);
  const task = useTask();
  const { run } = task;

  // Until the user types, the defaults follow the workbook's plan.
  useEffect(() => {
    if (!touched) setForm(templateDefaults(analysis));
  }, [analysis, touched]);

  const change = useCallback((patch: Partial<TemplateForm>) => {
    setTouched(true);
    setForm((f) => ({ ...f, ...patch }));
  }, []);

  const year = templateYear(form.year);
  const insert = useCallback(async () => {
    if (year === null) return;
    const name = await run(() =>
      insertTemplate(workbook, { year, office: form.office.trim(), paper: form.paper, prefill: form.prefill }),
    );
    if (name !== undefined) {
      setInserted(name);
      onInserted();
    }
  }, [run, workbook, year, form, onInserted]);

  return { form, change, year, inserted, task, insert };
}
