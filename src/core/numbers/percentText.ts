import { roundTo } from "./round";
import { scanNumberText } from "./parse";

/** How a column writes percentages as text: "25,5%" / "25.5%" / "25,5 %" / "25.5 %". */
export interface PercentTextStyle {
  decimalComma: boolean;
  spaceBeforePercent: boolean;
}

/**
 * A percentage (in percent units: 25 -> "25%") written as text in the given
 * style, at most 2 decimals, no thousands separators (so it always reads back
 * with parseNumberText). Non-finite values come back as String(value).
 */
export function formatPercentText(value: number, style: PercentTextStyle): string {
  if (!Number.isFinite(value)) return String(value);
  return formatNumberText(value, style.decimalComma, 2) + (style.spaceBeforePercent ? " %" : "%");
}

/**
 * A number written as text with a decimal comma or point, at most `decimals` decimals, no
 * thousands separators (so it always reads back with parseNumberText): 63.75 -> "63,75".
 */
export function formatNumberText(value: number, decimalComma: boolean, decimals = 6): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = roundTo(value, decimals);
  const digits = Math.abs(rounded).toFixed(decimals).replace(/\.?0+$/, "");
  return (rounded < 0 ? "-" : "") + (decimalComma ? digits.replace(".", ",") : digits);
}

/**
 * The style of the text percentages among samples (a column's display texts).
 * Only samples that read as one number followed by "%" count; separators and
 * spacing are decided by majority, ties going to the Indonesian standard
 * (decimal comma, no space). A thousands "." counts as evidence of a decimal comma.
 * Null when no sample is a readable text percentage.
 */
export function detectTextPercentStyle(samples: readonly string[]): PercentTextStyle | null {
  const n = countTextPercentStyle(Array.isArray(samples) ? samples : []);
  if (n.found === 0) return null;
  return { decimalComma: n.comma >= n.dot, spaceBeforePercent: n.spaced * 2 > n.found };
}

/** How many samples read as one number followed by "%", and how many of them show each style. */
export function countTextPercentStyle(samples: readonly unknown[]): { found: number; spaced: number; comma: number; dot: number } {
  const n = { found: 0, spaced: 0, comma: 0, dot: 0 };
  for (const sample of samples) {
    const scan = scanNumberText(typeof sample === "string" ? sample : "");
    if (scan.reading.kind !== "number" || scan.percentMark !== "sign") continue;
    n.found++;
    if (scan.spaceBeforePercent) n.spaced++;
    if (scan.decimalSep === "," || scan.groupSep === ".") n.comma++;
    if (scan.decimalSep === "." || scan.groupSep === ",") n.dot++;
  }
  return n;
}
