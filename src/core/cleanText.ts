// Display text as the engine compares it: trimmed, white space folded (GridView.text).

/** Whether a UTF-16 code unit is white space for JavaScript's \s (NBSP, U+2007 and U+202F included). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * White space at either end, doubled, or other than a plain space: what /^\s|\s$|\s\s|[^\S ]/
 * says, by a loop (every cell's text passes here once, and most are clean).
 */
export function needsCleaning(s: string): boolean {
  let previousSpace = true; // a space at the start counts as doubled
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0x80) {
      previousSpace = false;
      continue;
    }
    if (!isSpace(c)) {
      previousSpace = false;
      continue;
    }
    if (c !== 32 || previousSpace) return true;
    previousSpace = true;
  }
  return previousSpace && s.length > 0;
}

/** Trim, fold white space (including non-breaking spaces and line breaks). */
export function cleanText(s: string): string {
  if (!s) return "";
  if (!needsCleaning(s)) return s; // the common case: already clean
  return s.replace(/[\s\u00a0\u2007\u202f]+/g, " ").trim();
}
