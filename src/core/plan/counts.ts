import type { Genre } from "../layout/types";
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

/**
 * The counts worth showing for a table of a genre, in reading order: a PK or mixed table has no
 * Program / Kegiatan / Sub Kegiatan of its own (its steps are no Kegiatan), a nomenclature table
 * shows every level; Rencana Aksi steps wherever the table has them.
 */
export function shownCounts(genre: Genre, counts: PlanCounts): (keyof PlanCounts)[] {
  const levels: (keyof PlanCounts)[] = genre === "nomenklatur" ? ["sasaran", "program", "kegiatan", "subKegiatan", "indikator"] : ["sasaran", "indikator"];
  if (counts.aksi > 0 || genre !== "nomenklatur") levels.push("aksi");
  return levels;
}
