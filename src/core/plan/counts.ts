import type { Plan, PlanCounts } from "./types";

/** Number of nodes per level, of indicators (every level's) and of their Rencana Aksi steps. */
export function countPlan(plan: Plan): PlanCounts {
  const c: PlanCounts = { sasaran: 0, program: 0, kegiatan: 0, subKegiatan: 0, indikator: 0, aksi: 0 };
  for (const n of plan.nodes) {
    c[n.level]++;
    c.indikator += n.indikators.length;
    for (const ind of n.indikators) c.aksi += ind.aksi.length;
  }
  return c;
}
