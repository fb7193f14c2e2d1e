/** Points per line of wrapped text in the template's font (Arial 10), with some room. */
export const LINE_HEIGHT = 13.5;

/**
 * Lines a text takes when wrapped at word boundaries in a column `width`
 * characters wide. An estimate: Excel does not grow rows when a file is opened,
 * so prefilled rows get their height from here.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? 1.1 : 1.25)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) {
      used = need;
      continue;
    }
    if (used > 0) lines++;
    lines += Math.floor(Math.max(0, word.length - 1) / perLine);
    used = word.length % perLine || perLine;
  }
  return lines;
}

/** Row height in points for a text wrapped in a column. */
export function rowHeightFor(text: string, width: number, bold = false): number {
  return wrappedLines(text, width, bold) * LINE_HEIGHT;
}
