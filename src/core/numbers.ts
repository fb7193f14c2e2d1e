import type { Lang } from "./i18n/types";

/** Format a number the way each language writes it: id "1.250,5", en "1,250.5". At most 2 decimals. */
export function formatNumber(n: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [intPart, frac = ""] = rounded.toFixed(maxDecimals).split(".");
  const trimmedFrac = frac.replace(/0+$/, "");
  const group = lang === "id" ? "." : ",";
  const dec = lang === "id" ? "," : ".";
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (neg ? "-" : "") + grouped + (trimmedFrac ? dec + trimmedFrac : "");
}

export type { NumberReading } from "./numbers/types";

export { parseNumberText, isAmbiguousNumberText } from "./numbers/parse";
export { readCell } from "./numbers/cell";
export { isPercentFormat, percentFormatKind, isDateFormat, type PercentFormatKind } from "./numbers/format";
export { formatNumberText, formatPercentText, detectTextPercentStyle, type PercentTextStyle } from "./numbers/percentText";
export { roundTo } from "./numbers/round";
export { typedValue } from "./numbers/typed";
