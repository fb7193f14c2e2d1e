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

/** The text Excel shows for `value` under number format `fmt`. Never throws. */
export function displayText(value: CellValue, fmt: string, locale: string = DEFAULT_LOCALE): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "string" && (fmt === "General" || fmt === "@")) return value;
  const pattern = invalidFormats.has(fmt) ? "General" : fmt;
  try {
    return format(pattern, value, { locale });
  } catch {
    invalidFormats.add(fmt);
    try {
      return format("General", value, { locale });
    } catch {
      return String(value);
    }
  }
}
