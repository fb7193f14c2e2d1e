import { isCellError, type CellValue, type GridView } from "../grid";
import { detectTextPercentStyle, formatNumber, formatPercentText, parseNumberText, percentFormatKind, type NumberReading, type PercentFormatKind, type PercentTextStyle } from "../numbers";
import { isDateFormat } from "../numbers/format";
import { verbatim } from "../i18n";
import type { Text } from "../i18n/types";
import type { QuarterGroup } from "../layout/types";
import { QUARTER_GROUPS } from "../layout/types";
import type { Plan } from "../plan/types";

/**
 * How a quarter column writes its values:
 * - scaled: numbers with a percent number format (0.25 shown "25,00%");
 * - number: plain numbers in percent units (25), with the format the column uses
 *   ("General", "0.00", or a literal '0.00"%"');
 * - text: text percentages in the column's style ("25%", "25 %", "33,33%").
 */
export type Representation =
  | { kind: "scaled"; format: string }
  | { kind: "number"; format: string }
  | { kind: "text"; style: PercentTextStyle };

/** For a column with no example anywhere in the table. */
export const DEFAULT_REPRESENTATION: Representation = { kind: "scaled", format: "0.00%" };

/** What one cell is written as: a value and the number format to give the cell. */
export interface CellWrite {
  value: CellValue;
  format: string;
  /** How the written cell reads back (what readCell gives for it). */
  reading: NumberReading;
}

interface FormatInfo {
  percent: PercentFormatKind;
  date: boolean;
}

/** Format codes seen, read once each (a table has a handful; the cache is bounded anyway). */
const formatCache = new Map<string, FormatInfo>();

function formatInfo(format: string): FormatInfo {
  let info = formatCache.get(format);
  if (!info) {
    info = { percent: percentFormatKind(format), date: isDateFormat(format) };
    if (formatCache.size > 1000) formatCache.clear();
    formatCache.set(format, info);
  }
  return info;
}

interface Tally {
  scaled: Map<string, number>;
  number: Map<string, number>;
  text: number;
  samples: string[];
}

function newTally(): Tally {
  return { scaled: new Map(), number: new Map(), text: 0, samples: [] };
}

function bump(m: Map<string, number>, key: string): void {
  m.set(key, (m.get(key) ?? 0) + 1);
}

function countCell(t: Tally, value: CellValue, format: string, text: string): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || (value > 0 ? formatInfo(format).date : isDateFormat(format, value))) return;
    bump((value > 0 ? formatInfo(format).percent : percentFormatKind(format, value)) === "scaled" ? t.scaled : t.number, format);
  } else if (typeof value === "string" && value.includes("%")) {
    t.text++;
    t.samples.push(text || value);
  }
}

function mostCommon(m: Map<string, number>): [string, number] {
  let best: [string, number] = ["General", 0];
  for (const e of m) if (e[1] > best[1]) best = e;
  return best;
}

function choose(t: Tally, style: PercentTextStyle): Representation | null {
  const scaled = mostCommon(t.scaled);
  const number = mostCommon(t.number);
  if (scaled[1] === 0 && number[1] === 0 && t.text === 0) return null;
  if (scaled[1] >= number[1] && scaled[1] >= t.text) return { kind: "scaled", format: scaled[0] };
  if (number[1] >= t.text) return { kind: "number", format: number[0] };
  return { kind: "text", style };
}

function merge(into: Tally, from: Tally): void {
  for (const [k, v] of from.scaled) into.scaled.set(k, (into.scaled.get(k) ?? 0) + v);
  for (const [k, v] of from.number) into.number.set(k, (into.number.get(k) ?? 0) + v);
  into.text += from.text;
  for (const x of from.samples) into.samples.push(x);
}

/**
 * The representation of each quarter column of a table (index 0..3 per group),
 * from the non-empty cells of the column; a column without examples follows the
 * other columns of its group, then all quarter columns, then DEFAULT_REPRESENTATION.
 * Text percentages take one style for the whole table (detectTextPercentStyle over
 * every quarter column), so that a row never mixes "25 %" and "50%".
 */
export function detectRepresentations(plan: Plan, view: GridView): Record<QuarterGroup, Representation[]> {
  const tallies = { kinerja: [0, 1, 2, 3].map(newTally), pelaksanaan: [0, 1, 2, 3].map(newTally) };
  for (const row of plan.rows) {
    const quarters = row.quarters;
    for (const group of QUARTER_GROUPS) {
      const set = quarters[group];
      if (!set) continue;
      set.cells.forEach((c, q) => {
        const v = view.rawValue(c.row, c.col);
        if (v !== null && !isCellError(v)) countCell(tallies[group][q], v, view.format(c.row, c.col), view.rawText(c.row, c.col));
      });
    }
  }
  const all = newTally();
  const groupTally = { kinerja: newTally(), pelaksanaan: newTally() };
  for (const group of QUARTER_GROUPS) for (const t of tallies[group]) merge(groupTally[group], t);
  for (const group of QUARTER_GROUPS) merge(all, groupTally[group]);
  const style = detectTextPercentStyle(all.samples) ?? { decimalComma: true, spaceBeforePercent: false };
  const pick = (group: QuarterGroup) => (t: Tally): Representation =>
    choose(t, style) ?? choose(groupTally[group], style) ?? choose(all, style) ?? DEFAULT_REPRESENTATION;
  return { kinerja: tallies.kinerja.map(pick("kinerja")), pelaksanaan: tallies.pelaksanaan.map(pick("pelaksanaan")) };
}

function isPlainNumberFormat(format: string): boolean {
  const info = formatInfo(format);
  return info.percent === "none" && !info.date;
}

/** value / 100 without float noise (33.34 -> 0.3334, not 0.33340000000000003); values have at most 6 decimals. */
function scaleDown(value: number): number {
  return Math.abs(value) < 1e5 ? Math.round(value * 1e8) / 1e10 : value / 100;
}

/**
 * A value written the way the column writes it. percentValued: the value is a
 * percentage (25 = 25%); otherwise a quantity in target units, always written
 * as a number, keeping the cell's format unless that would show it as a
 * percentage or a date ("General" then).
 */
export function cellWrite(value: number, percentValued: boolean, rep: Representation, currentFormat: string): CellWrite {
  if (!percentValued) {
    const format = rep.kind === "number" && isPlainNumberFormat(rep.format) ? rep.format : isPlainNumberFormat(currentFormat) ? currentFormat : "General";
    return { value, format, reading: { kind: "number", value, percent: false } };
  }
  switch (rep.kind) {
    case "scaled":
      return { value: scaleDown(value), format: rep.format, reading: { kind: "number", value, percent: true } };
    case "number":
      return { value, format: rep.format, reading: { kind: "number", value, percent: formatInfo(rep.format).percent !== "none" } };
    case "text": {
      const text = formatPercentText(value, rep.style);
      return { value: text, format: currentFormat, reading: parseNumberText(text) };
    }
  }
}

/** How a written cell reads, in both languages (for the preview). */
export function describeWrite(w: Pick<CellWrite, "value" | "format">): Text {
  if (typeof w.value !== "number") return verbatim(typeof w.value === "string" ? w.value : "");
  const kind = percentFormatKind(w.format, w.value);
  const shown = kind === "scaled" ? w.value * 100 : w.value;
  const suffix = kind === "none" ? "" : "%";
  return { id: formatNumber(shown, "id") + suffix, en: formatNumber(shown, "en") + suffix };
}
