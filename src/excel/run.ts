import { toWorkbookError } from "./errors";

/** Runs one batch function against a request context: Excel.run, or a test double. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run itself. Resolved at call time, so the module loads outside Office too. */
export const excelRun: RunBatch = (batch) => Excel.run(batch);

/** One user action = one run; any failure becomes a WorkbookError. */
export async function runAction<T>(
  run: RunBatch,
  batch: (context: Excel.RequestContext) => Promise<T>,
  sheet?: string,
): Promise<T> {
  try {
    return await run(batch);
  } catch (e) {
    throw toWorkbookError(e, sheet);
  }
}
