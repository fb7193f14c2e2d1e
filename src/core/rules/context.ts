import { spanRange, type CellRef, type RangeRef } from "../grid";
import type { Finding, RuleId, Severity } from "../finding";
import { msg, type MessageKey, type Params } from "../i18n";
import { QUARTER_GROUPS, type QuarterGroup } from "../layout/types";
import type { Plan } from "../plan/types";
import type { NomenclatureList } from "../nomenclature/list";
import { governs } from "../nomenclature/versions";
import { ConventionTally } from "../quarters/dominant";
import { votingFits, type Convention } from "../quarters/packed";
import { QuarterRows } from "./quarterRows";
import { readsUncomputed } from "../plan/uncomputed";

export { spanRange };

/** What every rule gets: the plan, the quarter analyses, and the table's convention per group. */
export interface RuleContext {
  plan: Plan;
  /**
   * Every row's quarter analysis, group by group, rows in order (read once, shared by the percent rules).
   * A group whose reading rests on a formula saved with no computed value (plan/uncomputed.ts) is left out.
   */
  quarters: QuarterRows;
  dominant: Partial<Record<QuarterGroup, Convention | null>>;
  /** The official list that governs the plan's year, when the caller loaded it (null: none governs, or not loaded). */
  list: NomenclatureList | null;
}

export type Rule = (ctx: RuleContext) => Finding[];

/** `lists`: the official lists the caller loaded (listsForYears); the one governing the plan's year is the plan's. */
export function buildContext(plan: Plan, lists: readonly NomenclatureList[] = []): RuleContext {
  const quarters = new QuarterRows(plan.rows.length * QUARTER_GROUPS.length);
  // One pass over the rows, both groups of a row together: a large table's rows are read once.
  const tallies = QUARTER_GROUPS.map(() => new ConventionTally());
  const any = QUARTER_GROUPS.map(() => false);
  for (let r = 0; r < plan.rows.length; r++) {
    const row = plan.rows[r];
    for (let g = 0; g < QUARTER_GROUPS.length; g++) {
      const set = row.quarterSet(QUARTER_GROUPS[g]);
      // A reading resting on a formula saved with no computed value is not known: not judged, not tallied (layout.uncomputed says so).
      if (!set || readsUncomputed(plan.view, row, set)) continue;
      tallies[g].addMask(votingFits(quarters.add(row, set)));
      any[g] = true;
    }
  }
  const dominant: RuleContext["dominant"] = {};
  QUARTER_GROUPS.forEach((group, g) => {
    if (any[g]) dominant[group] = tallies[g].dominant();
  });
  const year = plan.recognition.year;
  const list = year === null ? null : lists.find((l) => governs(l.version, year)) ?? null;
  return { plan, quarters, dominant, list };
}

export function cellRange(cell: CellRef): RangeRef {
  return { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
}

export interface FindingSpec {
  rule: RuleId;
  severity: Severity;
  at: RangeRef | CellRef;
  key: MessageKey;
  params?: Params;
  hint?: MessageKey;
  hintParams?: Params;
  suggestion?: string;
}

export function finding(plan: Plan, s: FindingSpec): Finding {
  const range = "top" in s.at ? s.at : cellRange(s.at);
  const f: Finding = { rule: s.rule, severity: s.severity, sheet: plan.sheet, range, message: msg(s.key, s.params), key: s.key };
  if (s.hint) f.hint = msg(s.hint, s.hintParams ?? s.params);
  if (s.suggestion !== undefined) f.suggestion = s.suggestion;
  return f;
}

/** Shorten a long name for a message. */
export function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
