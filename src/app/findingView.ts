/** Findings as the task pane lists them: counted, filtered, grouped by category and severity. */
import { RULE_CATEGORIES, SEVERITY_ORDER, ruleCategory, type Finding, type RuleCategory, type Severity } from "../core/finding";
import { rangeToA1 } from "../core/grid";

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

/** Groups by category (catalog order), then severity (errors first); sheet order inside a group. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const category = ruleCategory(f.rule);
    const key = `${category}|${f.severity}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { category, severity: f.severity, findings: [] }));
    g.findings.push(f);
  }
  return [...groups.values()].sort(
    (a, b) =>
      categoryRank(a.category) - categoryRank(b.category) ||
      a.category.localeCompare(b.category) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

/** "Lampiran I!G11" (quoted when the sheet name has spaces, as Excel writes it: 'Lampiran I'!G11). */
export function findingAddress(f: Finding): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(f.sheet) ? f.sheet : `'${f.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${rangeToA1(f.range)}`;
}
