import type { Finding } from "../finding";
import { toA1 } from "../grid";
import type { PlanNode } from "../plan/types";
import { clip, finding, type RuleContext } from "./context";
import { levelWord } from "./words";

/** A name compared loosely: case, spaces and punctuation ignored ("DPA- SKPD" = "DPA-SKPD", "Pemberday aan" = "Pemberdayaan"). */
export function nameKey(name: string): string {
  return name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "");
}

/** Two siblings of one level with the same name (the seed's Kegiatan C and D). */
export function duplicateNamesRule(ctx: RuleContext): Finding[] {
  const { plan } = ctx;
  const out: Finding[] = [];
  const seen = new Map<string, PlanNode>();
  for (const node of plan.nodes) {
    const key = `${node.parent?.id ?? 0}:${node.level}:${nameKey(node.name)}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, node);
      continue;
    }
    out.push(finding(plan, {
      rule: "nomenclature.duplicateName", severity: "error", at: node.cell, key: "rules.nomenclature.duplicateName",
      params: {
        level: levelWord(node.level), name: clip(node.name), raw: node.numbering.raw || "-",
        firstRaw: first.numbering.raw || "-", first: toA1(first.cell),
      },
      hint: "rules.nomenclature.duplicateNameHint",
    }));
  }
  return out;
}
