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

function runCli(dir: string, jobs: number): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "renaksi.js"), "validate", dir, "--json", "--jobs", String(jobs)], {
    cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 512 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`validate --jobs ${jobs} failed: ${r.stderr.toString().slice(0, 400)}`);
  const doc = JSON.parse(r.stdout.toString()) as { files?: unknown[] };
  if (!Array.isArray(doc.files)) throw new Error("validate FOLDER --json gave no files list");
  return ms;
}

export async function benchBatch(rounds = 2, count = 200): Promise<BatchFigures> {
  const dir = await batchFolder(count);
  const one: number[] = [];
  const two: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      one.push(runCli(dir, 1));
      two.push(runCli(dir, 2));
    } else {
      two.push(runCli(dir, 2));
      one.push(runCli(dir, 1));
    }
  }
  const a = median(one);
  const b = median(two);
  return { files: count, rowsEach: "200-500", jobs1Ms: round(a, 0), jobs2Ms: round(b, 0), speedup: round(a / b, 2) };
}
