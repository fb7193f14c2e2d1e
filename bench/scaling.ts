/**
 * Where the 50,000-row run loses against five 10,000-row runs: a diagnostic, not part of
 * `npm run bench`.
 *   npm run bench -- --skip engine,cli,syncs,bundle   (compiles lib/bench once)
 *   node lib/bench/bench/scaling.js
 * For each size, in a process that ran the 10,000-row plan first (so the code is compiled
 * alike): the engine's wall time per 10,000 rows, split into garbage collection (the
 * collector's pauses, from perf_hooks) and the rest. The headline ratio is benchScaling's.
 */
import { PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { benchGrid, runEngine } from "./engine";
import { median, round } from "./stats";

const pauses: PerformanceEntry[] = [];
new PerformanceObserver((list) => pauses.push(...list.getEntries())).observe({ entryTypes: ["gc"] });

const idle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** One run: wall ms and the collector's pauses inside it (idle time before and after is left out). */
async function timed(run: () => void): Promise<{ wall: number; gc: number }> {
  await idle();
  pauses.length = 0;
  const t0 = performance.now();
  run();
  const t1 = performance.now();
  await idle();
  const gc = pauses.filter((p) => p.startTime >= t0 && p.startTime < t1).reduce((s, p) => s + p.duration, 0);
  return { wall: t1 - t0, gc };
}

async function main(): Promise<void> {
  const warm = benchGrid(10000);
  for (let i = 0; i < 6; i++) runEngine(warm);
  process.stdout.write("rows    wall ms  per 10k rows: wall  gc   rest\n");
  for (const rows of [5000, 10000, 20000, 50000]) {
    const grid = benchGrid(rows);
    for (let i = 0; i < 2; i++) runEngine(grid);
    const runs: { wall: number; gc: number }[] = [];
    for (let i = 0; i < 9; i++) runs.push(await timed(() => runEngine(grid)));
    const per = 10000 / rows;
    const wall = median(runs.map((r) => r.wall));
    const gc = median(runs.map((r) => r.gc));
    const rest = median(runs.map((r) => r.wall - r.gc));
    process.stdout.write(`${String(rows).padEnd(6)}  ${String(round(wall)).padStart(7)}  ${String(round(wall * per)).padStart(18)}  ${String(round(gc * per)).padStart(4)}  ${String(round(rest * per)).padStart(5)}\n`);
  }
}

void main();
