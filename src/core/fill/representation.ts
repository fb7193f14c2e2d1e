import type { CellValue } from "../grid";
import { formatNumber, formatNumberText, formatPercentText, parseNumberText, percentFormatKind, type NumberReading, type PercentFormatKind, type PercentTextStyle } from "../numbers";
import { formatDecimals, isDateFormat } from "../numbers/format";
import { roundTo } from "../numbers/round";
import { decimalsFor } from "./split";
import { verbatim } from "../i18n";
import type { Text } from "../i18n/types";

/**
 * How a row's quarter cells write percentages (see detect.ts for how it is found):
 * - scaled: numbers with a percent number format (0.25 shown "25,00%"); fit: the format is the
 *   target cell's ("0%" of a target 0.85 shown "85%"), kept where it shows the row's values and
 *   given the decimals they need where it would round them away (see fitRepresentation);
 * - number: plain numbers in percent units (25), with the format the row uses
 *   ("General", "0.00", or a literal '0.00"%"'); fit as for scaled (a target's literal '0"%"');
 * - text: text percentages in the row's style ("25%", "25 %", "33,33%");
 * - digits: numbers typed as text without "%" ("21,25", "42,5"), with a decimal comma or point:
 *   every value of the row, percentage or quantity, is written so ("63,75").
 */
export type Representation =
  | { kind: "scaled"; format: string; fit?: boolean }
  | { kind: "number"; format: string; fit?: boolean }
  | { kind: "text"; style: PercentTextStyle }
  | { kind: "digits"; decimalComma: boolean };

/** For a table with no example anywhere in its quarter columns. */
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

function isPlainNumberFormat(format: string): boolean {
  const info = formatInfo(format);
  return info.percent === "none" && !info.date;
}

/** value / 100 without float noise (33.34 -> 0.3334, not 0.33340000000000003); values have at most 6 decimals. */
function scaleDown(value: number): number {
  return Math.abs(value) < 1e5 ? Math.round(value * 1e8) / 1e10 : value / 100;
}

/**
 * The representation one row's four percentages are written in. A fit format (the target cell's,
 * see detect.ts targetRepresentation) is kept when it shows every value as it is (85 / 85 / 85 / 85
 * under "0%"); where it would round a value away (21.25 shown "21%" beside "85%") the row gets
 * "0.00%" (a literal format '0.00"%"'), or as many decimals as its values have: one format for the
 * row, so its cells read alike.
 */
export function fitRepresentation(rep: Representation, percents: readonly number[]): Representation {
  if (rep.kind === "text" || rep.kind === "digits" || !rep.fit) return rep;
  const shown = formatDecimals(rep.format);
  if (percents.every((v) => roundTo(v, shown) === v)) return { kind: rep.kind, format: rep.format };
  const digits = `0.${"0".repeat(Math.max(...percents.map(decimalsFor)))}`;
  return { kind: rep.kind, format: rep.kind === "scaled" ? `${digits}%` : `${digits}"%"` };
}

/**
 * A value written the way its row writes them. percentValued: the value is a
 * percentage (25 = 25%); otherwise a quantity in target units, always written
 * as a number, keeping the cell's format unless that would show it as a
 * percentage or a date ("General" then).
 */
export function cellWrite(value: number, percentValued: boolean, rep: Representation, currentFormat: string): CellWrite {
  if (rep.kind === "digits") {
    const text = formatNumberText(value, rep.decimalComma);
    return { value: text, format: currentFormat, reading: parseNumberText(text) };
  }
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
