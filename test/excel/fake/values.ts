/**
 * How the fake turns a value written through range.values into a cell, like
 * typing it into Excel (simplified): numbers, percentages, "(1)", booleans,
 * error literals and dates are converted unless the string starts with an
 * apostrophe (kept as text, apostrophe dropped) or the cell is formatted "@".
 * And the display text of a cell, for range.text.
 */
import type { FakeCell } from "./model";

const ERRORS = /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!)$/;

export function writeValue(cell: FakeCell, v: unknown): void {
  cell.quotePrefix = false;
  if (v === null || v === undefined) return; // null leaves the cell unchanged, as in Office.js
  cell.formula = undefined;
  if (v === "") {
    cell.value = "";
    cell.type = "Empty";
    return;
  }
  if (typeof v === "number") {
    cell.value = v;
    cell.type = "Double";
    return;
  }
  if (typeof v === "boolean") {
    cell.value = v;
    cell.type = "Boolean";
    return;
  }
  const s = String(v);
  if (s.startsWith("'")) return setText(cell, s.slice(1), true);
  if (cell.format === "@") return setText(cell, s, false);
  if (ERRORS.test(s)) {
    cell.value = s;
    cell.type = "Error";
    return;
  }
  if (s.startsWith("=")) {
    cell.formula = s;
    cell.value = "#NAME?"; // the fake evaluates no formulas
    cell.type = "Error";
    return;
  }
  const paren = /^\((\d+(?:[.,]\d+)?)\)$/.exec(s);
  const num = /^([+-]?\d+(?:[.,]\d+)?)(\s?%)?$/.exec(s);
  if (paren) return setNumber(cell, -Number(paren[1].replace(",", ".")));
  if (num) {
    const n = Number(num[1].replace(",", "."));
    if (num[2]) {
      if (cell.format === "General") cell.format = "0%";
      return setNumber(cell, n / 100);
    }
    return setNumber(cell, n);
  }
  if (/^\d{1,2}[/-]\d{1,2}([/-]\d{2,4})?$/.test(s)) return setNumber(cell, 45000);
  if (/^(true|false)$/i.test(s)) {
    cell.value = s.toLowerCase() === "true";
    cell.type = "Boolean";
    return;
  }
  setText(cell, s, false);
}

function setText(cell: FakeCell, s: string, prefix: boolean): void {
  cell.value = s;
  cell.type = s === "" ? "Empty" : "String";
  cell.quotePrefix = prefix;
}

function setNumber(cell: FakeCell, n: number): void {
  cell.value = n;
  cell.type = "Double";
}

export function displayText(cell: FakeCell): string {
  switch (cell.type) {
    case "Empty":
      return "";
    case "Boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "Double": {
      const n = cell.value as number;
      const pct = /^0(\.(0+))?%$/.exec(cell.format);
      if (pct) return `${(n * 100).toFixed(pct[2]?.length ?? 0)}%`;
      const dec = /^0\.(0+)$/.exec(cell.format);
      if (dec) return n.toFixed(dec[1].length);
      return String(n);
    }
    default:
      return String(cell.value);
  }
}
