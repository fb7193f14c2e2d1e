/** What metaFromPlan (planRead.ts) reads from a plan sheet. */
import type { DecreeMetaPatch, MetaIssue } from "./meta";

/** One field read from the plan and the cell it came from ("Lampiran I!J3"). */
export interface PlanSource {
  field: string;
  cell: string;
}

export interface PlanMeta {
  /** What the plan gives, to merge over the defaults. */
  meta: DecreeMetaPatch;
  /** The region of the letterhead's government line ("Kabupaten Pringsewu"), for the defaults. */
  regency: string | null;
  sources: PlanSource[];
  /** The heading's own values (penetap as written too), for planConflicts. */
  heading: Partial<Record<"penetap" | "nomor" | "tanggal" | "tentang", { value: string; cell: string }>>;
  issues: MetaIssue[];
}

