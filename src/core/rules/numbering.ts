import type { Finding } from "../finding";
import type { Level, Plan, PlanNode } from "../plan/types";
import { toA1 } from "../grid";
import { clip, finding, type RuleContext } from "./context";
import { formatOrdinal, isSequenceStyle, styleLabel } from "./ordinals";
import { levelWord } from "./words";

/**
 * Calls visit for each list of siblings of one level under one parent (parentless nodes of a
 * level form one list); Sasaran left out. The usual list is a children list itself: only a list
 * that mixes levels is split (by level, in order of first appearance).
 */
function forEachSiblingList(plan: Plan, visit: (list: readonly PlanNode[]) => void): void {
  splitByLevel(plan.roots, visit);
  for (const node of plan.nodes) splitByLevel(node.children, visit);
}

function splitByLevel(siblings: readonly PlanNode[], visit: (list: readonly PlanNode[]) => void): void {
  if (siblings.length === 0) return;
  const level = siblings[0].level;
  if (level !== "sasaran" && allOfLevel(siblings, level)) {
    visit(siblings);
    return;
  }
  const byLevel = new Map<Level, PlanNode[]>();
  for (const n of siblings) {
    if (n.level === "sasaran") continue;
    const list = byLevel.get(n.level);
    if (list) list.push(n);
    else byLevel.set(n.level, [n]);
  }
  for (const list of byLevel.values()) visit(list);
}

function allOfLevel(nodes: readonly PlanNode[], level: Level): boolean {
  for (const n of nodes) if (n.level !== level) return false;
  return true;
}

/** A node counted in a sequence: a sequence style with a number. */
const inSequence = (n: PlanNode) => isSequenceStyle(n.numbering.style) && n.numbering.ordinal !== null;

/** True when the numbered nodes of a level run 1, 2, 3 ... across the whole table (numbering not restarted per parent). */
function continuousAcrossTable(nodes: readonly PlanNode[]): boolean {
  let count = 0;
  for (const n of nodes) {
    // Any number out of the running count (a restart at 1 under the next parent is one).
    if (isSequenceStyle(n.numbering.style) && n.numbering.ordinal !== ++count) return false;
  }
  return count > 0;
}

function listOrdinals(like: PlanNode, ordinals: readonly number[]): string {
  const shown = ordinals.slice(0, 5).map((k) => formatOrdinal(like.numbering, k));
  return ordinals.length > 5 ? `${shown.join(", ")}, …` : shown.join(", ");
}

/** True when the list's numbered nodes run 1, 2, 3 ... in order (the usual list): nothing to report. */
function runsInOrder(list: readonly PlanNode[]): boolean {
  let count = 0;
  for (const n of list) if (inSequence(n) && n.numbering.ordinal !== ++count) return false;
  return true;
}

/** What every sequence finding says about the node. */
function sequenceParams(node: PlanNode) {
  return { raw: node.numbering.raw, level: levelWord(node.level), parent: node.parent ? clip(node.parent.name, 60) : "-" };
}

/** Duplicates, gaps and wrong order in one list of siblings. */
function sequenceFindings(plan: Plan, list: readonly PlanNode[], out: Finding[]): void {
  if (runsInOrder(list)) return;
  const numbered = list.filter(inSequence);
  const all = new Set(numbered.map((n) => n.numbering.ordinal as number));
  const seen = new Map<number, PlanNode>();
  let prev: PlanNode | null = null;
  let max = 0;
  for (const node of numbered) {
    const o = node.numbering.ordinal as number;
    const first = seen.get(o);
    if (first) {
      out.push(finding(plan, {
        rule: "numbering.duplicate", severity: "error", at: node.cell, key: "rules.numbering.duplicate",
        params: { ...sequenceParams(node), first: toA1(first.cell), expected: formatOrdinal(node.numbering, max + 1) },
        hint: "rules.numbering.renumberHint",
      }));
    } else if (prev && o < max) {
      out.push(finding(plan, {
        rule: "numbering.order", severity: "error", at: node.cell, key: "rules.numbering.order",
        params: { ...sequenceParams(node), prev: prev.numbering.raw }, hint: "rules.numbering.renumberHint",
      }));
    } else if (o > max + 1) {
      const missing: number[] = [];
      for (let k = max + 1; k < o; k++) if (!all.has(k)) missing.push(k);
      if (missing.length === o - max - 1) {
        out.push(finding(plan, {
          rule: "numbering.gap", severity: "error", at: node.cell, key: prev ? "rules.numbering.gap" : "rules.numbering.gapFirst",
          params: { ...sequenceParams(node), prev: prev?.numbering.raw ?? "", missing: listOrdinals(node, missing) }, hint: "rules.numbering.renumberHint",
        }));
      }
    }
    if (!first) seen.set(o, node);
    max = Math.max(max, o);
    prev = node;
  }
}

/** Code-numbered siblings: the same code twice. */
function duplicateCodes(plan: Plan, list: readonly PlanNode[], out: Finding[]): void {
  if (countCodes(list) < 2) return; // most lists: no codes at all
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
}

function countCodes(list: readonly PlanNode[]): number {
  let n = 0;
  for (const node of list) if (node.code) n++;
  return n;
}

interface StyleCount {
  n: number;
  example: PlanNode;
}

/** One style per level across the table ("1." beside "1)" is mixed), and no unnumbered node among numbered ones. */
function styleFindings(plan: Plan, level: Level, nodes: readonly PlanNode[], out: Finding[]): void {
  const counts = new Map<string, StyleCount>();
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
  let major: StyleCount | null = null;
  for (const c of counts.values()) if (!major || c.n > major.n) major = c;
  if (!major) return;
  const numberedCount = nodes.length - unnumbered;
  // Nothing to say when every node has the one style (the usual level).
  if (counts.size === 1 && (unnumbered === 0 || numberedCount <= unnumbered)) return;
  for (const node of nodes) {
    let rule: "numbering.missing" | "numbering.mixedStyle" | null = null;
    if (node.numbering.style === "none") {
      if (!node.code && numberedCount > unnumbered) rule = "numbering.missing";
    } else if (counts.size > 1 && counts.get(node.numbering.style) !== major) rule = "numbering.mixedStyle";
    if (rule === null) continue;
    const params = { level: levelWord(level), raw: node.numbering.raw, name: clip(node.name), example: styleLabel(major.example.numbering) };
    out.push(finding(plan, { rule, severity: "warning", at: node.cell, key: `rules.${rule}`, params }));
  }
}

/** Whether a level's nodes stand under more than one parent. */
function severalParents(nodes: readonly PlanNode[]): boolean {
  for (const n of nodes) if (n.parent !== nodes[0].parent) return true;
  return false;
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
    if (continuousAcrossTable(nodes) && severalParents(nodes)) continuous.add(level);
    styleFindings(plan, level, nodes, out);
  }
  forEachSiblingList(plan, (list) => {
    if (!continuous.has(list[0].level)) sequenceFindings(plan, list, out);
    duplicateCodes(plan, list, out);
  });
  return out;
}
