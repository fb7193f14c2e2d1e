import type { CellValue } from "../core/grid";
import type { CellRec } from "./sheetPart";

/** Days between the 1900 and the 1904 date systems: the engine reads every date as a 1900-system serial. */
export const DATE1904_OFFSET = 1462;
const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 system. */
const EPOCH_1970 = 25569;

/**
 * A cell's value as the engine reads it, from the cell's own type: numbers
 * are the stored numbers (never their display text), strings the shared or
 * inline text, formulas their cached result.
 */
export function cellValueOf(c: CellRec, strings: readonly string[]): CellValue {
  return valueOf(c.t, c.v, strings);
}

/** cellValueOf of a cell's type attribute and value text. */
export function valueOf(t: string, v: string | null, strings: readonly string[]): CellValue {
  if (v === null) return null;
  switch (t) {
    case "s": {
      // An index is digits (blanks around allowed): Number() reads "" and " " as 0, the first string, and "0x1" as 1.
      const s = /^\s*\d+\s*$/.test(v) ? strings[Number(v)] : undefined;
      return s === undefined ? null : s;
    }
    case "str":
    case "inlineStr":
      return v;
    case "b":
      return v === "1" || v === "true";
    case "e":
      return { error: v };
    case "d": {
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
      return Number.isFinite(ms) ? EPOCH_1970 + ms / MS_PER_DAY : v;
    }
    default: {
      const n = Number(v);
      if (v.trim() === "" || Number.isNaN(n)) return v; // a writer that put text in a number cell: the text, as Excel shows it
      return Number.isFinite(n) ? n : { error: "#NUM!" };
    }
  }
}

/** A number as a cell's <v>: the shortest text that reads back as the same number. */
export function numberText(n: number): string {
  return Object.is(n, -0) ? "0" : String(n);
}
