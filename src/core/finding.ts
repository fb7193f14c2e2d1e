import type { RangeRef } from "./grid";
import type { Text } from "./i18n/types";

export type Severity = "error" | "warning" | "info";

/**
 * Every rule id, by category: a finding's rule is "<category>.<name>" (README's rule table
 * says each one's severity and why). A new rule adds its name here.
 */
export const RULE_NAMES = {
  layout: ["notFound", "notPlan", "noYear", "quarterColumns", "noQuarterColumns", "noTargetColumn", "emptyTable", "hiddenRows", "hiddenColumns", "uncomputed", "nextTable", "rowYear"],
  hierarchy: [
    "programNoSasaran", "kegiatanNoProgram", "subKegiatanNoKegiatan", "subKegiatanNoIndicator", "indicatorNoTarget", "noIndicator",
    "kegiatanNoIndicator", "noAksi",
  ],
  numbering: ["duplicate", "sasaranDuplicate", "sasaranSequence", "gap", "order", "missing", "mixedStyle", "code"],
  percent: [
    "unreadable", "range", "noConvention", "month", "mixedUnits", "noQuarters", "partsRiseFall", "unitWord", "rateCumulative",
    "ladderJump", "ladderOff", "rounded", "mixedReadings", "headerUnits", "notYearEnd", "fallsUnsaid",
    "heldCount", "periodNoReading", "periodEmpty", "periodUnreadable", "periodQuarters",
  ],
  target: [
    "unreadable", "noQuantity", "month", "months", "percentUnit", "noUnit", "percentNoTarget", "unitMismatch", "levelDoubleCount", "levelSum",
    "stacked",
  ],
  spelling: ["variant", "twoResponsible", "nonStandard", "typo", "runTogether", "quotes", "doubleSpace", "numberSpace", "acting"],
  nomenclature: ["duplicateName", "wrongKegiatan", "noList", "olderList", "notInList", "codeMismatch", "misplaced", "indicator", "unit"],
  realisasi: ["unreadable", "future", "falling", "cap", "noFactors", "formula", "setting"],
} as const;

export type RuleCategory = keyof typeof RULE_NAMES;

/** A rule's id, e.g. "percent.range". */
export type RuleId = { [C in RuleCategory]: `${C}.${(typeof RULE_NAMES)[C][number]}` }[RuleCategory];

export const RULE_CATEGORIES: readonly RuleCategory[] = [
  "layout", "hierarchy", "numbering", "percent", "target", "spelling", "nomenclature", "realisasi",
];

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** Absolute range of the cell(s) concerned. */
  range: RangeRef;
  message: Text;
  hint?: Text;
  /** The catalog key of its message: findings of one rule with one key say the same thing about different cells (the reports group them). */
  key?: string;
  /** What the cell should say instead, when a rule knows (the official name closest to a name not in the list). */
  suggestion?: string;
}

const CATEGORY_OF: Readonly<Record<string, RuleCategory>> = Object.fromEntries(RULE_CATEGORIES.flatMap((c) => {
  const names: readonly string[] = RULE_NAMES[c];
  return names.map((name) => [`${c}.${name}`, c] as const);
}));

/** A string that names a rule (as read back from a report or a state sheet). */
export function isRuleId(s: string): s is RuleId {
  return Object.prototype.hasOwnProperty.call(CATEGORY_OF, s);
}

export function ruleCategory(rule: RuleId): RuleCategory {
  return CATEGORY_OF[rule];
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
