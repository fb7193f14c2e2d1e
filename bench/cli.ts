/**
 * The CLI against its floor: the whole `node bin/renaksi.js validate FILE --json`
 * process on a 10,000-row .xlsx over a bare `node -e` that only loads the same
 * file with ExcelJS; alternating, several rounds, medians. Plus where the CLI's
 * own time goes, measured in this process.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { analyzeGrids } from "../src/core/analyze";
import { validateAnalysis } from "../src/core/rules";
import { loadWorkbook } from "../src/xlsx/load";
import { readWorkbookFile } from "../src/xlsx/node-io";
import { ZLIB_CODEC } from "../src/xlsx/nodeCodec";
import { useCodec } from "../src/xlsx/zip";
import { ROOT, median, round } from "./stats";

export interface CliFigures {
  rounds: number;
  cliMs: number;
  bareMs: number;
  ratio: number;
  /** The CLI's steps inside one process (first run: module loading included). */
  steps: Record<string, number>;
  /** Another build's CLI (--against DIR), run in turn with these two. */
  against?: { dir: string; cliMs: number; ratio: number };
}

function wallOf(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed: ${r.stderr?.toString().slice(0, 400)}`);
  return ms;
}

/**
 * `against`: the root of another build of Renaksi (a worktree of an earlier commit, its CLI built),
 * measured in the same rounds: the ratio before and after a change, on the same machine at once.
 */
export function benchCli(file: string, rounds = 11, against?: string): CliFigures {
  const bin = path.join(ROOT, "bin", "renaksi.js");
  if (!fs.existsSync(path.join(ROOT, "lib", "cli", "main.js"))) throw new Error("the CLI is not built (npm run build:cli)");
  if (against !== undefined && !fs.existsSync(path.join(against, "lib", "cli", "main.js"))) throw new Error(`${against}: no built CLI there (lib/cli/main.js)`);
  const bare = `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)}).catch((e) => { console.error(e); process.exit(3); })`;
  const runs: { args: string[]; times: number[] }[] = [
    { args: [bin, "validate", file, "--json"], times: [] },
    { args: ["-e", bare], times: [] },
  ];
  if (against !== undefined) runs.push({ args: [path.join(against, "bin", "renaksi.js"), "validate", file, "--json"], times: [] });
  wallOf(["-e", bare]); // warm the file cache
  for (let i = 0; i < rounds; i++) {
    // Each round starts with the next one, so none always runs on a warmer machine.
    for (let k = 0; k < runs.length; k++) {
      const run = runs[(i + k) % runs.length];
      run.times.push(wallOf(run.args));
    }
  }
  const cliMs = median(runs[0].times);
  const bareMs = median(runs[1].times);
  // Module loading alone: what `renaksi validate` loads (commands load when they run) against ExcelJS's entry.
  const loads = { cli: [] as number[], exceljs: [] as number[] };
  const cliModules = ["main.js", "commands/validate.js"].map((m) => `require(${JSON.stringify(path.join(ROOT, "lib", "cli", m))})`).join(";");
  for (let i = 0; i < 3; i++) {
    loads.cli.push(wallOf(["-e", cliModules]));
    loads.exceljs.push(wallOf(["-e", `require("exceljs")`]));
  }
  const figures: CliFigures = {
    rounds, cliMs: round(cliMs), bareMs: round(bareMs), ratio: round(cliMs / bareMs, 2),
    steps: { requireCli: round(median(loads.cli)), requireExceljs: round(median(loads.exceljs)) },
  };
  if (against !== undefined) {
    const otherMs = median(runs[2].times);
    figures.against = { dir: against, cliMs: round(otherMs), ratio: round(otherMs / bareMs, 2) };
  }
  return figures;
}

/**
 * The CLI's steps, timed in this process (which has run ExcelJS and the
 * engine before: warmer than the CLI's own process): reading the file,
 * opening the package (the workbook part), reading the sheets' grids
 * (their parts inflated and parsed), engine, JSON.
 */
export async function cliSteps(file: string): Promise<Record<string, number>> {
  const steps: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    steps[name] = round(now - t);
    t = now;
  };
  useCodec(ZLIB_CODEC); // as the CLI
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(read.message.en);
  lap("readFile");
  const loaded = loadWorkbook(read.data);
  if (!loaded.ok) throw new Error(loaded.message.en);
  lap("open");
  const { grids } = await loaded.workbook.readGrids();
  lap("readGrids");
  const analysis = analyzeGrids(grids);
  const findings = validateAnalysis(analysis);
  lap("engine");
  JSON.stringify(findings);
  lap("json");
  return steps;
}
