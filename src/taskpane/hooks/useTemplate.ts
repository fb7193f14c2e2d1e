import { useCallback, useEffect, useState } from "react";
import type { WorkbookAnalysis } from "../../app/analyze";
import { DEFAULT_PAPER, parsePlanYear } from "../../app/choices";
import { insertTemplate, nextTemplate, type ProgramChoice } from "../../app/template";

import type { Text } from "../../core/i18n";
import type { Paper } from "../../core/sheetspec";
import { usePane } from "../context";
import { useProgramChoices } from "./useProgramChoices";
import { useTask, type Task } from "./useTask";

export interface TemplateForm {
  /** As typed; read by parsePlanYear (app/choices.ts, as the CLI's --year). */
  year: string;
  office: string;
  paper: Paper;
  prefill: boolean;
  /** A programme of the official list of the year to prefill with its official rows, by code ("" none). */
  program: string;
}

/** Defaults: the year and office the ribbon's Insert template would choose (nextTemplate), A4, no prefill. */
export function templateDefaults(analysis: WorkbookAnalysis | null, today: Date = new Date()): TemplateForm {
  const { year, office } = nextTemplate(analysis?.plans ?? [], today);
  return { year: String(year), office: office ?? "", paper: DEFAULT_PAPER, prefill: false, program: "" };
}

export interface TemplateState {
  form: TemplateForm;
  change(patch: Partial<TemplateForm>): void;
  /** The year, or null when what is typed is not a year. */
  year: number | null;
  /** Why what is typed is not a year (null when it is one). */
  yearProblem: Text | null;
  /** Name of the sheet inserted last. */
  inserted: string | null;
  task: Task;
  insert(): Promise<void>;
  /** The programmes of the official list of the year (loaded as a chunk of its own); null when no list governs it; undefined while loading. */
  programs: ProgramChoice[] | null | undefined;
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

  const parsed = parsePlanYear(form.year);
  const year = parsed.ok ? parsed.value : null;
  const yearProblem = parsed.ok ? null : parsed.message;
  // The official list's programmes for the year typed (a year no list governs has none).
  const choices = useProgramChoices(year);
  const program = choices?.some((c) => c.code === form.program) ? form.program : "";

  const insert = useCallback(async () => {
    if (year === null) return;
    const name = await run(() =>
      insertTemplate(workbook, {
        year, office: form.office.trim(), paper: form.paper, prefill: form.prefill, ...(program ? { programCodes: [program] } : {}),
      }),
    );
    if (name !== undefined) {
      setInserted(name);
      onInserted();
    }
  }, [run, workbook, year, form, program, onInserted]);

  return { form, change, year, yearProblem, inserted, task, insert, programs: choices };
}
