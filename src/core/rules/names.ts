import type { Finding } from "../finding";
import { toA1 } from "../grid";
import type { PlanNode } from "../plan/types";
import { clip, finding, type RuleContext } from "./context";
import { levelWord } from "./words";

const NOT_ASCII = /[^\u0020-\u007e]/;
const NOT_LETTER_OR_DIGIT = /[^a-z0-9]+/g;

/** A name compared loosely: case, spaces and punctuation ignored ("DPA- SKPD" = "DPA-SKPD", "Pemberday aan" = "Pemberdayaan"). */
export function nameKey(name: string): string {
  // Accents are dropped by NFKD; plain ASCII names (nearly all) skip the normalization.
  const plain = NOT_ASCII.test(name) ? name.normalize("NFKD") : name;
  return plain.toLowerCase().replace(NOT_LETTER_OR_DIGIT, "");
}

/** A node's name key, computed once per validation (several rules compare names). */
export function nodeNameKey(ctx: RuleContext, node: PlanNode): string {
  let key = ctx.nameKeys.get(node.id);
  if (key === undefined) ctx.nameKeys.set(node.id, (key = nameKey(node.name)));
  return key;
}

/** Two siblings of one level with the same name (the seed's Kegiatan C and D). */
export function duplicateNamesRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  duplicatesAmong(ctx, ctx.plan.roots, out);
  for (const node of ctx.plan.nodes) duplicatesAmong(ctx, node.children, out);
  return out;
}

/** Duplicates in one list of siblings (a node's children, or the top-level nodes). */
function duplicatesAmong(ctx: RuleContext, siblings: readonly PlanNode[], out: Finding[]): void {
  if (siblings.length < 2) return;
  const level = siblings[0].level;
  const seen = new Map<string, PlanNode>();
  for (const node of siblings) {
    // Name keys hold letters and digits only: a "level:" prefix keeps other levels' names apart.
    const name = nodeNameKey(ctx, node);
    const key = node.level === level ? name : `${node.level}:${name}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, node);
      continue;
    }
    out.push(finding(ctx.plan, {
      rule: "nomenclature.duplicateName", severity: "error", at: node.cell, key: "rules.nomenclature.duplicateName",
      params: {
        level: levelWord(node.level), name: clip(node.name), raw: node.numbering.raw || "-",
        firstRaw: first.numbering.raw || "-", first: toA1(first.cell),
      },
      hint: "rules.nomenclature.duplicateNameHint",
    }));
  }
}
