import { splitNumbering } from "../plan/numbering";

/**
 * A name cell's text with its name replaced by another, its numbering or code kept as typed
 * ("A. Perencanaan, Penganggaran dan Evalusi ..." -> "A. Perencanaan, Penganggaran, dan Evaluasi ...").
 * null when the cell's name cannot be told from its numbering (then nothing is replaced).
 */
export function renamedText(cellText: string, name: string): string | null {
  const { rest } = splitNumbering(cellText);
  const at = rest ? cellText.lastIndexOf(rest) : -1;
  if (at < 0) return null;
  return cellText.slice(0, at) + name + cellText.slice(at + rest.length);
}
