import type { CellValue } from "../core/grid";
import { format } from "./numfmt";

/**
 * Display text is produced as Excel shows it in an en-US locale: "." for
 * decimals, "," for thousands, TRUE/FALSE, month names in English. The
 * workbook does not record the locale it was viewed in, and the engine reads
 * both Indonesian and English numbers, so one fixed, predictable locale is used.
 * Formats that name their own locale ("[$Rp-421]#,##0") follow it, as in Excel.
 * Pass another numfmt locale tag (e.g. "id") to show the text as an Indonesian Excel would.
 */
export const DEFAULT_LOCALE = "en-US";

const invalidFormats = new Set<string>();
/** numfmt options, one object per locale (numfmt copies them on every call). */
const optionsByLocale = new Map<string, { locale: string }>();
/**
 * Recent results per locale and format: plan sheets repeat the same numbers
 * (21.25%, 100%, 12) thousands of times, and formatting is the costly part of
 * reading a large sheet.
 */
const memo = new Map<string, Map<number, string>>();
const MEMO_LIMIT = 20_000;
let lastFmt: string | undefined;
let lastLocale: string | undefined;
let lastCache: Map<number, string> | undefined;

function formatted(value: number | boolean | string, fmt: string, locale: string): string {
  let opts = optionsByLocale.get(locale);
  if (!opts) optionsByLocale.set(locale, (opts = { locale }));
  const pattern = invalidFormats.has(fmt) ? "General" : fmt;
  try {
    return format(pattern, value, opts);
  } catch {
    invalidFormats.add(fmt);
    try {
      return format("General", value, opts);
    } catch {
      return String(value);
    }
  }
}

/** The text Excel shows for `value` under number format `fmt`. Never throws. */
export function displayText(value: CellValue, fmt: string, locale: string = DEFAULT_LOCALE): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "string" && (fmt === "General" || fmt === "@")) return value;
  if (typeof value !== "number") return formatted(value, fmt, locale);
  // Cells come column by column in one or two formats: the last format's memo saves making its key.
  let cache = fmt === lastFmt && locale === lastLocale ? lastCache : undefined;
  if (!cache) {
    const key = `${locale}\u0000${fmt}`;
    cache = memo.get(key);
    if (!cache) memo.set(key, (cache = new Map()));
    lastFmt = fmt;
    lastLocale = locale;
    lastCache = cache;
  }
  let text = cache.get(value);
  if (text === undefined) {
    text = formatted(value, fmt, locale);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(value, text);
  }
  return text;
}
