import type { Finding } from "../finding";
import type { Level, Plan, PlanNode } from "../plan/types";
import { toA1 } from "../grid";
import { clip, finding, type RuleContext } from "./context";
import { tallyLevels, styleFindings } from "./numberingLevels";
import { formatOrdinal, isSequenceStyle } from "./ordinals";
import { levelWord } from "./words";

/**
 * Calls visit for each list of siblings of one level under one parent (parentless nodes of a
 * level form one list) that may have something to report; Sasaran left out. The usual list is
 * a children list itself: only a list that mixes levels is split (by level, in order of first
 * appearance).
 */
function forEachSiblingList(plan: Plan, visit: (list: readonly PlanNode[]) => void): void {
  splitByLevel(plan.roots, visit);
  for (const node of plan.nodes) splitByLevel(node.children, visit);
}

function splitByLevel(siblings: readonly PlanNode[], visit: (list: readonly PlanNode[]) => void): void {
  if (siblings.length === 0 || quietList(siblings)) return;
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

/**
 * A list with nothing to report, read in one pass (the usual list): one level other than
 * Sasaran, its numbered nodes 1, 2, 3 ... in order, and at most one code.
 */
function quietList(list: readonly PlanNode[]): boolean {
  const level = list[0].level;
  if (level === "sasaran") return false;
  let count = 0;
  let codes = 0;
  for (const n of list) {
    if (n.level !== level) return false;
    if (inSequence(n) && n.numbering.ordinal !== ++count) return false;
    if (n.code && ++codes > 1) return false;
  }
  return true;
}

function allOfLevel(nodes: readonly PlanNode[], level: Level): boolean {
  for (const n of nodes) if (n.level !== level) return false;
  return true;
}

/** A node counted in a sequence: a sequence style with a number. */
const inSequence = (n: PlanNode) => isSequenceStyle(n.numbering.style) && n.numbering.ordinal !== null;

function listOrdinals(like: PlanNode, ordinals: readonly number[]): string {
  const shown = ordinals.slice(0, 5).map((k) => formatOrdinal(like.numbering, k));
  return ordinals.length > 5 ? `${shown.join(", ")}, …` : shown.join(", ");
}

/** True when the list's numbered nodes run 1, 2, 3 ... in order: nothing to report (a code-numbered list, mostly). */
function runsInOrder(list: readonly PlanNode[]): boolean {
  let count = 0;
  for (const n of list) if (inSequence(n) && n.numbering.ordinal !== ++count) return false;
  return true;
}

/** What every sequence finding says about the node. */
function sequenceParams(node: PlanNode) {
  return { raw: node.numbering.raw, level: levelWord(node.level), parent: node.parent ? clip(node.parent.name, 60) : "-" };
}

/**
 * Duplicates, gaps and wrong order in one list of siblings. Two siblings with one number
 * contradict each other (which one is "B."?): error. A gap or a number out of order leaves
 * every number its own (a row dropped, numbers kept from the DPA): warning.
 */
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
        rule: "numbering.duplicate", severity: "error", at: node.cell(), key: "rules.numbering.duplicate",
        params: { ...sequenceParams(node), first: toA1(first.cell()), expected: formatOrdinal(node.numbering, max + 1) },
        hint: "rules.numbering.renumberHint",
      }));
    } else if (prev && o < max) {
      out.push(finding(plan, {
        rule: "numbering.order", severity: "warning", at: node.cell(), key: "rules.numbering.order",
        params: { ...sequenceParams(node), prev: prev.numbering.raw }, hint: "rules.numbering.renumberHint",
      }));
    } else if (o > max + 1) {
      const missing: number[] = [];
      for (let k = max + 1; k < o; k++) if (!all.has(k)) missing.push(k);
      if (missing.length === o - max - 1) {
        out.push(finding(plan, {
          rule: "numbering.gap", severity: "warning", at: node.cell(), key: prev ? "rules.numbering.gap" : "rules.numbering.gapFirst",
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
  const seen = new Map<string, PlanNode>();
  for (const node of list) {
    if (!node.code) continue;
    const first = seen.get(node.code);
    if (!first) {
      seen.set(node.code, node);
      continue;
    }
    out.push(finding(plan, {
      rule: "numbering.duplicate", severity: "error", at: node.codeCell() ?? node.cell(), key: "rules.numbering.duplicate",
      params: { raw: node.code, level: levelWord(node.level), parent: node.parent ? clip(node.parent.name, 60) : "-", first: toA1(first.codeCell() ?? first.cell()), expected: "" },
      hint: "rules.numbering.codeHint",
    }));
  }
}

/**
 * Numbering per parent and level: duplicates, gaps, wrong order; one style per level;
 * a level numbered 1..n across the whole table (not restarted per parent) is accepted as well.
 */
export function numberingRule(ctx: RuleContext): Finding[] {
  const { plan } = ctx;
  const out: Finding[] = [];
  const tallies = tallyLevels(plan);
  for (const tally of tallies.values()) styleFindings(plan, tally, out);
  forEachSiblingList(plan, (list) => {
    if (!tallies.get(list[0].level)?.continuous) sequenceFindings(plan, list, out);
    duplicateCodes(plan, list, out);
  });
  return out;
}
