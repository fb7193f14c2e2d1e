import type { Finding, Severity } from "../core/finding";
import { rangeToA1 } from "../core/grid";
import type { Lang } from "../core/i18n";
import { t } from "./messages";
import type { RuleGroup } from "../app/findingView";

/** Characters of a message's text on one line; a longer text wraps, indented under itself. */
export const TEXT_WIDTH = 100;
/** Cells a group lists before it counts the rest. */
export const CELLS_SHOWN = 10;

/** Colours a piece of text (or leaves it as it is when the output is not a terminal). */
export type Paint = (kind: Severity | "dim", s: string) => string;

/** Text cut at spaces into lines of at most width characters (a longer word keeps a line of its own). */
export function wrap(text: string, width = TEXT_WIDTH): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * "percent.noConvention ×12: G20:J20, K20:N20, … and 2 more": the group's rule, count and places
 * (the first CELLS_SHOWN; the rest counted as places, since many are ranges, not cells). A group
 * is on one sheet, named by its first line: the places are its cells alone.
 */
export function cellsLine(g: RuleGroup, lang: Lang): string {
  const n = g.findings.length;
  const shown = g.findings.slice(0, CELLS_SHOWN).map((f) => rangeToA1(f.range)).join(", ");
  const cells = n > CELLS_SHOWN ? `${shown} ${t("cli.groupMore", lang, { n: n - CELLS_SHOWN })}` : shown;
  return t("cli.group", lang, { rule: g.rule, n, cells });
}

/**
 * The report lines of a sheet's findings, one entry per rule group (see RuleGroup): the first
 * cell, the severity and the message; for a group, a line with the rule, the count and the
 * cells; the hint after the message when the two fit on one line, else on a line of its own.
 * Appended to lines (no spread: a sheet may have very many).
 */
export function groupLines(
  groups: readonly RuleGroup[], address: (f: Finding) => string, lang: Lang, paint: Paint, indent: string, lines: string[],
): void {
  let width = 6;
  for (const g of groups) width = Math.max(width, address(g.findings[0]).length);
  const under = " ".repeat(indent.length + width + 2 + 11);
  for (const g of groups) {
    const first = g.findings[0];
    const sev = t(`cli.severity.${g.severity}` as const, lang).padEnd(10);
    const said = g.sameText ? first.message[lang] : t("cli.groupExample", lang, { message: first.message[lang] });
    const hint = first.hint?.[lang];
    const inline = hint !== undefined && said.length + hint.length + 3 <= TEXT_WIDTH;
    const text = wrap(said);
    if (inline) text[0] += paint("dim", ` (${hint})`);
    lines.push(`${indent}${address(first).padEnd(width)}  ${paint(g.severity, sev)} ${text[0]}`);
    for (const more of text.slice(1)) lines.push(under + more);
    if (g.findings.length > 1) for (const l of wrap(cellsLine(g, lang))) lines.push(under + paint("dim", l));
    if (hint !== undefined && !inline) for (const l of wrap(t("cli.hint", lang, { hint }))) lines.push(under + paint("dim", l));
  }
}

/** A finding in the --json documents (validate, capaian). */
export interface JsonFinding {
  sheet: string;
  cell: string;
  severity: Finding["severity"];
  rule: string;
  message: string;
  hint?: string;
  /** What the cell should say instead (the closest official name), when the rule knows. */
  suggestion?: string;
}

export function findingJson(f: Finding, lang: Lang): JsonFinding {
  const j: JsonFinding = { sheet: f.sheet, cell: rangeToA1(f.range), severity: f.severity, rule: f.rule, message: f.message[lang] };
  if (f.hint) j.hint = f.hint[lang];
  if (f.suggestion !== undefined) j.suggestion = f.suggestion;
  return j;
}
