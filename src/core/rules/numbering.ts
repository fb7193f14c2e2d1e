import type { Finding } from "../finding";
import type { Level, Plan, PlanNode } from "../plan/types";
import { toA1 } from "../grid";
import { clip, finding, type RuleContext } from "./context";
import { formatOrdinal, isSequenceStyle, styleLabel } from "./ordinals";
import { levelWord } from "./words";

/** Siblings of one level under one parent (parentless nodes of a level form one list); Sasaran left out. */
function siblingLists(plan: Plan): (readonly PlanNode[])[] {
  const lists: (readonly PlanNode[])[] = [];
  const add = (siblings: readonly PlanNode[]) => {
    if (siblings.length === 0) return;
    const level = siblings[0].level;
    if (level !== "sasaran" && siblings.every((n) => n.level === level)) {
      lists.push(siblings); // the usual case: the children list itself
      return;
    }
    const byLevel = new Map<Level, PlanNode[]>();
    for (const n of siblings) {
      if (n.level === "sasaran") continue;
      const list = byLevel.get(n.level);
      if (list) list.push(n);
      else byLevel.set(n.level, [n]);
    }
    for (const list of byLevel.values()) lists.push(list);
  };
  add(plan.roots);
  for (const node of plan.nodes) add(node.children);
  return lists;
}

/** True when the numbered nodes of a level run 1, 2, 3 ... across the whole table (numbering not restarted per parent). */
function continuousAcrossTable(nodes: readonly PlanNode[]): boolean {
  const numbered = nodes.filter((n) => isSequenceStyle(n.numbering.style));
  const restarts = numbered.some((n, i) => i > 0 && n.parent !== numbered[i - 1].parent && n.numbering.ordinal === 1);
  return !restarts && numbered.length > 0 && numbered.every((n, i) => n.numbering.ordinal === i + 1);
}

function listOrdinals(like: PlanNode, ordinals: readonly number[]): string {
  const shown = ordinals.slice(0, 5).map((k) => formatOrdinal(like.numbering, k));
  return ordinals.length > 5 ? `${shown.join(", ")}, …` : shown.join(", ");
}

/** Duplicates, gaps and wrong order in one list of siblings. */
function sequenceFindings(plan: Plan, list: readonly PlanNode[]): Finding[] {
  const out: Finding[] = [];
  const numbered = list.filter((n) => isSequenceStyle(n.numbering.style) && n.numbering.ordinal !== null);
  const all = new Set(numbered.map((n) => n.numbering.ordinal as number));
  const seen = new Map<number, PlanNode>();
  let prev: PlanNode | null = null;
  let max = 0;
  for (const node of numbered) {
    const o = node.numbering.ordinal as number;
    const base = () => ({ raw: node.numbering.raw, level: levelWord(node.level), parent: node.parent ? clip(node.parent.name, 60) : "-" });
    const first = seen.get(o);
    if (first) {
      out.push(finding(plan, {
        rule: "numbering.duplicate", severity: "error", at: node.cell, key: "rules.numbering.duplicate",
        params: { ...base(), first: toA1(first.cell), expected: formatOrdinal(node.numbering, max + 1) },
        hint: "rules.numbering.renumberHint",
      }));
    } else if (prev && o < max) {
      out.push(finding(plan, {
        rule: "numbering.order", severity: "error", at: node.cell, key: "rules.numbering.order",
        params: { ...base(), prev: prev.numbering.raw }, hint: "rules.numbering.renumberHint",
      }));
    } else if (o > max + 1) {
      const missing: number[] = [];
      for (let k = max + 1; k < o; k++) if (!all.has(k)) missing.push(k);
      if (missing.length === o - max - 1) {
        out.push(finding(plan, {
          rule: "numbering.gap", severity: "error", at: node.cell, key: prev ? "rules.numbering.gap" : "rules.numbering.gapFirst",
          params: { ...base(), prev: prev?.numbering.raw ?? "", missing: listOrdinals(node, missing) }, hint: "rules.numbering.renumberHint",
        }));
      }
    }
    if (!first) seen.set(o, node);
    max = Math.max(max, o);
    prev = node;
  }
  return out;
}

/** Code-numbered siblings: the same code twice. */
function duplicateCodes(plan: Plan, list: readonly PlanNode[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, PlanNode>();
  for (const node of list) {
    if (!node.code) continue;
    const first = seen.get(node.code);
    if (!first) {
      seen.set(node.code, node);
      continue;
    }
    out.push(finding(plan, {
      rule: "numbering.duplicate", severity: "error", at: node.codeCell ?? node.cell, key: "rules.numbering.duplicate",
      params: { raw: node.code, level: levelWord(node.level), parent: node.parent ? clip(node.parent.name, 60) : "-", first: toA1(first.codeCell ?? first.cell), expected: "" },
      hint: "rules.numbering.codeHint",
    }));
  }
  return out;
}

/** One style per level across the table ("1." beside "1)" is mixed), and no unnumbered node among numbered ones. */
function styleFindings(plan: Plan, level: Level, nodes: readonly PlanNode[]): Finding[] {
  const counts = new Map<string, { n: number; example: PlanNode }>();
  let unnumbered = 0;
  for (const node of nodes) {
    if (node.numbering.style === "none") {
      if (!node.code) unnumbered++;
      continue;
    }
    const key = node.numbering.style;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, example: node });
  }
  let major: { n: number; example: PlanNode } | null = null;
  for (const c of counts.values()) if (!major || c.n > major.n) major = c;
  if (!major) return [];
  const out: Finding[] = [];
  const numberedCount = nodes.length - unnumbered;
  for (const node of nodes) {
    const params = () => ({ level: levelWord(level), raw: node.numbering.raw, name: clip(node.name), example: styleLabel(major.example.numbering) });
    if (node.numbering.style === "none") {
      if (!node.code && numberedCount > unnumbered) {
        out.push(finding(plan, { rule: "numbering.missing", severity: "warning", at: node.cell, key: "rules.numbering.missing", params: params() }));
      }
    } else if (counts.size > 1 && counts.get(node.numbering.style) !== major) {
      out.push(finding(plan, { rule: "numbering.mixedStyle", severity: "warning", at: node.cell, key: "rules.numbering.mixedStyle", params: params() }));
    }
  }
  return out;
}

/**
 * Numbering per parent and level: duplicates, gaps, wrong order; one style per level;
 * a level numbered 1..n across the whole table (not restarted per parent) is accepted as well.
 */
export function numberingRule(ctx: RuleContext): Finding[] {
  const { plan } = ctx;
  const out: Finding[] = [];
  const byLevel = new Map<Level, PlanNode[]>();
  for (const n of plan.nodes) {
    if (n.level === "sasaran") continue;
    const l = byLevel.get(n.level);
    if (l) l.push(n);
    else byLevel.set(n.level, [n]);
  }
  const continuous = new Set<Level>();
  for (const [level, nodes] of byLevel) {
    if (continuousAcrossTable(nodes) && nodes.some((n) => n.parent !== nodes[0].parent)) continuous.add(level);
    for (const f of styleFindings(plan, level, nodes)) out.push(f); // not push(...): 100,000s of findings overflow the stack
  }
  for (const list of siblingLists(plan)) {
    if (!continuous.has(list[0].level)) for (const f of sequenceFindings(plan, list)) out.push(f);
    for (const f of duplicateCodes(plan, list)) out.push(f);
  }
  return out;
}
