import type { Finding, RuleId, Severity } from "../finding";
import type { MessageKey } from "../i18n";
import { kindOf, namesMoneyUnit } from "../plan/measure";
import type { PlanRow, Target } from "../plan/types";
import { clip, finding, type RuleContext } from "./context";
import { percentTargetFindings } from "./percentTarget";
import { isBlankTarget, targetCellOf, targetText, unitOnly } from "./targetText";
import { unitMismatchFindings } from "./unitConsistency";

export { isBlankTarget, targetCellOf, targetText, unitOnly } from "./targetText";

/** "Bulan", "bln" or "bln." with white space around or not (\s is what trim removes: no trimmed copy needed). */
const MONTHS = /^\s*(bulan|bln\.?)\s*$/i;
/** Only a unit starting with "b", white space or a character outside ASCII can match MONTHS: the others skip the pattern. */
function mayBeMonths(unit: string): boolean {
  const c = unit.charCodeAt(0);
  return c === 0x42 || c === 0x62 || c <= 0x20 || c >= 0x80;
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

interface Problem {
  rule: RuleId;
  severity: Severity;
  key: MessageKey;
  hint?: MessageKey;
}

const UNREADABLE: Problem = { rule: "target.unreadable", severity: "error", key: "rules.target.unreadable" };
const EXCEL: Problem = { ...UNREADABLE, hint: "rules.target.errorHint" };
const MONTH: Problem = { rule: "target.month", severity: "error", key: "rules.target.month", hint: "rules.target.monthHint" };
const NO_QUANTITY: Problem = { rule: "target.noQuantity", severity: "error", key: "rules.target.noQuantity" };
const NO_QUANTITY_EXAMPLE: Problem = { ...NO_QUANTITY, key: "rules.target.noQuantityExample" };
const NO_UNIT: Problem = { rule: "target.noUnit", severity: "warning", key: "rules.target.noUnit", hint: "rules.target.noUnitHint" };
const NO_UNIT_COUNT: Problem = { rule: "target.noUnit", severity: "info", key: "rules.target.noUnitCount", hint: "rules.target.noUnitHint" };
/** A direction where a quantity belongs ("Meningkat", "Menurun"): no example "12 Meningkat". */
const DIRECTION: Problem = { ...NO_QUANTITY, key: "rules.target.direction" };
const DIRECTION_WORD = /^\s*(meningkat|menurun|naik|turun|bertambah|berkurang)\s*$/i;
const MONTHS_OVER: Problem = { rule: "target.months", severity: "error", key: "rules.target.months", hint: "rules.target.monthsHint" };

/**
 * A bare number ("85", "0,46") has a unit when its row gives it a meaning: the Satuan column (then
 * the number is not bare), or the indicator's words: "Persentase ..." (%), "Indeks / Nilai / Skor /
 * Level / Rasio / Angka ..." (its own scale) say it all: silent. "Jumlah X ..." says what is counted,
 * so the number reads ("150" peserta), yet the table writes quantities with their unit: info; a name
 * that gives its unit of money ("Nilai omzet UMKM (juta rupiah)") says it all: silent.
 * Nothing at all: a warning, not an error: the number itself is readable, a person must say what
 * it counts (the plan does not contradict itself, it is incomplete).
 */
function bareNumberProblem(row: PlanRow, t: Target): Problem | null {
  const name = row.indikator?.text ?? "";
  const { kind } = kindOf(t, name);
  if (kind === "count") return namesMoneyUnit(name) ? null : NO_UNIT_COUNT;
  return kind === "unknown" ? NO_UNIT : null;
}

function readingProblem(row: PlanRow, t: Target): Problem | null {
  if (t.uncomputed) return null; // not known: layout.uncomputed says so
  if (isExcelError(t.raw) || (t.unit !== null && isExcelError(t.unit))) return EXCEL;
  if (t.stacked) return null; // several targets, one per line: rules/stacked.ts says so once for the row
  if (t.month !== undefined) return MONTH;
  if (t.unreadable) return UNREADABLE;
  if (t.qualitative || isBlankTarget(t)) return null; // a grade, level or range is read as written
  if (!row.indikator && unitOnly(t)) return null; // no target on a row without an indicator: hierarchy says so
  if (t.quantity === null) return DIRECTION_WORD.test(t.raw) ? DIRECTION : isUnitWord(t.unit) ? NO_QUANTITY : NO_QUANTITY_EXAMPLE;
  if (t.unit === null) return bareNumberProblem(row, t);
  if (t.quantity > 12 && mayBeMonths(t.unit) && MONTHS.test(t.unit)) return MONTHS_OVER;
  return null;
}

function readingFinding(ctx: RuleContext, row: PlanRow, t: Target): Finding | null {
  const p = readingProblem(row, t);
  if (!p) return null;
  return finding(ctx.plan, {
    rule: p.rule, severity: p.severity, at: targetCellOf(row), key: p.key, hint: p.hint ?? "rules.target.formatHint",
    params: {
      // A month or a direction is quoted as written ("November", "Menurun"), not with its Satuan ("November Bulan").
      raw: clip(t.month !== undefined || p === DIRECTION ? t.raw.trim() : targetText(t)), quantity: t.quantity ?? 0, unit: clip(t.unit ?? "", 40),
      text: clip(row.indikator?.text ?? "", 60), month: t.month ?? 12,
    },
  });
}

/**
 * Annual targets: quantity and unit from one cell ("12 Bulan", "14.250 Orang") or from Volume +
 * Satuan columns, a grade or range ("BB", "80-90 (A)"); a missing quantity, a unit nothing gives
 * (plan/measure.ts), unreadable text, a month where a quantity belongs, more than 12 Bulan, and
 * (percentTarget.ts) a percentage indicator with a target that is not in %, and (unitConsistency.ts)
 * one indicator in units that count different things on different rows.
 */
export function targetsRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const { rows } = ctx.plan;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const f = row.target ? readingFinding(ctx, row, row.target) : null;
    if (f) out.push(f);
  }
  percentTargetFindings(ctx, out);
  unitMismatchFindings(ctx, out);
  return out;
}
