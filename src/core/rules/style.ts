// The style rule: slips in the plan's texts that a careful reviewer marks (typos, non-standard
// spellings, words run together, curly quotes, double spaces), one finding per cell; then spaces
// in number cells, the same text written two ways, and the Penanggung Jawab column.
import type { Finding, RuleId } from "../finding";
import type { CellRef } from "../grid";
import { msg, type MessageKey, type Params, type Text } from "../i18n";
import { aksiCells } from "../plan/steps";
import type { Plan } from "../plan/types";
import { finding, type RuleContext } from "./context";
import { textIssues, type TextIssues, type TokenCache } from "./textIssues";
import { numberSpaceFindings } from "./numberSpaces";
import { variantFindings } from "./variants";
import { responsibleFindings } from "./responsible";

interface Sentence {
  rule: RuleId;
  key: MessageKey;
  params?: Params;
  hint: MessageKey;
}

/** The issues of a cell as sentences, the most useful first. */
function sentences(issues: TextIssues): Sentence[] {
  const out: Sentence[] = [];
  if (issues.nonStandard.length > 0)
    out.push({ rule: "spelling.nonStandard", key: "rules.spelling.nonStandard", params: { words: issues.nonStandard.join(", ") }, hint: "rules.spelling.hint" });
  if (issues.typos.length > 0)
    out.push({ rule: "spelling.typo", key: "rules.style.typo", params: { words: issues.typos.join(", ") }, hint: "rules.style.typoHint" });
  if (issues.joined.length > 0)
    out.push({ rule: "spelling.runTogether", key: "rules.style.runTogether", params: { words: issues.joined.join(", ") }, hint: "rules.style.runTogetherHint" });
  if (issues.quotes) out.push({ rule: "spelling.quotes", key: "rules.style.quotes", hint: "rules.style.quotesHint" });
  if (issues.doubleSpaces > 0) {
    const many = issues.doubleSpaces > 1;
    out.push({
      rule: "spelling.doubleSpace", key: many ? "rules.style.doubleSpaces" : "rules.style.doubleSpace",
      params: { count: issues.doubleSpaces, after: issues.firstDoubleAfter }, hint: "rules.style.doubleSpaceHint",
    });
  }
  return out;
}

function joinTexts(texts: Text[]): Text {
  return { id: texts.map((t) => t.id).join(" "), en: texts.map((t) => t.en).join(" ") };
}

/** One info finding for a cell: its one issue, or all of them in one message. */
function cellFinding(plan: Plan, cell: CellRef, issues: TextIssues): Finding {
  const said = sentences(issues);
  const first = said[0];
  if (said.length === 1) return finding(plan, { rule: first.rule, severity: "info", at: cell, key: first.key, params: first.params, hint: first.hint });
  const hints = [...new Set(said.map((s) => s.hint))];
  return finding(plan, {
    rule: first.rule, severity: "info", at: cell, key: "rules.style.several",
    params: { sentences: joinTexts(said.map((s) => msg(s.key, s.params))) },
    hint: "rules.style.several", hintParams: { sentences: joinTexts(hints.map((h) => msg(h))) },
  });
}

/** Reads each cell's text once per distinct text (large plans repeat theirs) and keeps its findings. */
class CellTexts {
  private readonly cache: TokenCache = new Map();
  private readonly byText = new Map<string, TextIssues | null>();
  private readonly raw: Plan["rawText"];

  constructor(private readonly plan: Plan, private readonly out: Finding[]) {
    this.raw = plan.rawText;
  }

  /** `text`: the plan's (cleaned) text, read when the sheet's own is not at hand. */
  check(cell: CellRef, text: string): void {
    const t = (this.raw && this.raw(cell.row, cell.col)) || text;
    let issues = this.byText.get(t);
    if (issues === undefined) {
      issues = textIssues(t, this.cache);
      this.byText.set(t, issues);
    }
    if (issues) this.out.push(cellFinding(this.plan, cell, issues));
  }
}

/** The plan's texts, each cell once: node names, indicators, Rencana Aksi steps (one cell holds several). */
function textFindings(plan: Plan, out: Finding[]): void {
  const cells = new CellTexts(plan, out);
  for (let n = 0; n < plan.nodes.length; n++) {
    const node = plan.nodes[n];
    cells.check(node.cell(), node.name);
    for (let i = 0; i < node.indikators.length; i++) {
      const ind = node.indikators[i];
      cells.check(ind.cell(), ind.text);
      if (ind.aksi.length > 0) for (const { cell, text } of aksiCells(ind.aksi, "\n")) cells.check(cell, text);
    }
  }
}

/**
 * Style: what a careful reviewer marks in the texts. Info (style) for slips in a text; a warning only
 * where a person should look (one Sasaran written two ways splits its group; two people in charge).
 */
export function styleRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  textFindings(ctx.plan, out);
  numberSpaceFindings(ctx.plan, out);
  variantFindings(ctx.plan, out);
  responsibleFindings(ctx.plan, out);
  return out;
}
