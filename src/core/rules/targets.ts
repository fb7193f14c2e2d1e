import type { Finding } from "../finding";
import type { CellRef } from "../grid";
import type { MessageKey } from "../i18n";
import type { Indikator, PlanRow, Target } from "../plan/types";
import { clip, finding, spanRange, type RuleContext } from "./context";
import { countsSameThing } from "./similar";

/** The target cell of a row that has a target (a row has one only in a table with a target column). */
export function targetCellOf(row: PlanRow): CellRef {
  return row.targetCell as CellRef;
}

/** A target cell holding nothing usable: a dash alone (quantity and unit both absent, not garbled). */
export function isBlankTarget(t: Target | null): boolean {
  return !t || (t.quantity === null && t.unit === null && !t.unreadable);
}

/** The target as a reader knows it: the cell's text, with the Satuan column's unit when the cell holds none. */
export function targetText(t: Target): string {
  const raw = t.raw.trim();
  return t.unit && !raw.toLowerCase().includes(t.unit.toLowerCase()) ? `${raw} ${t.unit}`.trim() : raw;
}

/** "Bulan", "bln" or "bln." with white space around or not (\s is what trim removes: no trimmed copy needed). */
const MONTHS = /^\s*(bulan|bln\.?)\s*$/i;
/** Only a unit starting with "b", white space or a character outside ASCII can match MONTHS: the others skip the pattern. */
function mayBeMonths(unit: string): boolean {
  const c = unit.charCodeAt(0);
  return c === 0x42 || c === 0x62 || c <= 0x20 || c >= 0x80;
}

/** An indicator named as a percentage: "Persentase ...", "Prosentase ...", "Presentase ...", "... (%)". */
export const PERCENT_NAME = /\b(persentase|prosentase|presentase|persen|prosen)\b|%/i;

/** "sen" in any case: in every percentage word (a single literal: the engine skips through the text fast). */
const SEN = /sen/i;

function namedAsPercentage(text: string): boolean {
  // Only S/s, E/e and N/n lower-case to s, e and n: a text with neither "%" nor "sen" in any case could never pass the test below.
  if (!text.includes("%") && !SEN.test(text)) return false;
  const t = text.toLowerCase();
  return (t.includes("%") || t.includes("sen")) && PERCENT_NAME.test(t);
}

/** What Excel shows for an error value (a formula that cannot be calculated, mostly). */
const EXCEL_ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/i;
const LETTER = /\p{L}/u;

/** Excel's error text, with white space around or not. A text starting with a letter or digit (nearly all) is none. */
function isExcelError(text: string): boolean {
  return !startsWithLetterOrDigit(text) && text.includes("#") && EXCEL_ERROR.test(text.trim());
}

function startsWithLetterOrDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A unit worth quoting back in an example ("12 Ruas"): it has a letter and is no error text. */
function isUnitWord(unit: string | null): boolean {
  return unit !== null && LETTER.test(unit) && !isExcelError(unit);
}

function readingProblem(t: Target): { rule: string; key: MessageKey; hint?: MessageKey } | null {
  if (isExcelError(t.raw) || (t.unit !== null && isExcelError(t.unit))) return { rule: "target.unreadable", key: "rules.target.unreadable", hint: "rules.target.errorHint" };
  if (t.unreadable) return { rule: "target.unreadable", key: "rules.target.unreadable" };
  if (isBlankTarget(t)) return null;
  if (t.quantity === null) return { rule: "target.noQuantity", key: isUnitWord(t.unit) ? "rules.target.noQuantity" : "rules.target.noQuantityExample" };
  if (t.unit === null) return { rule: "target.noUnit", key: "rules.target.noUnit" };
  if (t.quantity > 12 && mayBeMonths(t.unit) && MONTHS.test(t.unit)) return { rule: "target.months", key: "rules.target.months", hint: "rules.target.monthsHint" };
  return null;
}

function readingFinding(ctx: RuleContext, row: PlanRow, t: Target): Finding | null {
  const p = readingProblem(t);
  if (!p) return null;
  return finding(ctx.plan, {
    rule: p.rule, severity: "error", at: targetCellOf(row), key: p.key, hint: p.hint ?? "rules.target.formatHint",
    params: { raw: clip(targetText(t)), quantity: t.quantity ?? 0, unit: clip(t.unit ?? "", 40) },
  });
}

/**
 * A percentage indicator whose target is not a percentage (the seed's "Persentase Koperasi yang
 * diawasi" with "100 Unit Usaha"). The target is the indicator's own, else the one on its row
 * (a Program indicator beside a row indicator's target): error for its own target, warning for
 * the row's, which may belong to the row's indicator instead.
 */
function percentUnitFinding(ctx: RuleContext, ind: Indikator): Finding | null {
  // The target first: it is cheaper to look at than the name's text.
  const t = ind.target ?? ind.planRow.target;
  if (!t || isBlankTarget(t) || t.unreadable || t.percent) return null;
  if (!namedAsPercentage(ind.text)) return null;
  const own = ind.target !== null;
  // A borrowed target belongs to the row's own indicator unless that one counts the same thing as a number.
  const rowInd = ind.planRow.indikator;
  if (!own && rowInd && rowInd !== ind && !countsSameThing(rowInd.text, ind.text)) return null;
  return finding(ctx.plan, {
    rule: "target.percentUnit", severity: own ? "error" : "warning", at: spanRange([ind.cell, targetCellOf(ind.planRow)]),
    key: own ? "rules.target.percentUnit" : "rules.target.percentUnitRow",
    params: { text: clip(ind.text), raw: clip(targetText(t)) }, hint: "rules.target.percentUnitHint",
  });
}

/**
 * Annual targets: quantity and unit from one cell ("12 Bulan", "14.250 Orang") or from Volume +
 * Satuan columns; a missing quantity or unit, unreadable text, more than 12 Bulan, and a
 * percentage indicator with a target that is not in %.
 */
export function targetsRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const row of ctx.plan.rows) {
    const f = row.target ? readingFinding(ctx, row, row.target) : null;
    if (f) out.push(f);
  }
  for (const node of ctx.plan.nodes) {
    for (const ind of node.indikators) {
      const f = percentUnitFinding(ctx, ind);
      if (f) out.push(f);
    }
  }
  return out;
}
