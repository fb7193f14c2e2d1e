import { isCellError, type CellValue } from "../grid";
import type { NumberReading } from "./types";
import { isDateFormat, percentFormatKind } from "./format";
import { BoundedMemo } from "./memo";
import { parseNumberText } from "./parse";
import { cleanFloat } from "./round";

/**
 * Read a cell as the adapters give it (value, display text, number format):
 * - a number with a % format: 0.2125 + "0.00%" -> 21.25, percent;
 * - a number with a quoted/escaped % ('0.00"%"'): 21.25 -> 21.25, percent (shown as is);
 * - a number otherwise: 21.25 -> 21.25, not percent;
 * - a number with a date or time format: invalid (a date where a number belongs);
 * - text: parseNumberText; null or "": empty;
 * - booleans, error values (#REF!) and non-finite numbers (also after x100): invalid.
 * Invalid readings carry the display text (or, when that is empty, the value as text).
 * Readable numbers and texts give shared, frozen readings (memoised by format and value, or by text).
 */
export function readCell(value: CellValue, text: string, format: string): NumberReading {
  const shown = typeof text === "string" ? text : "";
  if (value === null || value === undefined) return shown === "" ? EMPTY : parseNumberText(shown);
  if (typeof value === "string") return parseNumberText(value);
  if (typeof value === "number") {
    // Cells come column by column in one or two formats: the last format's memo saves a lookup.
    let byValue = format === lastFormat ? lastByValue : NUMBERS.get(format);
    if (byValue === undefined) byValue = NUMBERS.set(format, new BoundedMemo<number, NumberReading>(1000));
    lastFormat = format;
    lastByValue = byValue;
    const known = byValue.get(value);
    if (known !== undefined) return known;
    const reading = readNumber(value, shown, format);
    if (reading.kind === "number") byValue.set(value, Object.freeze(reading));
    return reading;
  }
  if (isCellError(value)) return invalid(shown, String(value.error));
  return invalid(shown, String(value));
}

const EMPTY: NumberReading = Object.freeze({ kind: "empty" });

/** Readable number readings by format, then value: quarter columns hold a few values in one or two formats. */
const NUMBERS = new BoundedMemo<string, BoundedMemo<number, NumberReading>>(100);
let lastFormat: string | undefined;
let lastByValue: BoundedMemo<number, NumberReading> | undefined;

function readNumber(value: number, shown: string, format: string): NumberReading {
  if (!Number.isFinite(value) || isDateFormat(format, value)) return invalid(shown, String(value));
  const kind = percentFormatKind(format, value);
  if (kind === "scaled") {
    const percent = cleanFloat(value * 100);
    return Number.isFinite(percent) ? { kind: "number", value: percent, percent: true } : invalid(shown, String(value));
  }
  return { kind: "number", value: value === 0 ? 0 : value, percent: kind === "literal" };
}

function invalid(shown: string, fallback: string): NumberReading {
  return { kind: "invalid", text: shown !== "" ? shown : fallback };
}
