/**
 * The reviewers' batch: `renaksi validate FOLDER --json` over 200 generated
 * workbooks of a few hundred rows, with --jobs 1 (in process) and --jobs 2
 * (two worker threads), alternating, medians.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT, median, round } from "./stats";
import { writeSyntheticXlsx } from "./syntheticXlsx";

export interface BatchFigures {
  files: number;
  rowsEach: string;
  jobs1Ms: number;
  jobs2Ms: number;
  speedup: number;
  /** CPU time of the whole process (all threads). */
  jobs1CpuMs: number;
  jobs2CpuMs: number;
}

/** 200 workbooks of 200-500 rows (seeded), written once into a temporary folder. */
export async function batchFolder(count = 200): Promise<string> {
  const dir = path.join(os.tmpdir(), "renaksi-bench", `batch-${count}`);
  const marker = path.join(dir, ".complete");
  if (fs.existsSync(marker)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const rows = 200 + ((i * 37) % 301);
    await writeSyntheticXlsx(path.join(dir, `opd-${String(i + 1).padStart(3, "0")}.xlsx`), { rows, seed: 1000 + i, defects: 0.02 });
  }
  fs.writeFileSync(marker, "");
  return dir;
}

/**
 * One run; the report goes to a file: bin/renaksi.js ends with process.exit(),
 * which cuts a piped stdout at 128 KiB (Node writes to pipes asynchronously).
 */
function runCli(dir: string, jobs: number, count: number): { wall: number; cpu: number } {
  const out = path.join(path.dirname(dir), `batch-jobs${jobs}.json`);
  const fd = fs.openSync(out, "w");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["-r", cpuReporter(), path.join(ROOT, "bin", "renaksi.js"), "validate", dir, "--json", "--jobs", String(jobs)], {
    cwd: ROOT, stdio: ["ignore", fd, "pipe"],
  });
  const wall = performance.now() - t0;
  fs.closeSync(fd);
  if (r.status !== 0 && r.status !== 1) throw new Error(`validate --jobs ${jobs} failed: ${r.stderr.toString().slice(0, 400)}`);
  const doc = JSON.parse(fs.readFileSync(out, "utf8")) as { files?: unknown[] };
  if (doc.files?.length !== count) throw new Error(`validate FOLDER --json reported ${doc.files?.length ?? 0} of ${count} files`);
  const cpu = /renaksi-cpu-ms (\d+(\.\d+)?)/.exec(r.stderr.toString());
  return { wall, cpu: cpu ? Number(cpu[1]) : NaN };
}

/** A preload that prints the process's CPU time (every thread, workers included) on exit. */
function cpuReporter(): string {
  const file = path.join(os.tmpdir(), "renaksi-bench", "cpu-report.js");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'process.on("exit", () => { const c = process.cpuUsage(); process.stderr.write(`renaksi-cpu-ms ${(c.user + c.system) / 1000}\\n`); });\n');
  return file;
}

export async function benchBatch(rounds = 2, count = 200): Promise<BatchFigures> {
  const dir = await batchFolder(count);
  const one: { wall: number; cpu: number }[] = [];
  const two: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      one.push(runCli(dir, 1, count));
      two.push(runCli(dir, 2, count));
    } else {
      two.push(runCli(dir, 2, count));
      one.push(runCli(dir, 1, count));
    }
  }
  const a = median(one.map((x) => x.wall));
  const b = median(two.map((x) => x.wall));
  return {
    files: count, rowsEach: "200-500", jobs1Ms: round(a, 0), jobs2Ms: round(b, 0), speedup: round(a / b, 2),
    jobs1CpuMs: round(median(one.map((x) => x.cpu)), 0), jobs2CpuMs: round(median(two.map((x) => x.cpu)), 0),
  };
}
