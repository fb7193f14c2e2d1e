import type { Plan } from "../core/plan/types";
import type { ProgramChoice } from "../core/nomenclature/program";
import type { Workbook } from "../core/port";
import type { TemplateOptions } from "../core/template";

/** The year a new template is for: this year in the first half, next year from July on (plans are drafted ahead). */
export function defaultTemplateYear(today: Date = new Date()): number {
  return today.getMonth() >= 6 ? today.getFullYear() + 1 : today.getFullYear();
}

export interface TemplateChoice {
  year: number;
  /** The office the plan names, or null. */
  office: string | null;
}

/**
 * What the next template is for, the one choice every surface makes (the ribbon's Insert
 * template, the pane's defaults): the year after the first plan that names its year, with
 * that plan's office; without a plan year, the coming plan year (defaultTemplateYear) and the
 * first plan's office, if any.
 */
export function nextTemplate(plans: readonly Plan[], today: Date = new Date()): TemplateChoice {
  const plan = plans.find((p) => p.recognition.year !== null) ?? plans[0];
  const year = plan?.recognition.year;
  return { year: year != null ? year + 1 : defaultTemplateYear(today), office: plan?.recognition.office ?? null };
}

/** A template to insert; `programCodes`: programmes of the list governing its year to prefill with their official rows. */
export interface InsertTemplateOptions extends TemplateOptions {
  programCodes?: readonly string[];
}

/**
 * Insert a blank Rencana Aksi sheet (never replacing one) and activate it; returns its name. The
 * template's builder loads with the first insert, as a chunk of its own (the task pane's and the
 * ribbon's first scripts stay within their budgets); a prefilled template's support programme, and
 * the programmes chosen by code, are the official list's of its year (a chunk of its own too).
 */
export async function insertTemplate(wb: Workbook, opts: InsertTemplateOptions): Promise<string> {
  const { templateSheet } = await import("../core/template");
  const { programCodes, ...rest } = opts;
  const programs = rest.programs ?? (programCodes?.length ? await listPrograms(opts.year, programCodes) : undefined);
  const sheet = templateSheet({ ...rest, program: rest.program ?? (await prefillProgram(rest)), ...(programs ? { programs } : {}) });
  return wb.addSheet(sheet, { activate: true });
}

async function listPrograms(year: number, codes: readonly string[]): Promise<TemplateOptions["programs"]> {
  const { programsFor } = await import("../core/nomenclature/program");
  return programsFor(year, codes);
}

/** The programmes an office may prefill a template of this year with (null: no official list governs the year). */
export type { ProgramChoice };

export async function templateProgramChoices(year: number): Promise<ProgramChoice[] | null> {
  const { programChoices } = await import("../core/nomenclature/program");
  return programChoices(year);
}

/**
 * The support programme a prefilled template starts with: as the official list of the template's
 * year names it (loaded as a chunk of its own); undefined for a year no list version governs (the
 * template's own, older list).
 */
async function prefillProgram(opts: TemplateOptions): Promise<TemplateOptions["program"]> {
  if (!opts.prefill || !Number.isFinite(opts.year)) return undefined;
  const { supportProgramFor } = await import("../core/nomenclature/program");
  return (await supportProgramFor(opts.year)) ?? undefined;
}
