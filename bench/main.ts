/**
 * `npm run bench`: engine time, scaling, CLI over its ExcelJS floor,
 * Excel round trips, bundle sizes; `--batch` adds the reviewers' batch.
 * Prints readable tables; with --json the last line is one JSON document.
 * Options: --json, --batch, --skip engine,cli,syncs,bundle (comma list), --against DIR (another
 * build's root, its CLI built: measured in the same rounds as this one, e.g. a worktree of the
 * commit before a change).
 */
import * as os from "node:os";
import * as path from "node:path";
import { benchBatch, type BatchFigures } from "./batch";
import { benchBundles } from "./bundle";
import { benchCli, cliSteps, type CliFigures } from "./cli";
import { benchColdWarm } from "./coldWarm";
import { benchEngine, benchScaling, enginePhases, type EngineRow } from "./engine";
import { round, table } from "./stats";
import { benchActions, benchSyncs, type SyncCounts } from "./syncs";
import { writeSyntheticXlsx } from "./syntheticXlsx";
import { latestList, listedKegiatan, ownKegiatan } from "./synthetic";

const TARGETS = { validate10kMs: 50, scaling50kOver10k: 6, cliOverExcelJs: 0.5, syncs: 3 };
/** The ratio when the CLI itself loaded the file with ExcelJS (BENCHMARKS.md, "CLI over its floor", before the package adapter). */
const EXCELJS_ADAPTER_RATIO = 1.11;

function say(line = ""): void {
  process.stdout.write(line + "\n");
}

export async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes("--json");
  const skipAt = argv.indexOf("--skip");
  const skip = new Set(skipAt >= 0 ? (argv[skipAt + 1] ?? "").split(",") : []);
  const againstAt = argv.indexOf("--against");
  const against = againstAt >= 0 ? path.resolve(argv[againstAt + 1] ?? "") : undefined;
  const doc: Record<string, unknown> = {};
  say(`Renaksi benchmark - node ${process.version}, ${os.availableParallelism()} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);

  if (!skip.has("engine")) {
    const engine: EngineRow[] = benchEngine([100, 1000, 10000, 50000]);
    const at = (n: number) => engine.find((e) => e.rows === n) as EngineRow;
    doc.validate10kMs = at(10000).medianMs;
    doc.scaling50kOver10k = round(at(50000).medianMs / at(10000).medianMs, 2);
    // CPU time is steadier than wall-clock time on a shared machine.
    doc.scaling50kOver10kCpu = round(at(50000).cpuMedianMs / at(10000).cpuMedianMs, 2);
    // The same ratio with the two sizes run alternately in one heap: what the heap's size does to it.
    const alternating = benchScaling(10000, 50000);
    doc.scalingAlternating = alternating;
    doc.engine = engine;
    say("\nEngine: recognize + parse + validate (synthetic plan, 2% defects)");
    say(table([["rows", "runs", "median ms", "min ms", "cpu ms", "findings"], ...engine.map((e) => [e.rows, e.runs, e.medianMs, e.minMs, e.cpuMedianMs, e.findings])]));
    const phases = enginePhases(10000);
    doc.phases10kMs = phases;
    say(`phases at 10,000 rows (median ms): ${Object.entries(phases).map(([k, v]) => `${k} ${v}`).join(", ")}`);
    say(`validate10kMs ${doc.validate10kMs} (target < ${TARGETS.validate10kMs}); scaling 50k/10k ${doc.scaling50kOver10k} (cpu ${doc.scaling50kOver10kCpu}; target <= ${TARGETS.scaling50kOver10k})`);
    say(`the same with 10,000 and 50,000 rows run alternately (${alternating.pairs} pairs): ${alternating.smallMs} and ${alternating.largeMs} ms, ratio ${alternating.ratio} (cpu ${alternating.cpuRatio})`);
  }

  if (!skip.has("cli")) {
    // The plan of a governed year (2027) with each programme's own kegiatan, as offices file them;
    // and the same plan with every programme given the support programme's kegiatan (the earlier
    // bench plan: about 900 of its rows filed under a programme the list puts elsewhere).
    const list = await latestList();
    const file = path.join(os.tmpdir(), "renaksi-bench", "plan-10000.xlsx");
    const misfiled = path.join(os.tmpdir(), "renaksi-bench", "plan-10000-misfiled.xlsx");
    await writeSyntheticXlsx(file, { rows: 10000, seed: 8, defects: 0.02, kegiatanOf: listedKegiatan(list) });
    await writeSyntheticXlsx(misfiled, { rows: 10000, seed: 8, defects: 0.02 });
    // An office naming its own kegiatan: every one of those names is looked for in the list (the matcher).
    const own = path.join(os.tmpdir(), "renaksi-bench", "plan-10000-own.xlsx");
    await writeSyntheticXlsx(own, { rows: 10000, seed: 8, defects: 0.02, kegiatanOf: ownKegiatan });
    const cli: CliFigures = benchCli(file, 11, against);
    cli.steps = { ...cli.steps, ...(await cliSteps(file)) };
    const other: CliFigures = benchCli(misfiled, 11, against);
    const ownNames: CliFigures = benchCli(own, 5, against);
    doc.cliOverExcelJs = cli.ratio;
    doc.cli = cli;
    doc.cliOverExcelJsMisfiled = other.ratio;
    doc.cliOwnNames = ownNames;
    say("\nCLI: node bin/renaksi.js validate (10,000-row .xlsx of 2027) over a bare ExcelJS load, alternating");
    const then = (f: CliFigures) => (f.against ? [f.against.cliMs, f.against.ratio] : []);
    say(table([
      ["plan", "renaksi validate --json (median ms)", "node -e ExcelJS readFile (median ms)", "ratio", ...(against ? [`${against} (median ms)`, "its ratio"] : [])],
      ["kegiatan under their own programme", cli.cliMs, cli.bareMs, cli.ratio, ...then(cli)],
      ["every kegiatan the support programme's", other.cliMs, other.bareMs, other.ratio, ...then(other)],
      ["kegiatan of the office's own (no list names them; 5 rounds)", ownNames.cliMs, ownNames.bareMs, ownNames.ratio, ...then(ownNames)],
    ]));
    say(`steps (ms): ${Object.entries(cli.steps).map(([k, v]) => `${k} ${v}`).join(", ")}`);
    say(`cliOverExcelJs ${cli.ratio} (target <= ${TARGETS.cliOverExcelJs}; ${EXCELJS_ADAPTER_RATIO} when the CLI loaded the file with ExcelJS)`);
    // The same validation five times in one fresh process: what of the CLI's time is V8 compiling and optimising the code.
    const runs = benchColdWarm(file);
    doc.coldWarm = runs;
    say("\nThe same validation 5 times in one fresh process (the CLI's lib/, code cache), ms");
    say(table([["run", "read grids", "engine", "total"], ...runs.map((r, i) => [i + 1, r.readGrids, r.engine, r.total])]));
    doc.cliOverExcelJsBefore = EXCELJS_ADAPTER_RATIO;
  }

  if (!skip.has("syncs")) {
    const desktop: SyncCounts = await benchSyncs([100, 20000], "desktop");
    const web: SyncCounts = await benchSyncs([100, 20000], "web");
    const whole = await benchActions([100, 20000]);
    doc.syncs = { ...desktop, actions: whole.actions };
    doc.syncsWeb = web;
    say("\nExcel round trips: context.sync() calls (fake Office.js context)");
    say(table([
      ["use case", "100 rows", "20,000 rows", "web 100", "web 20,000"],
      ...(["validate", "fill"] as const).map((k) =>
        [k, desktop[k]["100"], desktop[k]["20000"], web[k]["100"], web[k]["20000"]].map((v) => v ?? "failed")),
    ]));
    say("\nWhole user actions (desktop): Excel.run calls / context.sync() calls");
    say(table([
      ["action", "100 rows", "20,000 rows"],
      ...Object.entries(whole.actions).map(([k, v]) => [k, ...["rows100", "rows20000"].map((n) => (v[n] ? `${v[n].runs} / ${v[n].syncs}` : "failed"))]),
    ]));
    for (const e of [...(desktop.errors ?? []), ...(web.errors ?? []), ...whole.errors]) say(`FAILED ${e}`);
    say(`target: the same number at both sizes, <= ${TARGETS.syncs}`);
  }

  if (!skip.has("bundle")) {
    const { sizes, budgets } = benchBundles((l) => process.stderr.write(l + "\n"));
    doc.bundleGzipKb = sizes;
    say("\nProduction bundles, gzip -9");
    say(table([["bundle", "KiB", "budget"], ...Object.entries(sizes).map(([k, v]) => [k, v ?? "missing", budgets[k]])]));
  }

  if (argv.includes("--batch")) {
    const batch: BatchFigures = await benchBatch();
    doc.batch = batch;
    say(`\nReviewers' batch: renaksi validate FOLDER (${batch.files} workbooks, ${batch.rowsEach} rows each)`);
    say(table([
      ["jobs", "median ms", "cpu ms"],
      ["--jobs 1 (in process)", batch.jobs1Ms, batch.jobs1CpuMs],
      ["--jobs 2 (2 workers)", batch.jobs2Ms, batch.jobs2CpuMs],
    ]));
    say(`speed-up ${batch.speedup}`);
  }

  if (json) say(JSON.stringify(doc));
  return 0;
}
