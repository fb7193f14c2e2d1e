import type { Text } from "../core/i18n";
import { msg } from "./messages";

function isText(v: unknown): v is Text {
  return typeof v === "object" && v !== null && typeof (v as Text).id === "string" && typeof (v as Text).en === "string";
}

/**
 * What the user reads when a port call throws: the adapter's own two-language
 * message when it carries one (the Excel adapter's WorkbookError has `text`),
 * else a general message. Never the raw error or its stack.
 */
export function errorText(e: unknown): Text {
  if (typeof e === "object" && e !== null && "text" in e) {
    const text = (e as { text: unknown }).text;
    if (isText(text)) return text;
  }
  return msg("ui.error.unexpected");
}
