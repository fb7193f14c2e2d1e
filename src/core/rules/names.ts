import type { Finding } from "../finding";
import { toA1 } from "../grid";
import type { PlanNode } from "../plan/types";
import { clip, finding, type RuleContext } from "./context";
import { ANY_ENDS, keyEnds, nameHash, sameName } from "./nameKey";
import { levelWord } from "./words";

export { nameKey } from "./nameKey";

/** Two siblings of one level with the same name (the seed's Kegiatan C and D); severity by level and genre (duplicateFinding). */
export function duplicateNamesRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  // In a PK table the top level is Sasaran only, and a Sasaran repeats under each official's agreement.
  if (ctx.plan.recognition.genre !== "pk") duplicatesAmong(ctx, ctx.plan.roots, out);
  for (const node of ctx.plan.nodes) duplicatesAmong(ctx, node.children, out);
  return out;
}

/**
 * Per sibling of the list in hand, a number standing for its name's key (equal keys, equal
 * numbers): the ends of the key in a short list, its hash in a long one. Reused from list to list.
 */
let marks = new Int32Array(64);

/** Up to this many siblings, each is compared with those before it; a longer list is indexed by name hash. */
const SCAN_LIMIT = 24;

/** Duplicates in one list of siblings (a node's children, or the top-level nodes). */
function duplicatesAmong(ctx: RuleContext, siblings: readonly PlanNode[], out: Finding[]): void {
  const n = siblings.length;
  if (n < 2) return;
  if (marks.length < n) marks = new Int32Array(n * 2);
  if (n <= SCAN_LIMIT) {
    // Each name's two ends are read once; names are compared only where those agree.
    for (let i = 0; i < n; i++) marks[i] = keyEnds(siblings[i].name);
    for (let j = 1; j < n; j++) {
      const first = firstSame(siblings, 0, j);
      const f = first && duplicateFinding(ctx, siblings[j], first);
      if (f) out.push(f);
    }
    return;
  }
  for (let i = 0; i < n; i++) marks[i] = nameHash(siblings[i].name);
  const firstByHash = new Map<number, number>();
  for (let j = 0; j < n; j++) {
    const at = firstByHash.get(marks[j]);
    if (at === undefined) {
      firstByHash.set(marks[j], j);
      continue;
    }
    // Equal keys have equal hashes: the first sibling with this name is at or after the first with this hash,
    // and nearly always that one (a scan only when two names share a hash).
    const same = siblings[at];
    const first = same.level === siblings[j].level && sameName(same.name, siblings[j].name) ? same : firstSame(siblings, at + 1, j);
    const f = first && duplicateFinding(ctx, siblings[j], first);
    if (f) out.push(f);
  }
}

/** The first of siblings[from..j) with the same level and name as siblings[j], if any. */
function firstSame(siblings: readonly PlanNode[], from: number, j: number): PlanNode | null {
  const node = siblings[j];
  const mark = marks[j];
  for (let i = from; i < j; i++) {
    if (marks[i] !== mark && marks[i] !== ANY_ENDS && mark !== ANY_ENDS) continue;
    const other = siblings[i];
    if (other.level === node.level && sameName(other.name, node.name)) return other;
  }
  return null;
}

/**
 * Two siblings with one name. Below the Sasaran (Program, Kegiatan, Sub Kegiatan) the
 * nomenclature names each item once under its parent: two blocks with one name contradict the
 * plan's own numbering (the seed's Kegiatan C and D): error. A Sasaran written twice word for
 * word is probably one Sasaran split in two (warning), except in a Perjanjian Kinerja table,
 * where the same Sasaran repeats under each official's agreement (one per eselon of the PK). A
 * Sasaran written again with other capitals or spacing is the style rule's (spelling.variant):
 * one finding for the row.
 */
function duplicateFinding(ctx: RuleContext, node: PlanNode, first: PlanNode): Finding | null {
  const { plan } = ctx;
  const at = toA1(first.cell());
  if (node.level === "sasaran") {
    if (plan.recognition.genre === "pk" || node.name !== first.name) return null;
    return finding(plan, {
      rule: "nomenclature.duplicateName", severity: "warning", at: node.cell(), key: "rules.names.sasaranRepeated",
      params: { first: at, name: clip(node.name) }, hint: "rules.names.sasaranRepeatedHint",
    });
  }
  // The same code too: numbering.duplicate says it, naming the code ("used twice"); one error, not two.
  if (node.code !== null && node.code === first.code) return null;
  const level = levelWord(node.level);
  if (!node.numbering.raw && !first.numbering.raw) {
    return finding(plan, {
      rule: "nomenclature.duplicateName", severity: "error", at: node.cell(), key: "rules.names.duplicate",
      params: { level, name: clip(node.name), first: at }, hint: "rules.nomenclature.duplicateNameHint",
    });
  }
  return finding(plan, {
    rule: "nomenclature.duplicateName", severity: "error", at: node.cell(), key: "rules.nomenclature.duplicateName",
    params: { level, name: clip(node.name), raw: node.numbering.raw || "-", firstRaw: first.numbering.raw || "-", first: at },
    hint: "rules.nomenclature.duplicateNameHint",
  });
}
