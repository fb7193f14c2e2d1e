import type { Finding } from "../core/finding";
import type { Workbook } from "../core/port";
import { analyzeWorkbook, type WorkbookAnalysis } from "./analyze";

export interface WorkbookValidation {
  analysis: WorkbookAnalysis;
  /** Every table's findings, the workbook's own (no table anywhere) first. */
  findings: Finding[];
}

/**
 * Validate a workbook: read every visible sheet, recognize the tables, run every rule. The rules
 * (and the typo check's vocabulary) load with the first validation, as a chunk of their own: the
 * task pane's first script stays within its budget and shows the overview before they arrive.
 * The official nomenclature list governing a plan's year loads the same way.
 */
export async function validateWorkbook(wb: Workbook): Promise<WorkbookValidation> {
  const [analysis, rules] = await Promise.all([analyzeWorkbook(wb), import("../core/rules")]);
  // The official list of each plan's year arrives as a chunk of its own, only when a plan needs it.
  // A list that could not be loaded (a chunk that failed to arrive) leaves the list rules out of this
  // validation, never the validation itself; the next validation tries again (versions.ts).
  const lists = await rules.listsForPlans(analysis.plans).catch(() => []);
  return { analysis, findings: rules.validateAnalysis(analysis, lists) };
}
