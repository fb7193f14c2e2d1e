import type { RangeRef } from "./grid";
import type { Text } from "./i18n/types";

export type Severity = "error" | "warning" | "info";

export type RuleCategory =
  | "layout"
  | "hierarchy"
  | "numbering"
  | "percent"
  | "target"
  | "spelling"
  | "nomenclature";

export const RULE_CATEGORIES: readonly RuleCategory[] = [
  "layout", "hierarchy", "numbering", "percent", "target", "spelling", "nomenclature",
];

export interface Finding {
  /** "<category>.<name>", e.g. "percent.sum". */
  rule: string;
  severity: Severity;
  sheet: string;
  /** Absolute range of the cell(s) concerned. */
  range: RangeRef;
  message: Text;
  hint?: Text;
  /** The catalog key of its message: findings of one rule with one key say the same thing about different cells (the reports group them). */
  key?: string;
}

export function ruleCategory(rule: string): RuleCategory {
  return rule.split(".")[0] as RuleCategory;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
