import { msg } from "../i18n";
import type { Text } from "../i18n/types";
import { normalizeWeights } from "./split";
import type { FillColumns, FillOptions, FillStrategy, Quarter } from "./types";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Text };

const STRATEGY_NAMES = "auto, even, months, months:3, weights:10,20,30,40, copy";

/**
 * A strategy as written on the command line or typed by a user:
 * "auto", "even", "months", "months:3" (start in the third quarter),
 * "weights:10,20,30,40" (also "10/20/30/40" or "10;20;30;40"), "copy".
 */
export function parseStrategy(text: string): Parsed<FillStrategy> {
  const s = String(text ?? "").trim().toLowerCase();
  const [name, arg] = s.includes(":") ? [s.slice(0, s.indexOf(":")), s.slice(s.indexOf(":") + 1).trim()] : [s, null];
  if ((name === "auto" || name === "even" || name === "copy") && arg === null) return { ok: true, value: { kind: name } };
  if (name === "months") {
    if (arg === null) return { ok: true, value: { kind: "months" } };
    const q = Number(arg);
    return isQuarter(q) ? { ok: true, value: { kind: "months", startQuarter: q } } : { ok: false, problem: msg("fill.problem.startQuarter", { value: arg }) };
  }
  if (name === "weights" && arg !== null) {
    const weights = arg.split(/[,;/]/).map((w) => (w.trim() === "" ? NaN : Number(w.trim())));
    const strategy: FillStrategy = { kind: "weights", weights };
    const problem = strategyProblem(strategy);
    return problem ? { ok: false, problem } : { ok: true, value: strategy };
  }
  return { ok: false, problem: msg("fill.problem.strategy", { value: String(text ?? ""), names: STRATEGY_NAMES }) };
}

export function parseColumns(text: string): Parsed<FillColumns> {
  const s = String(text ?? "").trim().toLowerCase();
  if (s === "kinerja" || s === "pelaksanaan" || s === "both") return { ok: true, value: s };
  return { ok: false, problem: msg("fill.problem.columns", { value: String(text ?? "") }) };
}

function isQuarter(q: unknown): q is Quarter {
  return q === 1 || q === 2 || q === 3 || q === 4;
}

function strategyProblem(strategy: FillStrategy): Text | null {
  if (strategy.kind === "weights") {
    const w = strategy.weights;
    if (!Array.isArray(w) || w.length !== 4 || !normalizeWeights(w)) return msg("fill.problem.weights", { value: Array.isArray(w) ? w.join(" / ") : "" });
  }
  if (strategy.kind === "months" && strategy.startQuarter !== undefined && !isQuarter(strategy.startQuarter))
    return msg("fill.problem.startQuarter", { value: String(strategy.startQuarter) });
  return null;
}

/** Why the options cannot be used, or null. */
export function fillOptionsProblem(options: FillOptions): Text | null {
  const kinds = ["auto", "even", "months", "weights", "copy"];
  if (!options?.strategy || !kinds.includes(options.strategy.kind))
    return msg("fill.problem.strategy", { value: String(options?.strategy?.kind ?? ""), names: STRATEGY_NAMES });
  if (!parseColumns(options.columns).ok) return msg("fill.problem.columns", { value: String(options.columns) });
  return strategyProblem(options.strategy);
}
