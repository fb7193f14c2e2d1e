import type { Finding } from "../finding";
import type { Level, Plan, PlanNode } from "../plan/types";
import { clip, finding } from "./context";
import { isSequenceStyle, styleLabel } from "./ordinals";
import { levelWord } from "./words";

interface StyleCount {
  n: number;
  example: PlanNode;
}

/** What the numbering of one level looks like across the table, tallied node by node (no list of the level's nodes kept). */
export class LevelTally {
  readonly styles = new Map<string, StyleCount>();
  /** Nodes of the level, and those without any number or code. */
  count = 0;
  unnumbered = 0;
  /** Sequence-numbered nodes so far, and whether each was numbered one more than the one before (1, 2, 3 ... across the table). */
  private numbered = 0;
  private runningOrder = true;
  private firstParent: PlanNode | null = null;
  private severalParents = false;

  constructor(readonly level: Level) {}

  add(node: PlanNode): void {
    if (this.count === 0) this.firstParent = node.parent;
    else if (node.parent !== this.firstParent) this.severalParents = true;
    this.count++;
    // Any number out of the running count (a restart at 1 under the next parent is one) ends the running order.
    if (isSequenceStyle(node.numbering.style) && node.numbering.ordinal !== ++this.numbered) this.runningOrder = false;
    const style = node.numbering.style;
    if (style === "none") {
      if (!node.code) this.unnumbered++;
      return;
    }
    const c = this.styles.get(style);
    if (c) c.n++;
    else this.styles.set(style, { n: 1, example: node });
  }

  /** Numbered 1..n across the whole table under several parents: numbering not restarted per parent, accepted as it is. */
  get continuous(): boolean {
    return this.runningOrder && this.numbered > 0 && this.severalParents;
  }
}

/** One tally per level in order of first appearance; Sasaran left out. */
export function tallyLevels(plan: Plan): Map<Level, LevelTally> {
  const tallies = new Map<Level, LevelTally>();
  for (const node of plan.nodes) {
    if (node.level === "sasaran") continue;
    let t = tallies.get(node.level);
    if (!t) tallies.set(node.level, (t = new LevelTally(node.level)));
    t.add(node);
  }
  return tallies;
}

/**
 * One style per level across the table ("1." beside "1)" is mixed: a matter of style, info), and
 * no unnumbered node among numbered ones (a number forgotten, or a row that is not of this level:
 * warning).
 */
export function styleFindings(plan: Plan, tally: LevelTally, out: Finding[]): void {
  const { styles, unnumbered, level } = tally;
  let major: StyleCount | null = null;
  for (const c of styles.values()) if (!major || c.n > major.n) major = c;
  if (!major) return;
  const numberedCount = tally.count - unnumbered;
  // Nothing to say when every node has the one style (the usual level): its nodes are not read again.
  if (styles.size === 1 && (unnumbered === 0 || numberedCount <= unnumbered)) return;
  for (const node of plan.nodes) {
    if (node.level !== level) continue;
    let rule: "numbering.missing" | "numbering.mixedStyle" | null = null;
    if (node.numbering.style === "none") {
      if (!node.code && numberedCount > unnumbered) rule = "numbering.missing";
    } else if (styles.size > 1 && styles.get(node.numbering.style) !== major) rule = "numbering.mixedStyle";
    if (rule === null) continue;
    const params = { level: levelWord(level), raw: node.numbering.raw, name: clip(node.name), example: styleLabel(major.example.numbering) };
    const severity = rule === "numbering.mixedStyle" ? "info" : "warning";
    out.push(finding(plan, { rule, severity, at: node.cell(), key: `rules.${rule}`, params }));
  }
}
