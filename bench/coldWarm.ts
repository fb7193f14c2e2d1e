/**
 * Where the CLI's time goes: the same validation run several times in one fresh process, as the
 * CLI runs it (lib/, with its code cache), each run's steps timed. The first run is what
 * `renaksi validate` pays; the later ones show the same work once V8 has compiled and optimised
 * it. Run by `npm run bench` (CLI section) in a child process:
 *   node lib/bench/bench/coldWarm.js FILE [RUNS]
 * prints one JSON line: [{readGrids, engine, total}, ...] per run, ms.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { ROOT, round } from "./stats";

export interface RunSteps {
  /** Reading the file, opening the package, reading the sheets' grids. */
  readGrids: number;
  /** Recognize, parse, the official list, every rule. */
  engine: number;
  total: number;
}

/** The CLI's own compiled modules (lib/), loaded as bin/renaksi.js loads them (not the bench's copies in lib/bench). */
function cliModule<T>(rel: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(ROOT, "lib", rel)) as T;
}

async function runSteps(file: string, runs: number): Promise<RunSteps[]> {
  cliModule<{ useCodeCache: (root: string) => unknown }>("cli/codeCache.js").useCodeCache(ROOT);
  const { openWorkbookFile } = cliModule<typeof import("../src/cli/open")>("cli/open.js");
  const { analyzeGrids } = cliModule<typeof import("../src/core/analyze")>("core/analyze.js");
  const rules = cliModule<typeof import("../src/core/rules")>("core/rules/index.js");
  const out: RunSteps[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const opened = await openWorkbookFile(file);
    if (!opened.ok) throw new Error(opened.reason.en);
    const { grids } = await opened.workbook.readGrids();
    const t1 = performance.now();
    // As app/validate.ts, with the grids read above.
    const analysis = analyzeGrids(grids);
    rules.validateAnalysis(analysis, await rules.listsForPlans(analysis.plans));
    const t2 = performance.now();
    out.push({ readGrids: round(t1 - t0), engine: round(t2 - t1), total: round(t2 - t0) });
  }
  return out;
}

/** The steps of `runs` validations of `file` in one fresh process (see the file's comment). */
export function benchColdWarm(file: string, runs = 5): RunSteps[] {
  const script = path.join(ROOT, "lib", "bench", "bench", "coldWarm.js");
  const r = spawnSync(process.execPath, [script, file, String(runs)], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`coldWarm failed: ${r.stderr.slice(0, 400)}`);
  return JSON.parse(r.stdout) as RunSteps[];
}

if (require.main === module) {
  runSteps(process.argv[2], Number(process.argv[3] ?? 5)).then(
    (steps) => process.stdout.write(JSON.stringify(steps) + "\n"),
    (e) => {
      process.stderr.write(String(e instanceof Error ? e.stack : e));
      process.exit(1);
    },
  );
}
