import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkFile, type FileResult } from "../../src/cli/check";
import { checkFiles, resolveJobs, runPool } from "../../src/cli/pool";
import { writeSyntheticXlsx } from "../../bench/syntheticXlsx";

const ECHO = path.join(__dirname, "fixtures", "echo-worker.js");
const ROOT = path.join(__dirname, "..", "..");

interface EchoItem {
  value: string;
  ms?: number;
  action?: "exit" | "throw";
}

const failed = (item: EchoItem, e: Error) => `${item.value} failed: ${e.message}`;

describe("runPool", () => {
  test("results come back in input order, whatever order the workers finish in", async () => {
    const items: EchoItem[] = [60, 5, 40, 0, 25, 10].map((ms, i) => ({ value: `f${i}`, ms }));
    const done: number[] = [];
    const out = await runPool(items, { workerFile: ECHO, workers: 3, onDone: (n) => done.push(n), onFailure: failed });
    expect(out).toEqual(["f0!", "f1!", "f2!", "f3!", "f4!", "f5!"]);
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test("a worker that exits or throws fails only its own item; the others are still checked", async () => {
    const items: EchoItem[] = [
      { value: "a" }, { value: "b", action: "exit" }, { value: "c", ms: 5 }, { value: "d", action: "throw" }, { value: "e" }, { value: "f" },
    ];
    const out = await runPool(items, { workerFile: ECHO, workers: 2, onFailure: failed });
    expect(out[0]).toBe("a!");
    expect(out[1]).toMatch(/^b failed: worker exited \(code 3\)$/);
    expect(out[2]).toBe("c!");
    expect(out[3]).toBe("d failed: failed on d");
    expect(out.slice(4)).toEqual(["e!", "f!"]);
  });

  test("a worker script that cannot load fails every item instead of hanging", async () => {
    const out = await runPool([{ value: "x" }, { value: "y" }], { workerFile: path.join(__dirname, "fixtures", "missing.js"), workers: 2, onFailure: (i) => `${i.value} failed` });
    expect(out).toEqual(["x failed", "y failed"]);
  });

  test("no items: no workers, an empty result", async () => {
    await expect(runPool([], { workerFile: ECHO, workers: 4, onFailure: failed })).resolves.toEqual([]);
  });
});

describe("resolveJobs", () => {
  test("0 or nonsense means one worker per core beyond the first; never more than the files; at least one", () => {
    for (const [cores, workers] of [[8, 7], [4, 3], [2, 1], [1, 1]]) {
      expect(resolveJobs(0, 100, cores)).toBe(workers);
      expect(resolveJobs(Number.NaN, 100, cores)).toBe(workers);
      expect(resolveJobs(-3, 100, cores)).toBe(workers);
    }
    expect(resolveJobs(0, 100)).toBe(Math.max(1, os.availableParallelism() - 1));
    expect(resolveJobs(8, 3)).toBe(3);
    expect(resolveJobs(2.7, 10)).toBe(2);
    expect(resolveJobs(1, 10)).toBe(1);
    expect(resolveJobs(4, 0)).toBe(1);
  });
});

describe("checkFiles", () => {
  let dir: string;
  let files: string[];
  let expected: FileResult[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-pool-"));
    files = [];
    for (let i = 0; i < 3; i++) {
      const file = path.join(dir, `opd-${i}.xlsx`);
      await writeSyntheticXlsx(file, { rows: 40 + i * 15, seed: 50 + i, defects: 0.1 });
      files.push(file);
    }
    const notXlsx = path.join(dir, "catatan.xlsx");
    fs.writeFileSync(notXlsx, "Sasaran;Program\n1;2\n");
    files.splice(1, 0, notXlsx, path.join(dir, "hilang.xlsx"));
    expected = [];
    for (const f of files) expected.push(await checkFile(f));
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("without the compiled worker (running from the sources) files are checked in this thread", async () => {
    const done: number[] = [];
    const out = await checkFiles(files, 2, (n) => done.push(n), path.join(dir, "no-worker.js"));
    expect(out).toEqual(expected);
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  test("the compiled CLI checks files in worker threads, in input order, and lets the process exit", () => {
    // Compile the CLI as `npm run build:cli` does, into a temporary lib/ (types are checked elsewhere).
    const build = path.join(dir, "build");
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(build, "..", "node_modules"), "junction");
    const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
    const compiled = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json", "--outDir", build, "--noCheck"], { cwd: ROOT, encoding: "utf8" });
    expect(compiled.stderr).toBe("");
    expect(fs.existsSync(path.join(build, "cli", "worker.js"))).toBe(true);

    // A child process that runs the pool and then simply ends: a live worker would keep it
    // running past the timeout. It prints whether the workers (not the fallback) did the work.
    const script = `
      const { checkFiles, CHECK_WORKER } = require(${JSON.stringify(path.join(build, "cli", "pool.js"))});
      checkFiles(${JSON.stringify(files)}, 2, () => {}).then((r) => {
        process.stdout.write(JSON.stringify({ worker: require("fs").existsSync(CHECK_WORKER), results: r }));
      });`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as { worker: boolean; results: FileResult[] };
    expect(doc.worker).toBe(true);
    expect(doc.results).toEqual(expected);
  }, 120_000);
});
