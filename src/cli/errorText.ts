import type { Text } from "../core/i18n";
import { XlsxWorkbookError } from "../xlsx/errors";
import { msg } from "./messages";

/**
 * What the user is told about an exception, in both languages: a refusal of the workbook adapter
 * (a damaged or oversized sheet part, a locked cell, a protected structure) is its own catalog
 * message; anything else is "unexpected", with its detail (its final full stop left to the sentence).
 */
export function errorText(e: unknown): Text {
  if (e instanceof XlsxWorkbookError) return e.text;
  const detail = (e instanceof Error ? e.message : String(e)).replace(/[.\s]+$/, "");
  return msg("cli.unexpected", { detail });
}
