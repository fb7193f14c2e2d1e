import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Worker, type ResourceLimits } from "worker_threads";
import type { Lang, Text } from "../core/i18n";
import { msg } from "./messages";
import { checkEach, type FileResult } from "./check";

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
  /** Each result, in input order, as soon as it and every one before it are known. */
  onResult: (result: O, index: number) => void;
  /** The result of an item whose worker failed (crashed, threw, exited, ran out of memory). */
  onFailure: (item: I, error: PoolError) => O;
  /** Each worker's memory ceiling (Node's resourceLimits): a worker over it fails its item only. */
  resourceLimits?: ResourceLimits;
  /** What every worker is started with (Node's workerData). */
  workerData?: unknown;
  /**
   * How far ahead of the next result due items are handed out (default 4 per worker): a slow
   * item holds back at most this many finished results, so memory does not grow with the items.
   */
  window?: number;
}

/** Why a worker failed: its message, and Node's code when it has one (ERR_WORKER_OUT_OF_MEMORY). */
export interface PoolError extends Error {
  code?: string;
}

/**
 * Run every item through a pool of worker threads; results are given to onResult in input
 * order, none kept once given. Each worker takes the next item when it finishes one, never
 * more than `window` items ahead of the next result due. A worker that dies fails only the
 * item it held (via onFailure) and is replaced while items remain. Every worker is terminated
 * before the promise settles, so the pool never keeps the process alive.
 */
export function runPool<I, O>(items: readonly I[], opts: PoolOptions<I, O>): Promise<void> {
  if (items.length === 0) return Promise.resolve();
  const size = Math.max(1, Math.min(Math.floor(opts.workers) || 1, items.length));
  const window = Math.max(size, Math.floor(opts.window ?? size * 4));
  let next = 0;
  let emitted = 0;
  const held = new Map<number, O>();
  const live = new Set<Worker>();
  /** Workers waiting for the results in order to catch up (see window). */
  let waiting: (() => void)[] = [];

  return new Promise<void>((resolve) => {
    const finish = (index: number, result: O) => {
      held.set(index, result);
      while (held.has(emitted)) {
        const r = held.get(emitted) as O;
        held.delete(emitted);
        opts.onResult(r, emitted++);
      }
      if (emitted === items.length) {
        const all = [...live];
        live.clear();
        void Promise.all(all.map((w) => w.terminate())).then(() => resolve());
        return;
      }
      const resume = waiting;
      waiting = [];
      for (const feed of resume) feed();
    };

    const start = () => {
      const worker = new Worker(opts.workerFile, { resourceLimits: opts.resourceLimits, workerData: opts.workerData });
      live.add(worker);
      let current: number | null = null;
      const feed = () => {
        if (!live.has(worker)) return;
        if (next >= items.length) {
          current = null;
          live.delete(worker);
          void worker.terminate();
          return;
        }
        if (next - emitted >= window) {
          current = null;
          waiting.push(feed);
          return;
        }
        current = next++;
        const job: PoolJob<I> = { index: current, item: items[current] };
        worker.postMessage(job);
      };
      const fail = (error: PoolError) => {
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

/** An error thrown in a worker arrives as an Error of this realm or, in some hosts (Jest), of another; its code is kept. */
function asError(e: unknown): PoolError {
  const code = (e as { code?: unknown } | null)?.code;
  const error: PoolError = e instanceof Error ? e : new Error(String((e as { message?: unknown } | null)?.message ?? e));
  if (typeof code === "string") error.code = code;
  return error;
}

/** The compiled worker beside this file (lib/cli/worker.js). */
export const CHECK_WORKER = path.join(__dirname, "worker.js");

export interface Jobs {
  /** Worker threads to run (at least 1, at most one per file and one per core). */
  workers: number;
  /** The --jobs asked for when it was more than the cores (lowered to them), else null. */
  lowered: number | null;
  /** The cores counted. */
  cores: number;
}

/**
 * --jobs: 0 (or anything not a positive number) means one worker per core beyond the first;
 * never more than the files, never more than the cores (a higher --jobs is lowered, and said).
 * A Node thread keeps part of a second core busy with garbage collection and compilation: on
 * 2 cores, 200 workbooks took 3.1-3.5 s in one thread and as long with two workers (which used
 * 1.5 times the CPU), so the default leaves that core to them (BENCHMARKS.md, "Reviewers' batch").
 */
export function resolveJobs(jobs: number, files: number, cores: number = os.availableParallelism()): Jobs {
  const cpus = Math.max(1, Math.floor(cores) || 1);
  const asked = Number.isFinite(jobs) && jobs >= 1 ? Math.floor(jobs) : null;
  const wanted = asked === null ? Math.max(1, cpus - 1) : Math.min(asked, cpus);
  return { workers: Math.max(1, Math.min(wanted, files)), lowered: asked !== null && asked > cpus ? asked : null, cores: cpus };
}

/**
 * Each worker's heap ceiling in MB: half the machine's memory shared by the workers, between
 * 256 MB and 4 GB. A workbook that needs more fails alone ("cannot be used"), the batch goes on.
 */
export function workerMemoryMb(workers: number, totalBytes: number = os.totalmem()): number {
  const share = Math.floor(totalBytes / 2 / 1024 / 1024 / Math.max(1, workers));
  return Math.max(256, Math.min(4096, share));
}

export interface CheckOptions {
  /** Worker threads (see resolveJobs). */
  workers: number;
  /** Each result, in input order. */
  onResult: (result: FileResult, index: number) => void;
  /** The compiled worker script; default lib/cli/worker.js beside this file. */
  workerFile?: string;
  /** Each worker's heap ceiling in MB; default workerMemoryMb(workers). */
  memoryMb?: number;
  /** The report's language (checkFile); default English. */
  lang?: Lang;
}

/** The line of a file whose check did not finish: out of memory, or the worker failed. */
export function failureReason(e: PoolError, memoryMb: number): Text {
  return e.code === "ERR_WORKER_OUT_OF_MEMORY"
    ? msg("cli.outOfMemory", { mb: memoryMb })
    : msg("cli.unexpected", { detail: e.message });
}

/**
 * Check many files, each under a guard: in worker threads with a memory ceiling (also for one
 * file, one job: a workbook that exhausts memory fails alone, never the batch), results in
 * input order. Without the compiled worker (running from the TypeScript sources) files are
 * checked one after another in this thread, under the file-size limit only (check.ts).
 */
export function checkFiles(files: readonly string[], opts: CheckOptions): Promise<void> {
  const workerFile = opts.workerFile ?? CHECK_WORKER;
  // One file is checked here: a worker would only add its start, and there is no other file to protect.
  if (files.length === 1 || !fs.existsSync(workerFile)) return checkEach(files, opts.onResult, opts.lang);
  const memoryMb = opts.memoryMb ?? workerMemoryMb(opts.workers);
  return runPool<string, FileResult>(files, {
    workerFile,
    workers: opts.workers,
    onResult: opts.onResult,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    workerData: { lang: opts.lang },
    onFailure: (file, e) => ({ file, ok: false, reason: failureReason(e, memoryMb) }),
  });
}
