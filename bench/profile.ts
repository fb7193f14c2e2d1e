/**
 * A profiling target: the engine on one synthetic plan, repeatedly.
 *   npm run bench -- --skip engine,cli,syncs,bundle   (compiles lib/bench once)
 *   node --cpu-prof --cpu-prof-dir=prof lib/bench/bench/profile.js 10000 [parse]
 * then open prof/*.cpuprofile in Chrome DevTools (Performance) or VS Code.
 * With "parse" only recognize + parse run (validate left out).
 */
import { GridView } from "../src/core/grid";
import { recognize } from "../src/core/layout/recognize";
import { parsePlan } from "../src/core/plan/parse";
import { validate } from "../src/core/rules";
import { benchGrid } from "./engine";

const rows = Number(process.argv[2] ?? 10000);
const parseOnly = process.argv[3] === "parse";
const grid = benchGrid(rows);
for (let i = 0; i < Number(process.env.ITER ?? 10); i++) {
  const t0 = performance.now();
  const view = new GridView(grid);
  const r = recognize(grid, view);
  if (!r.ok) throw new Error("the synthetic plan was not recognized");
  const plan = parsePlan(view, r.recognition);
  if (!parseOnly) validate(plan);
  process.stdout.write(`${rows} rows: ${(performance.now() - t0).toFixed(1)} ms\n`);
}
