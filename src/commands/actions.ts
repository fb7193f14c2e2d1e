// Handlers for the ribbon's ExecuteFunction buttons (see manifest.xml). Each
// calls event.completed() whatever happens. No React here: the commands bundle stays small.
import { publish } from "../app/bus";
import { analyzeWorkbook } from "../app/analyze";
import { insertTemplate as insertTemplateSheet, nextTemplate } from "../app/template";
import type { Workbook } from "../core/port";
import { toWorkbookError } from "../excel";
import { hostWorkbook } from "../office/workbook";

/** The workbook the commands work on: the page's one (shared with the pane); tests replace it with an in-memory one. */
export const commandDeps: { workbook: () => Workbook } = { workbook: hostWorkbook };

async function showPane(): Promise<void> {
  try {
    await Office.addin?.showAsTaskpane();
  } catch {
    // Hosts without the shared runtime cannot open the pane from a command: nothing to do.
  }
}

function failed(e: unknown): void {
  publish({ type: "commandFailed", message: toWorkbookError(e).text });
}

/**
 * Ribbon "Validasi Rencana" / "Validate plan": opens the task pane on the validation.
 * The pane (same runtime) hears the event and validates every table with one read of the
 * workbook, so the work is not done twice; a pane opened by this very click finds the
 * event when it mounts (see src/taskpane/hooks/useRibbonRequests.ts).
 */
export async function validatePlan(event: Office.AddinCommands.Event): Promise<void> {
  try {
    publish({ type: "validateRequested" });
    await showPane();
  } finally {
    event.completed();
  }
}

/**
 * Ribbon "Sisipkan Templat" / "Insert template": inserts a blank Rencana Aksi sheet for the
 * year after the workbook's plan (or the coming plan year) with the plan's office name (nextTemplate, as the pane's defaults),
 * never replacing a sheet, and activates it. No task pane needed.
 */
export async function insertTemplate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const wb = commandDeps.workbook();
    const analysis = await analyzeWorkbook(wb);
    const { year, office } = nextTemplate(analysis.plans);
    const sheet = await insertTemplateSheet(wb, { year, office: office ?? undefined });
    publish({ type: "templateInserted", sheet });
  } catch (e) {
    failed(e);
    await showPane();
  } finally {
    event.completed();
  }
}
