import type { Workbook } from "../core/port";
import { templateSheet, type TemplateOptions } from "../core/template";

/** The year a new template is for: this year in the first half, next year from July on (plans are drafted ahead). */
export function defaultTemplateYear(today: Date = new Date()): number {
  return today.getMonth() >= 6 ? today.getFullYear() + 1 : today.getFullYear();
}

/** Insert a blank Rencana Aksi sheet (never replacing one) and activate it; returns its name. */
export async function insertTemplate(wb: Workbook, opts: TemplateOptions): Promise<string> {
  return wb.addSheet(templateSheet(opts), { activate: true });
}
