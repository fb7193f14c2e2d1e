import type { Numbering, NumberingStyle } from "../plan/types";

const ROMAN: [number, string][] = [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];

function roman(n: number): string {
  let s = "";
  for (const [v, r] of ROMAN) while (n >= v) { s += r; n -= v; }
  return s;
}

/** Write ordinal n the way a numbering of this style writes it: 3 -> "C.", "3)", "III.", "Sasaran 3", "1.3". */
export function formatOrdinal(like: Numbering, n: number): string {
  const closer = /\)$/.test(like.raw) ? ")" : ".";
  switch (like.style) {
    case "letter":
    case "letterParen":
      return n >= 1 && n <= 26 ? `${String.fromCharCode(64 + n)}${closer}` : String(n);
    case "numDot":
    case "numParen":
      return `${n}${closer}`;
    case "roman":
      return `${roman(n)}${closer}`;
    case "sasaran":
      return `Sasaran ${n}`;
    case "outline":
      return like.raw.replace(/\d+$/, String(n));
    default:
      return String(n);
  }
}

/** Styles that count in a sequence (codes skip by design, "none" has no number). */
export function isSequenceStyle(style: NumberingStyle): boolean {
  return style !== "none" && style !== "code";
}

/** The family a style belongs to when styles are compared: "A." and "A)" are one family with two styles. */
export function styleLabel(n: Numbering): string {
  return n.style === "sasaran" ? "Sasaran N" : formatOrdinal(n, 1);
}
