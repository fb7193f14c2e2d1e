/** The fill view's form, turned into the engine's FillOptions. */
import { fillOptionsProblem, parseStrategy, type FillColumns, type FillOptions, type FillScope, type Quarter } from "../../core/fill";
import type { Text } from "../../core/i18n";
import { msg } from "../messages";

export type StrategyKind = "auto" | "even" | "months" | "weights" | "copy";
export const STRATEGY_KINDS: readonly StrategyKind[] = ["auto", "even", "months", "weights", "copy"];
export type ScopeKind = "all" | "table" | "selection";
export const SCOPE_KINDS: readonly ScopeKind[] = ["all", "table", "selection"];
export const FILL_COLUMNS: readonly FillColumns[] = ["kinerja", "pelaksanaan", "both"];

export interface FillForm {
  strategy: StrategyKind;
  /** As typed: "10, 20, 30, 40". */
  weights: string;
  /** months: the quarter the work starts in. */
  startQuarter: Quarter;
  /** Which columns; with copy, the direction (see FillColumns). */
  columns: FillColumns;
  scope: ScopeKind;
  /** scope "table": the table's sheet. */
  sheet: string;
  overwrite: boolean;
}

export const DEFAULT_FILL_FORM: FillForm = {
  strategy: "auto",
  weights: "10, 20, 30, 40",
  startQuarter: 1,
  columns: "both",
  scope: "all",
  sheet: "",
  overwrite: false,
};

export type FormResult = { ok: true; options: FillOptions } | { ok: false; problem: Text };

/**
 * The options, or why they cannot be used. `selection` is the fill scope of the
 * Excel selection (null when there is none); it is only asked for with scope "selection".
 */
export function fillOptionsFrom(form: FillForm, selection: FillScope | null): FormResult {
  const text =
    form.strategy === "weights" ? `weights:${form.weights}` : form.strategy === "months" ? `months:${form.startQuarter}` : form.strategy;
  const strategy = parseStrategy(text);
  if (!strategy.ok) return strategy;
  let scope: FillScope | undefined;
  if (form.scope === "table") scope = { sheet: form.sheet };
  if (form.scope === "selection") {
    if (!selection) return { ok: false, problem: msg("ui.fill.noSelection") };
    scope = selection;
  }
  const options: FillOptions = { strategy: strategy.value, columns: form.columns, overwrite: form.overwrite, scope };
  const problem = fillOptionsProblem(options);
  return problem ? { ok: false, problem } : { ok: true, options };
}

/** Problem with the weights as typed (shown beside the field), or null. */
export function weightsProblem(form: FillForm): Text | null {
  if (form.strategy !== "weights") return null;
  const parsed = parseStrategy(`weights:${form.weights}`);
  return parsed.ok ? null : parsed.problem;
}
