import type { Workbook } from "../core/port";
import type { TemplateOptions } from "../core/template";

/** The year a new template is for: this year in the first half, next year from July on (plans are drafted ahead). */
export function defaultTemplateYear(today: Date = new Date()): number {
  return today.getMonth() >= 6 ? today.getFullYear() + 1 : today.getFullYear();
}

/**
 * Insert a blank Rencana Aksi sheet (never replacing one) and activate it; returns its name. The
 * template's builder loads with the first insert, as a chunk of its own (the task pane's and the
 * ribbon's first scripts stay within their budgets).
 */
export async function insertTemplate(wb: Workbook, opts: TemplateOptions): Promise<string> {
  const { templateSheet } = await import("../core/template");
  return wb.addSheet(templateSheet(opts), { activate: true });
}
