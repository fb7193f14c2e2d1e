import { syntheticGrid, syntheticPlan } from "./synthetic";
import { analyzeGrids } from "../src/core/analyze";
import { validateAnalysis } from "../src/core/rules";
const n = Number(process.argv[2] ?? 10000);
const g = syntheticGrid(syntheticPlan({ rows: n, defects: 0.02 }));
for (let i = 0; i < 8; i++) {
  const t0 = performance.now();
  const a = analyzeGrids([g]);
  const t1 = performance.now();
  validateAnalysis(a);
  const t2 = performance.now();
  console.log(n, (t1 - t0).toFixed(1), (t2 - t1).toFixed(1));
}
