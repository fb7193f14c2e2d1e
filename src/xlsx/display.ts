import type { CellValue } from "../core/grid";
import type { Lang } from "../core/i18n";
import { format } from "./numfmt";

/**
 * Display text is produced as Excel shows it in a given locale (numfmt's tags): by default
 * en-US ("." for decimals, "," for thousands, TRUE/FALSE, English month names); the CLI and
 * the preview pass the one of the user's language (displayLocale). The workbook does not record
 * the locale it was viewed in; the engine reads a numeric cell's value, never this text, which
 * is only shown and quoted. Formats that name their own locale ("[$Rp-421]#,##0") follow it,
 * as in Excel.
 */
export const DEFAULT_LOCALE = "en-US";

/**
 * The locale a surface reads a workbook in when it tells the user in `lang`: display text is
 * only quoted in messages, and an Indonesian message quoting an en-US "12,000" tells of twelve
 * (Indonesian writes 12.000 and 0,5). The numbers the engine reads are the cells' own values.
 */
export function displayLocale(lang: Lang): string {
  return lang === "id" ? "id" : DEFAULT_LOCALE;
}

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
