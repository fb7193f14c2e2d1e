import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { msg } from "./messages";
import { checkSequential, type FileResult } from "./check";

/** A job sent to a worker, and its answer: `index` keeps the input order. */
export interface PoolJob<I> {
  index: number;
  item: I;
}
export interface PoolAnswer<O> {
  index: number;
  result: O;
}

export interface PoolOptions<I, O> {
  /** The worker script (compiled JavaScript): answers each PoolJob with one PoolAnswer. */
  workerFile: string;
  /** Number of worker threads (at least 1, at most one per item). */
  workers: number;
  /** Called after each finished item with the count done so far. */
  onDone?: (done: number) => void;
  /** The result of an item whose worker failed (crashed, threw, exited). */
  onFailure: (item: I, error: Error) => O;
}

/**
 * Run every item through a pool of worker threads; results come back in input
 * order. Each worker takes the next item when it finishes one. A worker that
 * dies fails only the item it held (via onFailure) and is replaced while items
 * remain. Every worker is terminated before the promise settles, so the pool
 * never keeps the process alive.
 */
export function runPool<I, O>(items: readonly I[], opts: PoolOptions<I, O>): Promise<O[]> {
  const results = new Array<O>(items.length);
  if (items.length === 0) return Promise.resolve(results);
  const size = Math.max(1, Math.min(Math.floor(opts.workers) || 1, items.length));
  let next = 0;
  let done = 0;
  const live = new Set<Worker>();

  return new Promise<O[]>((resolve) => {
    const finish = (index: number, result: O) => {
      results[index] = result;
      done++;
      opts.onDone?.(done);
      if (done === items.length) {
        const all = [...live];
        live.clear();
        void Promise.all(all.map((w) => w.terminate())).then(() => resolve(results));
      }
    };

    const start = () => {
      const worker = new Worker(opts.workerFile);
      live.add(worker);
      let current: number | null = null;
      const feed = () => {
        if (next >= items.length) {
          current = null;
          live.delete(worker);
          void worker.terminate();
          return;
        }
        current = next++;
        const job: PoolJob<I> = { index: current, item: items[current] };
        worker.postMessage(job);
      };
      const fail = (error: Error) => {
        if (!live.has(worker)) return;
        live.delete(worker);
        void worker.terminate();
        const lost = current;
        current = null;
        if (next < items.length) start();
        if (lost !== null) finish(lost, opts.onFailure(items[lost], error));
      };
      worker.on("message", (answer: PoolAnswer<O>) => {
        if (answer.index !== current) return;
        const index = current;
        feed();
        finish(index, answer.result);
      });
      worker.on("error", (e: unknown) => fail(asError(e)));
      worker.on("exit", (code) => fail(new Error(`worker exited (code ${code})`)));
      feed();
    };

    for (let i = 0; i < size; i++) start();
  });
}

/** An error thrown in a worker arrives as an Error of this realm or, in some hosts (Jest), of another. */
function asError(e: unknown): Error {
  if (e instanceof Error) return e;
  const message = (e as { message?: unknown } | null)?.message;
  return new Error(typeof message === "string" ? message : String(e));
}

/** The compiled worker beside this file (lib/cli/worker.js). */
export const CHECK_WORKER = path.join(__dirname, "worker.js");

/**
 * --jobs: 0 (or anything not a positive number) means one worker per core beyond the first;
 * never more than the files. A Node thread keeps part of a second core busy with garbage
 * collection and compilation: on 2 cores, 200 workbooks took 3.1-3.5 s in one thread and as
 * long with two workers (which used 1.5 times the CPU), so the default leaves that core to them
 * (BENCHMARKS.md, "Reviewers' batch").
 */
export function resolveJobs(jobs: number, files: number, cores: number = os.availableParallelism()): number {
  const wanted = Number.isFinite(jobs) && jobs >= 1 ? Math.floor(jobs) : Math.max(1, cores - 1);
  return Math.max(1, Math.min(wanted, files));
}

/**
 * Check many files: a worker pool when there is more than one file and more
 * than one job (see resolveJobs), else one after another in this thread (also when
 * the worker script is not there, as when running from the TypeScript sources).
 */
export function checkFiles(
  files: readonly string[],
  jobs: number,
  onDone: (done: number) => void,
  workerFile: string = CHECK_WORKER,
): Promise<FileResult[]> {
  const workers = resolveJobs(jobs, files.length);
  if (workers <= 1 || !fs.existsSync(workerFile)) return checkSequential(files, onDone);
  return runPool<string, FileResult>(files, {
    workerFile,
    workers,
    onDone,
    onFailure: (file, e) => ({ file, ok: false, reason: msg("cli.unexpected", { detail: e.message }) }),
  });
}
