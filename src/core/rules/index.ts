import type { Finding } from "../finding";
import { SEVERITY_ORDER } from "../finding";
import type { Analysis } from "../analyze";
import type { Plan } from "../plan/types";
import { buildContext, type Rule } from "./context";
import { listsForYears } from "../nomenclature/versions";
import { layoutRule } from "./layout";
import { hierarchyRule } from "./hierarchy";
import { numberingRule } from "./numbering";
import { sasaranNumbersRule } from "./sasaranNumbers";
import { codesRule } from "./codes";
import { duplicateNamesRule } from "./names";
import { nomenclatureRule } from "./nomenclature";
import { percentCellsRule } from "./percentCells";
import { conventionsRule } from "./conventions";
import { headerUnitsRule } from "./headerUnits";
import { targetsRule } from "./targets";
import { stackedRule } from "./stacked";
import { levelSumRule } from "./levelSum";
import { styleRule } from "./style";
import { officialListRule } from "./officialList";
import { uncomputedRule } from "./uncomputed";
import { rowYearRule } from "./rowYear";
import { periodsRule } from "./periods";
import type { NomenclatureList } from "../nomenclature/list";

/** Every rule, one concern each. */
export const RULES: readonly Rule[] = [
  layoutRule, hierarchyRule, numberingRule, sasaranNumbersRule, codesRule, duplicateNamesRule,
  nomenclatureRule, officialListRule, percentCellsRule, conventionsRule, headerUnitsRule, targetsRule, stackedRule, levelSumRule, styleRule, uncomputedRule, rowYearRule, periodsRule,
];

/** Sheet order: by row, then column, then severity (errors first), then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.top - b.range.top ||
    a.range.left - b.range.left ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

/** The parser may already have said some things (e.g. no year): say them once. */
function findingKey(f: Finding): string {
  return `${f.rule}@${f.range.top},${f.range.left},${f.range.bottom},${f.range.right}`;
}

/**
 * Run every rule over one parsed table (findings carry both languages). Never throws on user data.
 * `lists`: the official nomenclature lists loaded for the plans' years (listsForYears); without
 * the one governing the plan's year, the plan's names are not checked against a list.
 */
export function validate(plan: Plan, lists: readonly NomenclatureList[] = []): Finding[] {
  const ctx = buildContext(plan, lists);
  const out: Finding[] = [...plan.findings];
  const seen = new Set(plan.findings.map(findingKey));
  for (const rule of RULES) for (const f of rule(ctx)) if (!seen.has(findingKey(f))) out.push(f);
  return out.sort(compareFindings);
}

/** Validate every table of a workbook; the workbook's own findings (no table anywhere) come first. */
export function validateAnalysis(analysis: Analysis, lists: readonly NomenclatureList[] = []): Finding[] {
  return [...analysis.findings, ...analysis.plans.flatMap((p) => validate(p, lists))];
}

/** The official lists governing the plans' years, each loaded once (a chunk of its own). */
export function listsForPlans(plans: readonly Plan[]): Promise<NomenclatureList[]> {
  return listsForYears(plans.map((p) => p.recognition.year));
}

export { buildContext, type RuleContext, type Rule } from "./context";
