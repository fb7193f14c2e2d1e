import type { CellValue } from "../core/grid";
import { isCellError } from "../core/grid";

/**
 * Office.js parses a string written to `range.values` as if it were typed:
 * "(1)" becomes -1, "1/2" a date, "21,25%" a number, "=x" a formula. A string
 * that could be read as anything but text is written with a leading apostrophe,
 * which Excel keeps as the quote prefix and does not store in the value, so the
 * cell holds exactly the string. Cells formatted as text ("@") need no prefix.
 */
export function needsQuotePrefix(s: string): boolean {
  if (s === "") return false;
  if (/^[=+\-@'#(\s]/.test(s)) return true;
  if (/\d/.test(s)) return true;
  return /^(true|false|benar|salah)$/i.test(s.trim());
}

/** The value to put in a `range.values` array for a cell value. */
export function toExcelValue(value: CellValue, numberFormat?: string): string | number | boolean {
  if (value === null) return "";
  if (isCellError(value)) return value.error; // typing "#N/A" gives the error value
  if (typeof value === "string") {
    if (numberFormat === "@") return value;
    return needsQuotePrefix(value) ? `'${value}` : value;
  }
  return value;
}

/** Excel's value type names, as `range.valueTypes` reports them. */
export type ValueTypeName = "Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue";

/** A cell read back from Office.js as the engine's CellValue. */
export function fromExcelValue(value: unknown, type: string, text: string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: typeof value === "string" && value !== "" ? value : text };
    case "Boolean":
      return Boolean(value);
    case "Double":
    case "Integer":
      return typeof value === "number" ? value : Number(value);
    default:
      if (value === null || value === undefined || value === "") return type === "String" ? "" : null;
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
      return text; // rich values (entities, images): what the cell shows
  }
}
