/**
 * The plan tree as the task pane shows it: Sasaran > Program > Kegiatan >
 * Sub Kegiatan, each with its indicators, and the range to select in Excel.
 */
import type { RangeRef } from "../core/grid";
import type { Level, Plan, PlanNode } from "../core/plan/types";

export interface OutlineItem {
  /** Unique within the plan. */
  key: string;
  level: Level | "indikator";
  /** Numbering as written ("Sasaran 1", "A.", "1)"), "" when none. */
  numbering: string;
  /** Name of the node, or the indicator's text. */
  name: string;
  /** The annual target as written, for indicators that have one. */
  target: string | null;
  /** The row in the table: what a click selects. */
  range: RangeRef;
  children: OutlineItem[];
}

/** The table row `row`, from the table's first to its last column. */
export function tableRowRange(plan: Plan, row: number): RangeRef {
  const { left, right } = plan.recognition.range;
  return { top: row, bottom: row, left, right };
}

function nodeItem(plan: Plan, node: PlanNode): OutlineItem {
  const indikators: OutlineItem[] = node.indikators.map((ind, i) => ({
    key: `${node.id}.i${i}`,
    level: "indikator",
    numbering: "",
    name: ind.text,
    target: ind.target?.raw.trim() || null,
    range: tableRowRange(plan, ind.cell().row),
    children: [],
  }));
  return {
    key: String(node.id),
    level: node.level,
    numbering: node.numbering.raw.trim(),
    name: node.name.trim(),
    target: null,
    range: tableRowRange(plan, node.cell().row),
    children: [...indikators, ...node.children.map((c) => nodeItem(plan, c))],
  };
}

export function planOutline(plan: Plan): OutlineItem[] {
  return plan.roots.map((n) => nodeItem(plan, n));
}
