import type { Text } from "../core/i18n";
import { msg } from "./messages";
import type { Paper } from "../core/sheetspec";

/**
 * The choices a person types or picks on any surface (the CLI's --year and --paper, the
 * pane's year field and paper radios), each read once here: a value, or the message
 * in both languages that says what to give instead.
 */
export type Choice<T> = { ok: true; value: T } | { ok: false; message: Text };

/** The plan years accepted. */
export const PLAN_YEARS = { min: 2000, max: 2100 } as const;
/** As the messages write them (a number parameter would be written "2.000" in Indonesian). */
const YEARS_TEXT = { min: String(PLAN_YEARS.min), max: String(PLAN_YEARS.max) };

/** A plan year: four digits (spaces around allowed) within PLAN_YEARS. */
export function parsePlanYear(text: string): Choice<number> {
  const s = text.trim();
  if (s === "") return { ok: false, message: msg("choice.yearMissing", YEARS_TEXT) };
  const y = /^\d{4}$/.test(s) ? Number(s) : NaN;
  if (y >= PLAN_YEARS.min && y <= PLAN_YEARS.max) return { ok: true, value: y };
  return { ok: false, message: msg("choice.yearInvalid", { value: s, ...YEARS_TEXT }) };
}

export const PAPERS: readonly Paper[] = ["a4", "f4"];
/** The paper when none is chosen. */
export const DEFAULT_PAPER: Paper = "a4";

/** A paper size, "a4" or "f4" (any case, spaces around allowed). */
export function parsePaper(text: string): Choice<Paper> {
  const s = text.trim().toLowerCase();
  const paper = PAPERS.find((p) => p === s);
  return paper ? { ok: true, value: paper } : { ok: false, message: msg("choice.paperInvalid", { value: s }) };
}
