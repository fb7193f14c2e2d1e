import { parentPort } from "worker_threads";
import { checkFile, type FileResult } from "./check";
import type { PoolAnswer, PoolJob } from "./pool";

/**
 * A worker thread of `renaksi validate --jobs N` (see pool.ts): checks each file
 * it is sent and posts the FileResult back (plain JSON: it passes structured clone).
 */
parentPort?.on("message", (job: PoolJob<string>) => {
  void checkFile(job.item).then((result) => {
    const answer: PoolAnswer<FileResult> = { index: job.index, result };
    parentPort?.postMessage(answer);
  });
});
