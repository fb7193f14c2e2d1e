/**
 * Estimates of how text wraps in a cell, so row heights can be set in advance:
 * neither Excel nor LibreOffice auto-fits the height of merged cells, and text
 * that does not fit is cut off when printed.
 *
 * Widths are Arial's (= Helvetica's / Liberation Sans's) advance widths in
 * 1/1000 em, regular and bold. Screen: 96 px per inch, 72 pt per inch.
 */

export interface FontSpec {
  /** Points. */
  size: number;
  bold?: boolean;
}

/** Advance widths of ASCII 32..126, 1/1000 em. */
const ARIAL: readonly number[] = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space .. /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0..9
  278, 278, 584, 584, 584, 556, 1015, // : ; < = > ? @
  667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, // A..M
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // N..Z
  278, 278, 278, 469, 556, 333, // [ \ ] ^ _ `
  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, // a..m
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, // n..z
  334, 260, 334, 584, // { | } ~
];

/** Arial Bold, ASCII 32..126, 1/1000 em. */
const ARIAL_BOLD: readonly number[] = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // space .. /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0..9
  333, 333, 584, 584, 584, 611, 975, // : ; < = > ? @
  722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, // A..M
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // N..Z
  333, 278, 333, 584, 556, 333, // [ \ ] ^ _ `
  556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, // a..m
  611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, // n..z
  389, 280, 389, 584, // { | } ~
];

const DEFAULT_WIDTH = 556;
/**
 * Extra room for differences between renderers: Excel's hinted Arial at 16 px
 * is within about 1% of these widths, Liberation Sans has the same ones. More
 * room than that leaves a blank line under some items (uneven gaps in the
 * decree, issue #19); less risks text cut off.
 */
const SAFETY = 1.02;
/** Cell padding, left + right, in px. */
const CELL_PADDING_PX = 6;

/** Excel column width unit in px (maximum digit width of the default Calibri/Aptos 11 font). */
export const PX_PER_WIDTH_UNIT = 7;

export function pxToWidthUnits(px: number): number {
  return Math.round((px / PX_PER_WIDTH_UNIT) * 100) / 100;
}

/** One character's advance width, 1/1000 em. */
function charEm(code: number, table: readonly number[]): number {
  return code >= 32 && code <= 126 ? table[code - 32] : DEFAULT_WIDTH;
}

function emToPx(em: number, font: FontSpec): number {
  return (em / 1000) * font.size * (96 / 72) * SAFETY;
}

export function textWidthPx(text: string, font: FontSpec): number {
  const table = font.bold ? ARIAL_BOLD : ARIAL;
  let em = 0;
  for (const ch of text) em += charEm(ch.codePointAt(0)!, table);
  return emToPx(em, font);
}

/** Break a too-long word into pieces that fit; the width is kept as it runs (linear in the word). */
function splitWord(word: string, width: number, font: FontSpec): string[] {
  const table = font.bold ? ARIAL_BOLD : ARIAL;
  const pieces: string[] = [];
  let cur = "";
  let em = 0;
  for (const ch of word) {
    const w = charEm(ch.codePointAt(0)!, table);
    if (cur && emToPx(em + w, font) > width) {
      pieces.push(cur);
      cur = ch;
      em = w;
    } else {
      cur += ch;
      em += w;
    }
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/** The lines a cell of the given width (px, padding included) shows the text in; breaks at spaces. */
export function wrapLines(text: string, cellWidthPx: number, font: FontSpec): string[] {
  const width = Math.max(1, cellWidthPx - CELL_PADDING_PX);
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(/ +/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidthPx(candidate, font) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = textWidthPx(word, font) > width ? splitWord(word, width, font) : [word];
      for (let i = 0; i < pieces.length - 1; i++) lines.push(pieces[i]);
      line = pieces[pieces.length - 1];
    }
    lines.push(line);
  }
  return lines;
}

export function countLines(text: string, cellWidthPx: number, font: FontSpec): number {
  return wrapLines(text, cellWidthPx, font).length;
}

/**
 * Height of one wrapped line in points: 1.25 x the font size (15 pt at 12 pt).
 * Arial's own line spacing is 1.15 em (13.8 pt at 12 pt); the rest is room for
 * renderer differences.
 */
export function lineHeightPt(size: number): number {
  return Math.ceil(size * 1.25 * 4) / 4;
}

/** Row height in points for the given number of lines, with a little air. */
export function rowHeightPt(lines: number, size: number): number {
  return lines * lineHeightPt(size) + 2;
}
