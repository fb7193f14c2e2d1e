import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkFile, type FileResult } from "../../src/cli/check";
import { checkFiles, resolveJobs, runPool, workerMemoryMb, type PoolError, type PoolOptions } from "../../src/cli/pool";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { writeSyntheticXlsx } from "../../bench/syntheticXlsx";
import { colToLetters } from "../../src/core/grid";

/** A copy of a workbook whose first sheet gains rows x cols text cells below its table (a sheet heavy to read). */
function withManyCells(bytes: Uint8Array, rows: number, cols: number): Uint8Array {
  const parts = unzipSync(bytes);
  const name = Object.keys(parts).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)) as string;
  const cells: string[] = [];
  for (let r = 0; r < rows; r++) {
    const row = 5000 + r;
    const line: string[] = [];
    for (let c = 0; c < cols; c++) line.push(`<c r="${colToLetters(c)}${row}" t="inlineStr"><is><t>x${r}.${c}</t></is></c>`);
    cells.push(`<row r="${row}">${line.join("")}</row>`);
  }
  parts[name] = strToU8(strFromU8(parts[name]).replace("</sheetData>", cells.join("") + "</sheetData>"));
  return zipSync(parts);
}

const ECHO = path.join(__dirname, "fixtures", "echo-worker.js");
const ROOT = path.join(__dirname, "..", "..");

interface EchoItem {
  value: string;
  ms?: number;
  action?: "exit" | "throw" | "oom" | "stamp";
}

const failed = (item: EchoItem, e: PoolError) => `${item.value} failed: ${e.message}`;

/** Run the pool and collect what onResult gives, with the indexes in the order given. */
async function collect<I, O>(items: readonly I[], opts: Omit<PoolOptions<I, O>, "onResult">): Promise<{ out: O[]; order: number[] }> {
  const out: O[] = [];
  const order: number[] = [];
  await runPool(items, { ...opts, onResult: (r, i) => { out.push(r); order.push(i); } });
  return { out, order };
}

describe("runPool", () => {
  test("results come back in input order, whatever order the workers finish in", async () => {
    const items: EchoItem[] = [60, 5, 40, 0, 25, 10].map((ms, i) => ({ value: `f${i}`, ms }));
    const { out, order } = await collect(items, { workerFile: ECHO, workers: 3, onFailure: failed });
    expect(out).toEqual(["f0!", "f1!", "f2!", "f3!", "f4!", "f5!"]);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test("a worker that exits or throws fails only its own item; the others are still checked", async () => {
    const items: EchoItem[] = [
      { value: "a" }, { value: "b", action: "exit" }, { value: "c", ms: 5 }, { value: "d", action: "throw" }, { value: "e" }, { value: "f" },
    ];
    const { out } = await collect(items, { workerFile: ECHO, workers: 2, onFailure: failed });
    expect(out[0]).toBe("a!");
    expect(out[1]).toMatch(/^b failed: worker exited \(code 3\)$/);
    expect(out[2]).toBe("c!");
    expect(out[3]).toBe("d failed: failed on d");
    expect(out.slice(4)).toEqual(["e!", "f!"]);
  });

  test("an item that exhausts its worker's memory ceiling fails alone, with Node's code; the batch goes on", async () => {
    const items: EchoItem[] = [{ value: "a" }, { value: "hog", action: "oom" }, { value: "c" }];
    const codes: (string | undefined)[] = [];
    const { out } = await collect(items, {
      workerFile: ECHO, workers: 1, resourceLimits: { maxOldGenerationSizeMb: 32 },
      onFailure: (item, e) => { codes.push(e.code); return `${item.value} failed`; },
    });
    expect(out).toEqual(["a!", "hog failed", "c!"]);
    expect(codes).toEqual(["ERR_WORKER_OUT_OF_MEMORY"]);
  }, 30_000);

  test("items are handed out at most `window` ahead of the next result due: a slow item holds back few results", async () => {
    const items: EchoItem[] = [{ value: "slow", ms: 300, action: "stamp" }];
    for (let i = 1; i <= 8; i++) items.push({ value: `f${i}`, action: "stamp" });
    let slowDone = 0;
    const { out } = await collect(items, {
      workerFile: ECHO, workers: 2, window: 3,
      onFailure: failed,
    });
    const started = out.map((s) => Number(String(s).split("@")[1]));
    slowDone = started[0] + 300;
    // Items 1 and 2 run beside the slow one (window 3); item 3 and later wait until it is given.
    expect(started[1]).toBeLessThan(slowDone);
    expect(started[2]).toBeLessThan(slowDone);
    for (const t of started.slice(3)) expect(t).toBeGreaterThanOrEqual(slowDone - 5);
  }, 30_000);

  test("a worker script that cannot load fails every item instead of hanging", async () => {
    const { out } = await collect([{ value: "x" }, { value: "y" }], { workerFile: path.join(__dirname, "fixtures", "missing.js"), workers: 2, onFailure: (i) => `${i.value} failed` });
    expect(out).toEqual(["x failed", "y failed"]);
  });

  test("no items: no workers, nothing given", async () => {
    const { out } = await collect([], { workerFile: ECHO, workers: 4, onFailure: failed });
    expect(out).toEqual([]);
  });
});

describe("resolveJobs", () => {
  test("0 or nonsense means one worker per core beyond the first; never more than the files; at least one", () => {
    for (const [cores, workers] of [[8, 7], [4, 3], [2, 1], [1, 1]]) {
      expect(resolveJobs(0, 100, cores)).toEqual({ workers, lowered: null, cores });
      expect(resolveJobs(Number.NaN, 100, cores)).toEqual({ workers, lowered: null, cores });
      expect(resolveJobs(-3, 100, cores)).toEqual({ workers, lowered: null, cores });
    }
    expect(resolveJobs(0, 100).workers).toBe(Math.max(1, os.availableParallelism() - 1));
    expect(resolveJobs(8, 3, 8)).toEqual({ workers: 3, lowered: null, cores: 8 });
    expect(resolveJobs(2.7, 10, 4)).toEqual({ workers: 2, lowered: null, cores: 4 });
    expect(resolveJobs(1, 10, 4)).toEqual({ workers: 1, lowered: null, cores: 4 });
    expect(resolveJobs(4, 0, 4)).toEqual({ workers: 1, lowered: null, cores: 4 });
  });

  test("a --jobs above the cores is lowered to the cores, and says what was asked", () => {
    expect(resolveJobs(8, 100, 2)).toEqual({ workers: 2, lowered: 8, cores: 2 });
    expect(resolveJobs(3, 100, 2)).toEqual({ workers: 2, lowered: 3, cores: 2 });
    expect(resolveJobs(2, 100, 2)).toEqual({ workers: 2, lowered: null, cores: 2 });
    // lowered to the cores even when the files are fewer still
    expect(resolveJobs(64, 1, 2)).toEqual({ workers: 1, lowered: 64, cores: 2 });
  });
});

describe("workerMemoryMb", () => {
  test("half the memory shared by the workers, between 256 MB and 4 GB", () => {
    const gb = 1024 ** 3;
    expect(workerMemoryMb(1, 4 * gb)).toBe(2048);
    expect(workerMemoryMb(2, 4 * gb)).toBe(1024);
    expect(workerMemoryMb(8, 1 * gb)).toBe(256);
    expect(workerMemoryMb(1, 64 * gb)).toBe(4096);
  });
});

describe("checkFiles", () => {
  let dir: string;
  let files: string[];
  let expected: FileResult[];
  let bigSheet: string;

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
    bigSheet = path.join(dir, "besar.xlsx");
    fs.writeFileSync(bigSheet, withManyCells(fs.readFileSync(files[0]), 600, 400));
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("without the compiled worker (running from the sources) files are checked in this thread, each given in order", async () => {
    const out: FileResult[] = [];
    await checkFiles(files, { workers: 2, workerFile: path.join(dir, "no-worker.js"), onResult: (r, i) => { expect(i).toBe(out.length); out.push(r); } });
    expect(out).toEqual(expected);
  });

  test("a file over the size limit is refused before it is read, with its size", async () => {
    const r = await checkFile(files[0], { maxBytes: 1024 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.en).toMatch(/^The file is too large to check \(1 MB; at most 1 MB\)\.$/);
    expect((await checkFile(files[0])).ok).toBe(true);
  });

  test("the compiled CLI checks files in worker threads, in input order, a memory hog failing alone, and lets the process exit", () => {
    // Compile the CLI as `npm run build:cli` does, into a temporary lib/ (types are checked elsewhere).
    const build = path.join(dir, "build");
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(build, "..", "node_modules"), "junction");
    const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
    const compiled = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json", "--outDir", build, "--noCheck"], { cwd: ROOT, encoding: "utf8" });
    expect(compiled.stderr).toBe("");
    expect(fs.existsSync(path.join(build, "cli", "worker.js"))).toBe(true);

    // A child process that runs the pool and then simply ends: a live worker would keep it
    // running past the timeout. It prints whether the workers (not the fallback) did the work.
    const run = (list: string[], extra: string) => {
      const script = `
        const { checkFiles, CHECK_WORKER } = require(${JSON.stringify(path.join(build, "cli", "pool.js"))});
        const results = [];
        checkFiles(${JSON.stringify(list)}, { workers: 2, onResult: (r) => results.push(r) ${extra} }).then(() => {
          process.stdout.write(JSON.stringify({ worker: require("fs").existsSync(CHECK_WORKER), results }));
        });`;
      const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60_000 });
      expect(child.signal).toBeNull();
      expect(child.status).toBe(0);
      return JSON.parse(child.stdout) as { worker: boolean; results: FileResult[] };
    };
    const doc = run(files, "");
    expect(doc.worker).toBe(true);
    expect(doc.results).toEqual(expected);

    // Workers of 48 MB: the large sheet stops its check, the next file is checked.
    const hog = run([files[0], bigSheet, files[3]], ", memoryMb: 48");
    expect(hog.results.map((r) => r.ok)).toEqual([true, false, true]);
    const reason = hog.results[1].ok ? "" : hog.results[1].reason.en;
    expect(reason).toBe("Checking this file needs more than 48 MB of memory and was stopped; the other files are still checked.");
    expect(hog.results[2]).toEqual(expected[3]);
  }, 180_000);
});
