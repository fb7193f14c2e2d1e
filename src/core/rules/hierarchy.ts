import type { Finding } from "../finding";
import type { Plan, PlanNode, PlanRow } from "../plan/types";
import { clip, finding, spanRange, type RuleContext } from "./context";
import { levelWord } from "./words";
import { isBlankTarget, targetText, unitOnly } from "./targets";

/** The level a node's parent should have. */
const EXPECTED_PARENT = { program: "sasaran", kegiatan: "program", subKegiatan: "kegiatan" } as const;
const PARENT_RULE = {
  program: ["hierarchy.programNoSasaran", "rules.hierarchy.programNoSasaran"],
  kegiatan: ["hierarchy.kegiatanNoProgram", "rules.hierarchy.kegiatanNoProgram"],
  subKegiatan: ["hierarchy.subKegiatanNoKegiatan", "rules.hierarchy.subKegiatanNoKegiatan"],
} as const;

function hasIndicatorColumn(plan: Plan): boolean {
  const c = plan.recognition.columns;
  return c.indikator !== undefined || c.indikatorSasaran !== undefined || c.indikatorProgram !== undefined;
}

/** A node whose parent is missing or of the wrong level. A Program needs a Sasaran only where the table has Sasaran. */
function parentFindings(plan: Plan, node: PlanNode, hasSasaran: boolean): Finding | null {
  if (node.level === "sasaran") return null;
  const expected = EXPECTED_PARENT[node.level];
  if (node.parent?.level === expected) return null;
  if (node.level === "program" && !hasSasaran) return null;
  const [rule, key] = PARENT_RULE[node.level];
  return finding(plan, {
    rule, severity: "error", at: node.cell(), key,
    params: { name: clip(node.name), parent: node.parent ? clip(node.parent.name) : "-" },
    hint: "rules.hierarchy.parentHint", hintParams: { level: levelWord(expected) },
  });
}

/** The plan row at a sheet row, if any (plan rows are in sheet order, one per row). */
function planRowAt(rows: readonly PlanRow[], row: number): PlanRow | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = rows[mid].row;
    if (r === row) return rows[mid];
    if (r < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A node without any indicator (its row's target quoted). Sasaran, Program and Kegiatan: warning; Sub Kegiatan: error. */
function indicatorFindings(plan: Plan, node: PlanNode): Finding | null {
  if (node.indikators.length > 0) return null;
  // The row's target is the node's unless it belongs to an indicator of another node on that row
  // (a flat table names the Program, the Kegiatan and the Sub Kegiatan on the Sub Kegiatan's indicator row).
  const row = planRowAt(plan.rows, node.firstRow);
  const t = row && (!row.indikator || row.indikator.owner === node) ? row.target : null;
  const target = t && !isBlankTarget(t) && !unitOnly(t) ? targetText(t) : null;
  const params = { level: levelWord(node.level), name: clip(node.name), target: target ?? "" };
  if (node.level === "subKegiatan") {
    return finding(plan, {
      rule: "hierarchy.subKegiatanNoIndicator", severity: "error", at: node.cell(),
      key: "rules.hierarchy.subKegiatanNoIndicator", params, hint: "rules.hierarchy.noIndicatorHint",
    });
  }
  if (node.level === "kegiatan") {
    return finding(plan, {
      rule: "hierarchy.kegiatanNoIndicator", severity: "warning", at: node.cell(),
      key: target ? "rules.hierarchy.kegiatanTargetNoIndicator" : "rules.hierarchy.kegiatanNoIndicator",
      params, hint: "rules.hierarchy.noIndicatorHint",
    });
  }
  return finding(plan, {
    rule: "hierarchy.noIndicator", severity: "warning", at: node.cell(),
    key: "rules.hierarchy.noIndicator", params, hint: "rules.hierarchy.noIndicatorHint",
  });
}

/**
 * Indicators of a Perjanjian Kinerja table (genre pk, a Rencana Aksi column) with no action step:
 * the steps that reach the target are what the table is for, so an empty (or "-") Rencana Aksi
 * cell is probably unfinished. A Rencana Aksi cell merged down over the indicator's row (one action
 * for several indicators) is its action.
 */
function noAksiFindings(plan: Plan): Finding[] {
  const rec = plan.recognition;
  const cols = rec.aksiColumns;
  if (rec.genre !== "pk" || cols.length === 0) return [];
  const out: Finding[] = [];
  for (let n = 0; n < plan.nodes.length; n++) {
    const inds = plan.nodes[n].indikators;
    for (let i = 0; i < inds.length; i++) {
      const ind = inds[i];
      if (ind.aksi.length > 0) continue;
      const row = ind.planRow.row;
      if (cols.some((c) => plan.view.isCovered(row, c))) continue;
      out.push(finding(plan, {
        rule: "hierarchy.noAksi", severity: "warning", at: { row, col: cols[0] },
        key: "rules.hierarchy.noAksi", params: { text: clip(ind.text) }, hint: "rules.hierarchy.noAksiHint",
      }));
    }
  }
  return out;
}

/**
 * The tree's shape: every Sub Kegiatan under a Kegiatan, every Kegiatan under a Program,
 * every Program under a Sasaran (when the table has Sasaran); every node with an indicator;
 * every indicator with a target where the layout has a target column for it.
 */
export function hierarchyRule(ctx: RuleContext): Finding[] {
  const { plan } = ctx;
  const out: Finding[] = [];
  const hasSasaran = plan.recognition.columns.sasaran !== undefined || plan.nodes.some((n) => n.level === "sasaran");
  const indicators = hasIndicatorColumn(plan);
  // Indexed loops over rows, nodes and indicators here and in the other rules: a for-of steps an
  // iterator (an object a step) until the loop is optimised, which a single run barely reaches.
  for (let n = 0; n < plan.nodes.length; n++) {
    const node = plan.nodes[n];
    const p = parentFindings(plan, node, hasSasaran);
    if (p) out.push(p);
    if (indicators) {
      const f = indicatorFindings(plan, node);
      if (f) out.push(f);
    }
    for (let i = 0; i < node.indikators.length; i++) {
      const ind = node.indikators[i];
      if (!ind.hasTargetColumn || !isBlankTarget(ind.target)) continue;
      const tc = plan.recognition.columns.target as number;
      out.push(finding(plan, {
        rule: "hierarchy.indicatorNoTarget", severity: "error",
        at: spanRange([ind.cell(), { row: ind.planRow.row, col: tc }]),
        key: "rules.hierarchy.indicatorNoTarget", params: { text: clip(ind.text) }, hint: "rules.target.formatHint",
      }));
    }
  }
  for (const f of noAksiFindings(plan)) out.push(f);
  return out;
}
