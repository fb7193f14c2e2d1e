/** Small timing helpers for the benchmark. */
import * as path from "node:path";

/** The repository root (the bench runs compiled from lib/bench/bench/). */
export const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}lib${path.sep}bench`) ? "../../.." : "..");

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function round(n: number, decimals = 1): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

/** CPU time of this process (all threads, user + system), in ms. */
export function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

export interface Timing {
  /** Wall-clock ms of each measured run. */
  wall: number[];
  /** CPU ms of each measured run. */
  cpu: number[];
}

/** Run `fn` `warmup` times unmeasured, then `runs` times measured. */
export function measure(fn: () => void, runs: number, warmup: number): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const t: Timing = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    fn();
    t.wall.push(performance.now() - t0);
    t.cpu.push(cpuMs() - c0);
  }
  return t;
}

/** A plain text table: first row is the header. */
export function table(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}
