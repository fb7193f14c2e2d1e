import { parentPort, workerData } from "worker_threads";
import type { Lang } from "../core/i18n";
import { checkFile, type FileResult } from "./check";
import type { PoolAnswer, PoolJob } from "./pool";

/** The report's language, as the pool started this worker (pool.ts checkFiles). */
const lang = (workerData as { lang?: Lang } | null)?.lang;

/**
 * A worker thread of `renaksi validate --jobs N` (see pool.ts): checks each file
 * it is sent and posts the FileResult back (plain JSON: it passes structured clone).
 */
parentPort?.on("message", (job: PoolJob<string>) => {
  void checkFile(job.item, { lang }).then((result) => {
    const answer: PoolAnswer<FileResult> = { index: job.index, result };
    parentPort?.postMessage(answer);
  });
});
