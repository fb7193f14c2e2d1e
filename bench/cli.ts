/**
 * The CLI against its floor: the whole `node bin/renaksi.js validate FILE --json`
 * process on a 10,000-row .xlsx over a bare `node -e` that only loads the same
 * file with ExcelJS; alternating, several rounds, medians. Plus where the CLI's
 * own time goes, measured in this process.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { analyzeGrids } from "../src/core/analyze";
import { validateAnalysis } from "../src/core/rules";
import { gridFromWorksheet } from "../src/xlsx/grid";
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

export function benchCli(file: string, rounds = 7): CliFigures {
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
  // Module loading alone: the CLI's modules against ExcelJS's.
  const loads = { cli: [] as number[], exceljs: [] as number[] };
  for (let i = 0; i < 3; i++) {
    loads.cli.push(wallOf(["-e", `require(${JSON.stringify(path.join(ROOT, "lib", "cli", "main.js"))})`]));
    loads.exceljs.push(wallOf(["-e", `require("exceljs")`]));
  }
  return {
    rounds, cliMs: round(cliMs), bareMs: round(bareMs), ratio: round(cliMs / bareMs, 2),
    steps: { requireCli: round(median(loads.cli)), requireExceljs: round(median(loads.exceljs)) },
  };
}

/** The CLI's steps, timed in this process: ExcelJS load, grid building, engine, JSON. */
export async function cliSteps(file: string): Promise<Record<string, number>> {
  const steps: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    steps[name] = round(now - t);
    t = now;
  };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  lap("exceljsLoad");
  const grids = wb.worksheets.map((ws) => gridFromWorksheet(ws));
  lap("gridFromWorksheet");
  const analysis = analyzeGrids(grids);
  const findings = validateAnalysis(analysis);
  lap("engine");
  JSON.stringify(findings);
  lap("json");
  return steps;
}
