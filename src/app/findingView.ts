/**
 * Findings as the task pane and the CLI's text report list them: counted, filtered, grouped by
 * category and severity, and within that by rule: one entry per problem on screen.
 */
import { RULE_CATEGORIES, SEVERITY_ORDER, ruleCategory, type Finding, type RuleCategory, type Severity } from "../core/finding";
import { rangeToA1, sheetRef } from "../core/grid";
import type { PlanCounts } from "../core/plan/types";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingFilter {
  /** Severities shown. */
  severities: readonly Severity[];
  /** One category, or every category. */
  category: RuleCategory | "all";
}

export const SHOW_ALL: FindingFilter = { severities: SEVERITIES, category: "all" };

export interface FindingGroup {
  category: RuleCategory;
  severity: Severity;
  findings: Finding[];
  /** The same findings, one entry per rule and message on a sheet (groupByRule). */
  items: RuleGroup[];
}

/**
 * Findings of one rule that say the same thing on one sheet: the same rule, severity and message
 * key (the catalog entry; without one, the same text). The messages may still differ in the
 * values they quote from each cell (Target "85" ... / Target "90" ...): a reader needs
 * the problem once and the cells where it is, so the group shows its first message (with
 * "e.g." when the others differ) and lists every cell. Different keys of one rule are different
 * problems and stay apart.
 */
export interface RuleGroup {
  rule: string;
  severity: Severity;
  sheet: string;
  /** In the order given (sheet order); the first one speaks for the group. */
  findings: Finding[];
  /** Every message is the first one's, word for word (else each quotes its own cell). */
  sameText: boolean;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

/** Ready to adopt: no error finding. */
export function readyToAdopt(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.severity === "error");
}

/**
 * A table with nothing to check yet: no indicator anywhere in it (a blank template, or one with only
 * the support programme prefilled). The rules find nothing wrong in it, but there is nothing to adopt.
 */
export function tableEmpty(counts: PlanCounts): boolean {
  return counts.indikator === 0;
}

/**
 * What a validation says of the plans, on every surface: "notReady" with an error to fix; "empty"
 * when no table holds an indicator (nothing was checked, so never "ready"); else "ready" to adopt.
 */
export type Verdict = "notReady" | "empty" | "ready";

export function verdict(findings: readonly Finding[], tables: readonly PlanCounts[]): Verdict {
  if (!readyToAdopt(findings)) return "notReady";
  return tables.every(tableEmpty) ? "empty" : "ready";
}

function categoryRank(c: RuleCategory): number {
  const i = RULE_CATEGORIES.indexOf(c);
  return i < 0 ? RULE_CATEGORIES.length : i;
}

/** The categories present, in the catalog's order. */
export function categoriesOf(findings: readonly Finding[]): RuleCategory[] {
  const set = new Set(findings.map((f) => ruleCategory(f.rule)));
  return [...set].sort((a, b) => categoryRank(a) - categoryRank(b) || a.localeCompare(b));
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) => filter.severities.includes(f.severity) && (filter.category === "all" || ruleCategory(f.rule) === filter.category),
  );
}

/** One RuleGroup per sheet, rule, severity and message key, in order of first appearance. */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  const out: RuleGroup[] = [];
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.rule}\u0000${f.severity}\u0000${f.key ?? f.message.id}`;
    const g = groups.get(key);
    if (!g) {
      const created: RuleGroup = { rule: f.rule, severity: f.severity, sheet: f.sheet, findings: [f], sameText: true };
      groups.set(key, created);
      out.push(created);
      continue;
    }
    g.findings.push(f);
    if (g.sameText && f.message.id !== g.findings[0].message.id) g.sameText = false;
  }
  return out;
}

/** Groups by category (catalog order), then severity (errors first); sheet order inside a group, one item per rule and message. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const category = ruleCategory(f.rule);
    const key = `${category}|${f.severity}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { category, severity: f.severity, findings: [], items: [] }));
    g.findings.push(f);
  }
  for (const g of groups.values()) g.items = groupByRule(g.findings);
  return [...groups.values()].sort(
    (a, b) =>
      categoryRank(a.category) - categoryRank(b.category) ||
      a.category.localeCompare(b.category) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

/**
 * Where a finding is, as a person reads it: its sheet and its cell or range, told apart ("Lampiran I,
 * sel K12" / "Lampiran I, sel G20:J20" in each surface's words); findingAddress is the reference form.
 */
export interface FindingPlace {
  sheet: string;
  /** K12, or G20:J20. */
  cell: string;
  /** One cell (K12), not a range. */
  single: boolean;
}

export function findingPlace(f: Finding): FindingPlace {
  const { top, left, bottom, right } = f.range;
  return { sheet: f.sheet, cell: rangeToA1(f.range), single: top === bottom && left === right };
}

/** "Lampiran I!G11" (quoted when the sheet name has spaces, as Excel writes it: 'Lampiran I'!G11). */
export function findingAddress(f: Finding): string {
  return `${sheetRef(f.sheet)}!${rangeToA1(f.range)}`;
}
