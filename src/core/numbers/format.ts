/**
 * Excel number format codes, as far as reading a cell needs them: does the
 * format show a percentage, and is it a date or time?
 *
 * A format has up to four sections "positive;negative;zero;text". Inside a
 * section, "quoted text", backslash-escaped characters, [brackets] (colours,
 * locales, conditions; [h] [m] [s] are elapsed time), and the character after
 * "_" or "*" are not format characters.
 */

/**
 * How a format shows a percentage:
 * - "scaled": an unquoted % ("0.00%"): Excel multiplies the value by 100 (0.2125 shows "21.25%");
 * - "literal": only a quoted or escaped % ('0.00"%"', "0.00\%"): the value is shown as is
 *   (21.25 shows "21.25%"), so it is already in percent units;
 * - "none".
 */
export type PercentFormatKind = "scaled" | "literal" | "none";

interface Section {
  scaledPercent: boolean;
  literalPercent: boolean;
  dateTime: boolean;
  /** Digit placeholders (0 # ?) after the decimal point: how many decimals the section shows. */
  decimals: number;
  /** A comma between digit placeholders ("#,##0"): thousands are grouped. */
  grouped: boolean;
}

/**
 * The percent kind of the section that applies to the value (first section when
 * no value is given; the second for negatives and the third for zero when present).
 */
export function percentFormatKind(format: string, value?: number): PercentFormatKind {
  const s = sectionFor(format, value);
  return s.scaledPercent ? "scaled" : s.literalPercent ? "literal" : "none";
}

/**
 * True when Excel shows the value multiplied by 100 with a % sign ("0%", "0.00%",
 * "#,##0.0 %"). A quoted or escaped % ('0.00"%"', "0.00\%") is text, not a
 * percent format: false (see percentFormatKind, which says "literal").
 */
export function isPercentFormat(format: string): boolean {
  return percentFormatKind(format) === "scaled";
}

/** True when the format shows a date or a time ("dd/mm/yyyy", "d mmmm yyyy", "h:mm", "[h]:mm", "[$-421]dd mmm"). */
export function isDateFormat(format: string, value?: number): boolean {
  return sectionFor(format, value).dateTime;
}

/**
 * How many decimals the format shows (of the section that applies to the value, as
 * percentFormatKind): "0%" 0, "0.00%" 2, "#,##0.0 %" 1, "General" 0 (General shows what it can:
 * callers asking how a percent format rounds give a percent format).
 */
export function formatDecimals(format: string, value?: number): number {
  return sectionFor(format, value).decimals;
}

/** True when the format groups thousands ("#,##0", '"Rp"#,##0', "#,##0.00", accounting formats), of its first section. */
export function groupsThousands(format: string): boolean {
  return sectionFor(format, undefined).grouped;
}

/** Parsed formats by code: a sheet has a handful, read for every numeric cell. Bounded. */
const PARSED = new Map<string, readonly Section[]>();
const PARSED_LIMIT = 1000;

function sectionFor(format: string, value: number | undefined): Section {
  const f = typeof format === "string" ? format : "";
  let sections = PARSED.get(f);
  if (!sections) {
    sections = parseSections(f);
    if (PARSED.size < PARSED_LIMIT) PARSED.set(f, sections);
  }
  const index = value === undefined || value > 0 || Number.isNaN(value) ? 0 : value < 0 ? 1 : 2;
  return sections[index] ?? sections[0];
}

const DATE_LETTER = /[ydhsm]/i;
const PLACEHOLDER = /[0#?]/;
const ELAPSED = /^(h+|m+|s+)$/i;

function parseSections(f: string): Section[] {
  const sections: Section[] = [];
  let cur = newSection();
  let afterPoint = false;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (afterPoint && (ch === "0" || ch === "#" || ch === "?")) {
      cur.decimals++;
      continue;
    }
    afterPoint = ch === "." && cur.decimals === 0;
    if (afterPoint) continue;
    if (ch === '"') {
      const end = f.indexOf('"', i + 1);
      const quoted = end < 0 ? f.slice(i + 1) : f.slice(i + 1, end);
      if (quoted.includes("%")) cur.literalPercent = true;
      i = end < 0 ? f.length : end;
    } else if (ch === "\\") {
      if (f[i + 1] === "%") cur.literalPercent = true;
      i++;
    } else if (ch === "_" || ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = f.indexOf("]", i + 1);
      if (ELAPSED.test(end < 0 ? "" : f.slice(i + 1, end))) cur.dateTime = true;
      i = end < 0 ? f.length : end;
    } else if (ch === ";") {
      sections.push(cur);
      cur = newSection();
    } else if (ch === "%") {
      cur.scaledPercent = true;
    } else if (ch === "," && PLACEHOLDER.test(f[i - 1] ?? "") && PLACEHOLDER.test(f[i + 1] ?? "")) {
      cur.grouped = true;
    } else if (DATE_LETTER.test(ch) || /^(am\/pm|a\/p)/i.test(f.slice(i, i + 5))) {
      cur.dateTime = true;
    }
  }
  sections.push(cur);
  return sections;
}

function newSection(): Section {
  return { scaledPercent: false, literalPercent: false, dateTime: false, decimals: 0, grouped: false };
}
