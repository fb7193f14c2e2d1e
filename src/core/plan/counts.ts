import type { Plan, PlanCounts } from "./types";

/** Number of nodes per level and of indicators (every level's). */
export function countPlan(plan: Plan): PlanCounts {
  const c: PlanCounts = { sasaran: 0, program: 0, kegiatan: 0, subKegiatan: 0, indikator: 0 };
  for (const n of plan.nodes) {
    c[n.level]++;
    c.indikator += n.indikators.length;
  }
  return c;
}
