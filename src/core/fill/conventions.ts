import type { QuarterGroup } from "../layout/types";
import type { Plan } from "../plan/types";
import { readsUncomputed } from "../plan/uncomputed";
import { analyzeQuarters, dominantConvention, type Convention, type QuarterAnalysis } from "../quarters/convention";

export interface TableConvention {
  convention: Convention;
  /** True when read from the table's filled rows, false for a forced or default convention. */
  detected: boolean;
}

/** The fallback when nothing in the table is filled yet. */
export const DEFAULT_CONVENTION: Convention = "percentCumulative";

/**
 * The convention each quarter group follows: the forced one; else the one its
 * filled rows use (dominantConvention over the whole table, whatever the fill's
 * scope; rows resting on an uncomputed formula left out, plan/uncomputed.ts); else the other group's; else percent cumulative.
 */
export function tableConventions(plan: Plan, forced?: Convention): Record<QuarterGroup, TableConvention> {
  if (forced) return { kinerja: { convention: forced, detected: false }, pelaksanaan: { convention: forced, detected: false } };
  const analyses: Record<QuarterGroup, QuarterAnalysis[]> = { kinerja: [], pelaksanaan: [] };
  for (const row of plan.rows) {
    const quarters = row.quarterSets();
    for (const group of ["kinerja", "pelaksanaan"] as const) {
      const set = quarters[group];
      // A reading resting on an uncomputed formula is not known: it does not vote (as in the rules' tally).
      if (!set || readsUncomputed(plan.view, row, set)) continue;
      const analysis = analyzeQuarters(set, row.target);
      if (!analysis.allEmpty) analyses[group].push(analysis);
    }
  }
  const kinerja = dominantConvention(analyses.kinerja);
  const pelaksanaan = dominantConvention(analyses.pelaksanaan);
  const pick = (own: Convention | null, other: Convention | null): TableConvention =>
    own ? { convention: own, detected: true } : other ? { convention: other, detected: true } : { convention: DEFAULT_CONVENTION, detected: false };
  return { kinerja: pick(kinerja, pelaksanaan), pelaksanaan: pick(pelaksanaan, kinerja) };
}
