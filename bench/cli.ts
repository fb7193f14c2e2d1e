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
import { ROOT, median, round } from "./stats";

export interface CliFigures {
  rounds: number;
  cliMs: number;
  bareMs: number;
  ratio: number;
  /** The CLI's steps inside one process (first run: module loading included). */
  steps: Record<string, number>;
}

function wallOf(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed: ${r.stderr?.toString().slice(0, 400)}`);
  return ms;
}

export function benchCli(file: string, rounds = 11): CliFigures {
  const bin = path.join(ROOT, "bin", "renaksi.js");
  if (!fs.existsSync(path.join(ROOT, "lib", "cli", "main.js"))) throw new Error("the CLI is not built (npm run build:cli)");
  const bare = `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)}).catch((e) => { console.error(e); process.exit(3); })`;
  const cli: number[] = [];
  const floor: number[] = [];
  wallOf(["-e", bare]); // warm the file cache
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first, so neither always runs on a warmer machine.
    if (i % 2 === 0) {
      cli.push(wallOf([bin, "validate", file, "--json"]));
      floor.push(wallOf(["-e", bare]));
    } else {
      floor.push(wallOf(["-e", bare]));
      cli.push(wallOf([bin, "validate", file, "--json"]));
    }
  }
  const cliMs = median(cli);
  const bareMs = median(floor);
  // Module loading alone: what `renaksi validate` loads (commands load when they run) against ExcelJS's entry.
  const loads = { cli: [] as number[], exceljs: [] as number[] };
  const cliModules = ["main.js", "commands/validate.js"].map((m) => `require(${JSON.stringify(path.join(ROOT, "lib", "cli", m))})`).join(";");
  for (let i = 0; i < 3; i++) {
    loads.cli.push(wallOf(["-e", cliModules]));
    loads.exceljs.push(wallOf(["-e", `require("exceljs")`]));
  }
  return {
    rounds, cliMs: round(cliMs), bareMs: round(bareMs), ratio: round(cliMs / bareMs, 2),
    steps: { requireCli: round(median(loads.cli)), requireExceljs: round(median(loads.exceljs)) },
  };
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
