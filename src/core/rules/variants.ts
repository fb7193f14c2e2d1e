// The same Sasaran, indicator or Rencana Aksi text written a second time with other capitals or
// spacing ("Meningkatnya Kualitas Layanan" / "Meningkatnya kualitas layanan"): applications that
// group by text see two. Identical copies are not reported (the PK genre repeats its Sasaran).
import type { Finding } from "../finding";
import { toA1, type CellRef } from "../grid";
import { aksiCells } from "../plan/steps";
import type { Plan } from "../plan/types";
import { finding } from "./context";

interface Seen {
  readonly text: string;
  readonly cell: CellRef;
}

/** Texts shorter than this (folded) are not compared: "Nilai" / "nilai" says little. */
const MIN_KEY = 8;

class Variants {
  private readonly first = new Map<string, Seen>();

  constructor(private readonly plan: Plan, private readonly out: Finding[], private readonly sasaran: boolean) {}

  /** Texts met before, exactly as written: a repeated text costs one look-up. */
  private readonly exact = new Set<string>();

  add(text: string, cell: CellRef): void {
    if (this.exact.has(text)) return;
    this.exact.add(text);
    const key = text.toLowerCase().replace(/\s+/g, "");
    if (key.length < MIN_KEY) return;
    const first = this.first.get(key);
    if (!first) {
      this.first.set(key, { text, cell });
      return;
    }
    // A text met again was returned above: this is another spelling, said once at its first cell.
    const at = toA1(first.cell);
    this.out.push(finding(this.plan, {
      rule: "spelling.variant", severity: this.sasaran ? "warning" : "info", at: cell,
      key: this.sasaran ? "rules.style.variantSasaran" : "rules.style.variant",
      params: { first: at, other: first.text }, hint: "rules.style.variantHint", hintParams: { first: at },
    }));
  }
}

/** Sasaran names, indicator texts and Rencana Aksi cells, each kind compared within itself. */
export function variantFindings(plan: Plan, out: Finding[]): void {
  const sasaran = new Variants(plan, out, true);
  const indicators = new Variants(plan, out, false);
  const aksi = new Variants(plan, out, false);
  for (let n = 0; n < plan.nodes.length; n++) {
    const node = plan.nodes[n];
    if (node.level === "sasaran") sasaran.add(node.name, node.cell());
    for (let i = 0; i < node.indikators.length; i++) {
      const ind = node.indikators[i];
      indicators.add(ind.text, ind.cell());
      if (ind.aksi.length > 0) for (const { cell, text } of aksiCells(ind.aksi, " ")) aksi.add(text, cell);
    }
  }
}
