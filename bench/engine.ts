/**
 * Engine time: recognize + parse + validate on synthetic plans (median of
 * several runs after warm-up), and the share of each phase at one size.
 */
import { analyzeGrids } from "../src/core/analyze";
import { GridView, type Grid } from "../src/core/grid";
import { recognize } from "../src/core/layout/recognize";
import { parsePlan } from "../src/core/plan/parse";
import { validate, validateAnalysis } from "../src/core/rules";
import { cpuMs, measure, median, round } from "./stats";
import { syntheticGrid, syntheticPlan } from "./synthetic";

export interface EngineRow {
  rows: number;
  runs: number;
  medianMs: number;
  minMs: number;
  cpuMedianMs: number;
  findings: number;
}

/** Runs per size: enough for a stable median, few for the large plans. */
const RUNS: Record<number, number> = { 100: 31, 1000: 15, 10000: 9, 50000: 5 };

export function benchGrid(rows: number): Grid {
  return syntheticGrid(syntheticPlan({ rows, seed: 8, defects: 0.02 }));
}

/** The whole engine, as the surfaces call it. Returns the number of findings. */
export function runEngine(grid: Grid): number {
  return validateAnalysis(analyzeGrids([grid])).length;
}

export function benchEngine(sizes: readonly number[]): EngineRow[] {
  return sizes.map((rows) => {
    const grid = benchGrid(rows);
    const runs = RUNS[rows] ?? 5;
    let findings = 0;
    const t = measure(() => (findings = runEngine(grid)), runs, rows >= 50000 ? 1 : 3);
    return {
      rows, runs, findings,
      medianMs: round(median(t.wall)), minMs: round(Math.min(...t.wall)), cpuMedianMs: round(median(t.cpu)),
    };
  });
}

export interface ScalingFigures {
  pairs: number;
  /** Medians of the alternating runs, wall and CPU ms. */
  smallMs: number;
  largeMs: number;
  ratio: number;
  cpuRatio: number;
}

/**
 * The large plan's time over the small one's, the two run alternately in one process after
 * warming both, so that both run in the same heap (both grids alive). In benchEngine's table
 * each size runs in a heap of its own size, as it would in real use, and a 50,000-row heap
 * costs more per row to collect than a 10,000-row one. Reported beside the table's ratio, not
 * instead of it: the difference between the two is what the heap's size does (BENCHMARKS.md,
 * "Scaling").
 */
export function benchScaling(small = 10000, large = 50000, pairs = 9): ScalingFigures {
  const grids = [benchGrid(small), benchGrid(large)];
  for (let i = 0; i < 2; i++) for (const g of grids) runEngine(g);
  const wall: number[][] = [[], []];
  const cpu: number[][] = [[], []];
  for (let i = 0; i < pairs; i++) {
    grids.forEach((g, k) => {
      const c0 = cpuMs();
      const t0 = performance.now();
      runEngine(g);
      wall[k].push(performance.now() - t0);
      cpu[k].push(cpuMs() - c0);
    });
  }
  const [smallMs, largeMs] = wall.map(median);
  const [smallCpu, largeCpu] = cpu.map(median);
  return { pairs, smallMs: round(smallMs), largeMs: round(largeMs), ratio: round(largeMs / smallMs, 2), cpuRatio: round(largeCpu / smallCpu, 2) };
}

/** Median wall ms of each phase on one plan. */
export function enginePhases(rows: number, runs = 7): Record<string, number> {
  const grid = benchGrid(rows);
  const acc: Record<string, number[]> = { view: [], recognize: [], parse: [], validate: [] };
  const lap = (name: string, t0: number) => acc[name].push(performance.now() - t0);
  for (let i = 0; i < runs + 2; i++) {
    let t = performance.now();
    const view = new GridView(grid);
    lap("view", t);
    t = performance.now();
    const r = recognize(grid, view);
    lap("recognize", t);
    if (!r.ok) throw new Error("the synthetic plan was not recognized");
    t = performance.now();
    const plan = parsePlan(view, r.recognition);
    lap("parse", t);
    t = performance.now();
    validate(plan);
    lap("validate", t);
  }
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(acc)) out[k] = round(median(v.slice(2)));
  return out;
}
