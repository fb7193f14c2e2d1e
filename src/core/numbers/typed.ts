import type { CellValue } from "../grid";
import { percentFormatKind } from "./format";
import { scanNumberText } from "./parse";
import { cleanFloat } from "./round";

/**
 * What a cell holds when a person types `text` into it, as Excel stores it:
 * - nothing (or white space only): the cell is emptied (null);
 * - a number, Indonesian or English ("12,5", "12.5", "1.250", "-3"): that number;
 * - a percentage ("80%", "80 persen"): the fraction (0.8);
 * - a plain number in a cell whose format shows a percentage ("0%"): as Excel's
 *   automatic percent entry reads it, 80 -> 0.8 (80 %), 0.8 stays 0.8;
 * - a leading apostrophe ("'12") keeps the rest as text, as in Excel;
 * - anything else (dashes, words, "1.2.3"): the text as typed.
 * Numbers are read with parseNumberText (its rules for "." and ",": never guessed).
 */
export function typedValue(text: string, format: string): CellValue {
  if (text.startsWith("'")) return text.slice(1) === "" ? null : text.slice(1);
  if (text.trim() === "") return null;
  const scan = scanNumberText(text);
  if (scan.reading.kind !== "number") return text;
  const { value, percent } = scan.reading;
  if (percent || (percentFormatKind(format, value) === "scaled" && Math.abs(value) >= 1)) return cleanFloat(value / 100);
  return value;
}
