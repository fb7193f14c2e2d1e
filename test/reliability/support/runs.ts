/**
 * Property runs for the reliability tests: a short run inside `npm test`, a long
 * one under `npm run fuzz` (fuzz/run.js sets RENAKSI_FUZZ=1). Every property
 * reports how many cases it ran to the file named by RENAKSI_FUZZ_REPORT, so the
 * fuzz runner can check the total.
 */
import * as fs from "fs";
import fc from "fast-check";

export const FUZZ = process.env.RENAKSI_FUZZ === "1";

/** A fixed seed (RENAKSI_FUZZ_SEED) reproduces a run; otherwise fast-check picks one and prints it on failure. */
const SEED = process.env.RENAKSI_FUZZ_SEED ? Number(process.env.RENAKSI_FUZZ_SEED) : undefined;

/** RENAKSI_FUZZ_SCALE=0.1 runs a tenth of the long run (a quicker look); default 1. */
const SCALE = Number(process.env.RENAKSI_FUZZ_SCALE) > 0 ? Number(process.env.RENAKSI_FUZZ_SCALE) : 1;

/** Jest timeout of a property test: long runs take minutes. */
export const PROPERTY_TIMEOUT = FUZZ ? 6 * 3_600_000 : 120_000;

/** A short run, its shrinking included, is interrupted (and fails) after this long. */
const SHORT_LIMIT_MS = 90_000;

export interface Runs {
  /** Cases inside `npm test`. */
  short: number;
  /** Cases under `npm run fuzz`. */
  long: number;
}

function record(name: string, runs: number, skipped: number, failed: boolean): void {
  const file = process.env.RENAKSI_FUZZ_REPORT;
  if (file) fs.appendFileSync(file, JSON.stringify({ name, runs, skipped, failed }) + "\n");
}

/** Run a property with the run count of this mode; throws fast-check's report (seed, path, counterexample) on failure. */
export function runProperty<Ts>(name: string, property: fc.IProperty<Ts>, runs: Runs): void {
  const details = fc.check(property, {
    numRuns: FUZZ ? Math.max(1, Math.round(runs.long * SCALE)) : runs.short,
    ...(SEED === undefined ? {} : { seed: SEED }),
    // A short run ends, failed, before Jest's own timeout, which cannot stop a synchronous check: shrinking a
    // counterexample of hundreds of rows could otherwise go on for minutes and hold CI up.
    ...(FUZZ ? {} : { interruptAfterTimeLimit: SHORT_LIMIT_MS, markInterruptAsFailure: true }),
  });
  record(name, details.numRuns, details.numSkips, details.failed);
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.stack ?? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${fc.defaultReportMessage(details) ?? `property "${name}" failed`}\n\nGot: ${cause}`);
}
