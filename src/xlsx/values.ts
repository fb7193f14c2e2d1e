import type * as ExcelJS from "exceljs";
import type { CellValue } from "../core/grid";
import { isDateFormat } from "./numfmt";

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in Excel's 1900 date system (the same constant ExcelJS uses). */
const EPOCH_1970 = 25569;
/** ExcelJS's ValueType enum values (exceljs/lib/doc/enums.js), kept here to avoid a runtime import. */
export const VALUE_TYPE = { Null: 0, Merge: 1, Formula: 6 } as const;
/** The number format ExcelJS writes for a Date value that has none. */
export const EXCELJS_DATE_FORMAT = "mm-dd-yy";

/**
 * A JS Date (as ExcelJS gives it: the instant, already corrected for the
 * workbook's date1904 flag) to an Excel serial number in the 1900 system.
 */
export function serialFromDate(d: Date): number {
  return EPOCH_1970 + d.getTime() / MS_PER_DAY;
}

/** An Excel serial number (1900 system) to the Date ExcelJS expects. */
export function dateFromSerial(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_1970) * MS_PER_DAY));
}

/** Plain text of a string, rich text or hyperlink text as ExcelJS holds it. */
function plainText(v: unknown): string {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "richText" in v) {
    const runs = (v as ExcelJS.CellRichTextValue).richText;
    return Array.isArray(runs) ? runs.map((r) => r?.text ?? "").join("") : "";
  }
  return v === null || v === undefined ? "" : String(v);
}

/** An ExcelJS cell value (or formula result) as the engine's CellValue. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      return Number.isFinite(v) ? v : { error: "#NUM!" };
    case "object":
      break;
    default:
      return String(v);
  }
  if (v instanceof Date) return serialFromDate(v);
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return { error: o.error };
  if ("richText" in o) return plainText(o);
  if ("hyperlink" in o || "text" in o) return plainText(o.text);
  if ("formula" in o || "sharedFormula" in o || "result" in o) return toCellValue(o.result);
  return null;
}

/**
 * The engine's CellValue as an ExcelJS value for a cell whose number format
 * will be `format`. Numbers under a date format become Dates, so that ExcelJS
 * writes them correctly in a date1904 workbook too.
 */
export function fromCellValue(v: CellValue, format: string | undefined): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "object") return { error: v.error } as ExcelJS.CellErrorValue;
  if (typeof v === "number" && format && format !== "General" && safeIsDate(format)) return dateFromSerial(v);
  return v;
}

function safeIsDate(format: string): boolean {
  try {
    return isDateFormat(format);
  } catch {
    return false;
  }
}
