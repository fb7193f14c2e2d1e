/**
 * The Keputusan use cases over the Workbook port (task pane, preview page, CLI):
 * load the decree's metadata, save it to the Info Keputusan sheet, create the
 * Keputusan sheet and, on request, the Lampiran heading above the plan table.
 */
import type { Workbook } from "../core/port";
import type { CellEdit } from "../core/edits";
import { noPlanReason, type Analysis } from "../core/analyze";
import type { Grid } from "../core/grid";
import { msg, t, type Lang, type Text } from "../core/i18n";
import type { Paper } from "../core/sheetspec";
import {
  checkMeta, defaultMeta, emptyMeta, fieldLabel, infoSheetEdits, infoSheetSpec, lampiranAnchor,
  lampiranHeadingEdits, mergeMeta, metaFromInfoGrid, metaFromPlan, planConflicts, printable,
  type DecreeMeta, type MetaIssue, type PlanMeta, type PlanSource,
} from "../core/decree";
import { analyzeWorkbook } from "./analyze";
import { writeDecreeSheet } from "./decreeSheet";

/** The sheet holding the metadata; its name is always Indonesian. */
export const INFO_SHEET = t("decree.sheet.info", "id");

/** What the plans are known from: an analysis already made (the task pane keeps one), with its grids if any. */
export type KnownAnalysis = Pick<Analysis, "plans"> & { findings?: Analysis["findings"]; grids?: readonly Grid[] };

/** What the plan sheet said about the decree: for the checks of the final metadata. */
export interface PlanContext {
  /** The plan's year (the legal basis is checked against it). */
  year: number | null;
  /** The annex heading's values, as written (planConflicts). */
  heading: PlanMeta["heading"];
  /** The fields read from the plan sheet, with their cells. */
  sources: PlanSource[];
}

export interface LoadedMeta {
  meta: DecreeMeta;
  /** Problems reading the Info Keputusan sheet and the plan sheet (checkMeta is not run here). */
  issues: MetaIssue[];
  /** The Info Keputusan sheet exists. */
  existed: boolean;
  /** What the plan gave; null without a plan table. */
  plan: PlanContext | null;
}

export interface MetaWithIssues {
  meta: DecreeMeta;
  issues: MetaIssue[];
}

export type SaveMetaResult = { sheet: string; created: boolean; edits: CellEdit[] } | { problem: Text };

export interface CreateDecreeOptions {
  paper: Paper;
  nipGrouped?: boolean;
  /** Also write "Lampiran I : KEPUTUSAN ..." above the (first) plan table, into empty cells only. */
  lampiranHeading?: boolean;
  /** Issues already known (reading the Info sheet, merging --meta); an error among them refuses too. */
  knownIssues?: readonly MetaIssue[];
  /** ISO date of today for the NIP checks; default the local date. */
  today?: string;
  analysis?: KnownAnalysis;
  /** The plan's year and annex heading (LoadedMeta.plan): the legal basis and the heading are checked against them. */
  plan?: PlanContext | null;
}

export interface CreateDecreeResult {
  /** The sheet added, or null when refused (nothing was written). */
  sheet: string | null;
  /** knownIssues followed by checkMeta's issues. */
  issues: MetaIssue[];
  lampiran?: { written: number } | { noRoom: Text };
  /** The add-in's own Keputusan sheet got the new content (undoDecree gives the old back). */
  replaced?: boolean;
  /** Reruns that undoDecree can take back. */
  undoDepth?: number;
}

export function hasErrors(issues: readonly MetaIssue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

/** The Info Keputusan sheet's name as the workbook spells it (sheet names are case-insensitive), or null. */
export async function findInfoSheet(wb: Workbook): Promise<string | null> {
  const wanted = INFO_SHEET.toLowerCase();
  // Hidden too: the add-in makes it hidden, so that printing the workbook leaves it out.
  return (await wb.sheets({ hidden: true })).find((s) => s.toLowerCase() === wanted) ?? null;
}

/**
 * The first plan's metadata: what its sheet says (annex heading, letterhead, signature block)
 * over the defaults of its year, office and region. Without a plan table there is nothing to
 * substitute, so every field starts empty (generic texts would print "Perangkat Daerah" into a real decree).
 */
async function baseMeta(wb: Workbook, analysis: KnownAnalysis): Promise<{ meta: DecreeMeta; plan: PlanContext | null; issues: MetaIssue[] }> {
  const rec = analysis.plans[0]?.recognition;
  if (!rec) return { meta: emptyMeta(), plan: null, issues: [] };
  const grid = analysis.grids?.find((g) => g.sheet === rec.sheet) ?? (await wb.readGrid(rec.sheet));
  const read = metaFromPlan(grid, { ...lampiranAnchor(rec), dataBottom: rec.dataBottom });
  const defaults = defaultMeta({ year: rec.year, office: rec.office ?? "", regency: read.regency ?? undefined });
  const merged = mergeMeta(defaults, read.meta);
  return {
    meta: merged.meta,
    plan: { year: rec.year, heading: read.heading, sources: read.sources },
    issues: [...read.issues, ...merged.issues],
  };
}

/**
 * The metadata: the Info Keputusan sheet's fields over what the plan sheet says, over the
 * plan's defaults (the plan and the defaults alone when the sheet is missing).
 */
export async function loadMeta(wb: Workbook, analysis?: KnownAnalysis): Promise<LoadedMeta> {
  const base = await baseMeta(wb, analysis ?? (await analyzeWorkbook(wb)));
  const info = await findInfoSheet(wb);
  if (info === null) return { meta: base.meta, issues: base.issues, existed: false, plan: base.plan };
  const read = metaFromInfoGrid(await wb.readGrid(info));
  const merged = mergeMeta(base.meta, read.meta);
  // What the plan could not read (a heading's date) no longer matters once the sheet gives the field.
  const planIssues = base.issues.filter((i) => !overridden(i.field, read.meta));
  return { meta: merged.meta, issues: [...planIssues, ...read.issues, ...merged.issues], existed: true, plan: base.plan };
}

/** "Read from the plan: number (Lampiran I, cell J3), ..." in both languages, each field by its label; null when the plan gave nothing. */
export function planReadText(plan: PlanContext | null | undefined): Text | null {
  const sources = plan?.sources ?? [];
  if (sources.length === 0) return null;
  const fields = (lang: Lang) => sources.map((s) => `${fieldLabel(s.field)[lang]} (${s.cell})`).join(", ");
  return { id: msg("decree.plan.read", { fields: fields("id") }).id, en: msg("decree.plan.read", { fields: fields("en") }).en };
}

/** checkMeta against the plan's year, and the plan's annex heading where the decree says otherwise. */
export function decreeIssues(meta: DecreeMeta, plan: PlanContext | null | undefined, today?: string): MetaIssue[] {
  return [...checkMeta(meta, { today, year: plan?.year ?? null }), ...(plan ? planConflicts(plan.heading, meta) : [])];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The override gives the field again ("penandatangan.nip", a whole list for "menimbang.2"). */
function overridden(field: string, override: unknown): boolean {
  if (field === "" || !isPlainObject(override)) return false;
  const [top, sub] = field.split(".");
  const value = override[top];
  if (top === "penandatangan" && sub !== undefined) return isPlainObject(value) && value[sub] !== undefined;
  return value !== undefined;
}

/**
 * Override loaded metadata with parsed JSON (the CLI's --meta). Reading issues of
 * fields the override replaces are dropped (a NIP the sheet stored as a number no
 * longer matters once --meta gives it); the merge's own issues are added.
 */
export function overrideMeta(loaded: MetaWithIssues, override: unknown): MetaWithIssues {
  const merged = mergeMeta(loaded.meta, override);
  const kept = loaded.issues.filter((i) => !overridden(i.field, override));
  return { meta: merged.meta, issues: [...kept, ...merged.issues] };
}

/**
 * Keep the metadata in the workbook: create the Info Keputusan sheet when missing
 * (not activated), else write the changed cells as undoable edits. Never replaces
 * a sheet: a sheet of that name that is not an Info sheet gives a problem.
 */
export async function saveMeta(wb: Workbook, meta: DecreeMeta, lang: Lang = "id"): Promise<SaveMetaResult> {
  const info = await findInfoSheet(wb);
  if (info === null) {
    const sheet = await wb.addSheet(infoSheetSpec(meta, lang), { activate: false });
    return { sheet, created: true, edits: [] };
  }
  const edits = infoSheetEdits(await wb.readGrid(info), meta, lang);
  if (edits === null) return { problem: msg("decree.info.noKeys", { sheet: info }) };
  if (edits.length > 0) await wb.applyEdits(edits);
  return { sheet: info, created: false, edits };
}

async function writeLampiranHeading(
  wb: Workbook, meta: DecreeMeta, analysis: KnownAnalysis, stateAfter: Record<string, string>,
): Promise<{ written: number } | { noRoom: Text }> {
  const noPlan = noPlanReason(analysis);
  if (noPlan) return { noRoom: noPlan };
  const rec = analysis.plans[0].recognition;
  const grid = analysis.grids?.find((g) => g.sheet === rec.sheet) ?? (await wb.readGrid(rec.sheet));
  const result = lampiranHeadingEdits(grid, lampiranAnchor(rec), meta);
  if ("noRoom" in result) return result;
  await wb.update({ sheets: [] }, () => ({ result: undefined, change: { edits: result.edits, stateAfter } }));
  return { written: result.edits.length };
}

/**
 * Write the Keputusan sheet and activate it: the add-in's own Keputusan sheet
 * (see writeDecreeSheet) gets the new content, else a new sheet ("Keputusan",
 * "Keputusan (2)", ...) is added before the plan's sheet, so the workbook
 * prints the decree before its annex. Refuses, writing nothing, when the
 * known issues or decreeIssues hold an error.
 */
export async function createDecree(wb: Workbook, meta: DecreeMeta, opts: CreateDecreeOptions): Promise<CreateDecreeResult> {
  const issues = [...(opts.knownIssues ?? []), ...decreeIssues(meta, opts.plan, opts.today)];
  if (hasErrors(issues)) return { sheet: null, issues };
  const analysis = opts.analysis ?? (await analyzeWorkbook(wb));
  // Number, date and name not given yet print as dotted blanks (each has its warning).
  const printed = printable(meta);
  const version = { meta: printed, paper: opts.paper, nipGrouped: opts.nipGrouped ?? false };
  const { sheet, replaced, stateAfter, undoDepth } = await writeDecreeSheet(wb, version, analysis.plans[0]?.recognition.sheet);
  // The new sheet's record goes with the Lampiran heading's cells (one write), or alone.
  const lampiran = opts.lampiranHeading ? await writeLampiranHeading(wb, printed, analysis, stateAfter) : undefined;
  if (!lampiran || "noRoom" in lampiran) for (const [key, value] of Object.entries(stateAfter)) await wb.saveState(key, value);
  return lampiran ? { sheet, issues, replaced, undoDepth, lampiran } : { sheet, issues, replaced, undoDepth };
}
