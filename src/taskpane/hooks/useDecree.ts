import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_PAPER } from "../../app/choices";
import { createDecree, decreeIssues, loadMeta, planReadText, saveMeta, type KnownAnalysis, type PlanContext } from "../../app/decree";
import { undoDecree } from "../../app/decreeSheet";
import {
  cloneMeta, isListField, isSignerField, isTextField, META_FIELDS, type DecreeMeta, type MetaIssue,
} from "../../core/decree";
import type { Text } from "../../core/i18n";
import { msg } from "../messages";
import type { Paper } from "../../core/sheetspec";
import { usePane } from "../context";
import { useTask, type Task } from "./useTask";

export interface DecreeOptions {
  paper: Paper;
  nipGrouped: boolean;
  /** Write the Lampiran heading above the plan table (empty cells only). */
  lampiran: boolean;
}

export interface Notice {
  intent: "success" | "warning" | "info";
  text: Text;
}

export interface DecreeState {
  /** The form's metadata; null until loaded. */
  meta: DecreeMeta | null;
  /** The Info Keputusan sheet existed when loaded (or was saved since). */
  existed: boolean;
  /** Problems reading the sheet (for fields not edited since) and checkMeta's, each naming its field. */
  issues: MetaIssue[];
  setField(field: string, value: string | string[]): void;
  options: DecreeOptions;
  setOptions(patch: Partial<DecreeOptions>): void;
  notices: Notice[];
  task: Task;
  load(): Promise<void>;
  save(): Promise<void>;
  create(): Promise<void>;
  /** Reruns of the decree sheet that can be undone (known after a create in this session). */
  undoDepth: number;
  undo(): Promise<void>;
}

/** `field` ("nomor", "menimbang", "penandatangan.nip") set to `value` in a copy of `meta`. */
export function withField(meta: DecreeMeta, field: string, value: string | string[]): DecreeMeta {
  const next = cloneMeta(meta);
  const [top, sub] = field.split(".");
  if (top === "penandatangan" && sub !== undefined && isSignerField(sub)) next.penandatangan[sub] = String(value);
  else if (isListField(top)) next[top] = Array.isArray(value) ? [...value] : value.split("\n");
  else if (isTextField(top)) next[top] = String(value);
  return next;
}

/** Whether an issue is about `field` or one of its items ("menimbang.2" is about "menimbang"). */
export function issueOf(issue: MetaIssue, field: string): boolean {
  return issue.field === field || issue.field.startsWith(`${field}.`);
}

/** An issue no form field shows (about the sheet, or an unknown key in it). */
export function isGeneral(issue: MetaIssue): boolean {
  const top = issue.field.split(".")[0];
  return !(META_FIELDS as readonly string[]).includes(top);
}

/** The "Keputusan" view's state: the form bound to the Info Keputusan sheet, save, create. */
export function useDecree(analysis: KnownAnalysis | null, onChanged: () => void): DecreeState {
  const { workbook, lang } = usePane();
  const [meta, setMeta] = useState<DecreeMeta | null>(null);
  const [existed, setExisted] = useState(false);
  const [readIssues, setReadIssues] = useState<MetaIssue[]>([]);
  const [plan, setPlan] = useState<PlanContext | null>(null);
  const [options, setOpts] = useState<DecreeOptions>({ paper: DEFAULT_PAPER, nipGrouped: false, lampiran: false });
  const [notices, setNotices] = useState<Notice[]>([]);
  const [undoDepth, setUndoDepth] = useState(0);
  const task = useTask();
  const { run } = task;
  // The plan's defaults come from the latest reading, without reloading the form at every reading.
  const latest = useRef(analysis);
  useEffect(() => {
    latest.current = analysis;
  }, [analysis]);

  const load = useCallback(async () => {
    setNotices([]);
    const loaded = await run(() => loadMeta(workbook, latest.current ?? undefined));
    if (!loaded) return;
    setMeta(loaded.meta);
    setExisted(loaded.existed);
    setReadIssues(loaded.issues);
    setPlan(loaded.plan);
    const read = planReadText(loaded.plan);
    if (read) {
      setNotices([{ intent: "info", text: read }]);
    }
  }, [run, workbook]);

  useEffect(() => {
    void load();
  }, [load]);

  const issues = useMemo(() => (meta ? [...readIssues, ...decreeIssues(meta, plan)] : []), [meta, readIssues, plan]);

  const setField = useCallback((field: string, value: string | string[]) => {
    setMeta((m) => (m ? withField(m, field, value) : m));
    setReadIssues((list) => list.filter((i) => !issueOf(i, field)));
  }, []);

  const save = useCallback(async () => {
    if (!meta) return;
    setNotices([]);
    const result = await run(() => saveMeta(workbook, meta, lang));
    if (!result) return;
    if ("problem" in result) return setNotices([{ intent: "warning", text: result.problem }]);
    setExisted(true);
    setReadIssues([]);
    const key = result.created ? "ui.decree.created" : "ui.decree.saved";
    setNotices([{ intent: "success", text: msg(key, { sheet: result.sheet }) }]);
  }, [run, workbook, meta, lang]);

  const create = useCallback(async () => {
    if (!meta) return;
    setNotices([]);
    const result = await run(() =>
      createDecree(workbook, meta, {
        paper: options.paper,
        nipGrouped: options.nipGrouped,
        lampiranHeading: options.lampiran,
        knownIssues: readIssues,
        analysis: analysis ?? undefined,
        plan,
      }),
    );
    if (!result) return;
    if (result.sheet === null) {
      const n = result.issues.filter((i) => i.severity === "error").length;
      return setNotices([{ intent: "warning", text: msg("ui.decree.blocked", { n }) }]);
    }
    setUndoDepth(result.undoDepth ?? 0);
    const out: Notice[] = [{ intent: "success", text: msg(result.replaced ? "ui.decree.sheetUpdated" : "ui.decree.sheetCreated", { sheet: result.sheet }) }];
    if (result.lampiran && "noRoom" in result.lampiran) out.push({ intent: "warning", text: result.lampiran.noRoom });
    if (result.lampiran && "written" in result.lampiran) {
      out.push({ intent: "success", text: msg("ui.decree.lampiranWritten") });
      onChanged();
    }
    setNotices(out);
  }, [run, workbook, meta, options, readIssues, analysis, plan, onChanged]);

  const undo = useCallback(async () => {
    setNotices([]);
    const result = await run(() => undoDecree(workbook));
    if (!result) return;
    setUndoDepth(result.remaining);
    setNotices([{ intent: result.sheet === null ? "warning" : "success", text: result.message }]);
  }, [run, workbook]);

  return {
    meta, existed, issues, setField, options,
    setOptions: (patch) => setOpts((o) => ({ ...o, ...patch })),
    notices, task, load, save, create, undoDepth, undo,
  };
}

