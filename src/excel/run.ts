import { toWorkbookError } from "./errors";

/** Runs one batch function against a request context: Excel.run, or a test double. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run itself. Resolved at call time, so the module loads outside Office too. */
export const excelRun: RunBatch = (batch) => Excel.run(batch);

/** An error thrown by the caller's own code inside a run (not by Excel): runAction passes it on as it is. */
export class CallerError {
  constructor(readonly error: unknown) {}
}

/** One user action = one run; any failure of Excel becomes a WorkbookError. */
export async function runAction<T>(
  run: RunBatch,
  batch: (context: Excel.RequestContext) => Promise<T>,
  sheet?: string,
): Promise<T> {
  try {
    return await run(batch);
  } catch (e) {
    if (e instanceof CallerError) throw e.error;
    throw toWorkbookError(e, sheet);
  }
}
