import { ExcelWorkbook } from "../excel";

const KEY = "__renaksiWorkbook";

/**
 * The one ExcelWorkbook of this page, made on first use (after Office is ready: its sync budget
 * depends on the platform). Office's shared runtime runs the ribbon commands and the task pane
 * in one page (manifest.xml: the FunctionFile is taskpane.html), but webpack builds them as two
 * entries, two module graphs, so a module-level instance would be made twice: it lives on
 * globalThis under one key, like the bus (app/bus.ts). commands.html (a host without the
 * shared runtime) loads the commands alone and makes its own, once.
 */
export function hostWorkbook(): ExcelWorkbook {
  const g = globalThis as unknown as Record<string, ExcelWorkbook | undefined>;
  let wb = g[KEY];
  if (!wb) {
    wb = new ExcelWorkbook();
    g[KEY] = wb;
  }
  return wb;
}
