import { colToLetters } from "../grid";

/**
 * The capaian formulas the monitoring sheet writes (without the leading "="), the spreadsheet
 * twin of capaian.ts: each piece below is the formula of the function of the same name there.
 * Every division sits inside IFERROR and every target is tested for 0 first, so no cell ever
 * shows #DIV/0!; a missing realisasi gives an empty text, not 0 %.
 */

/** Where one row's cells are (0-based columns, 0-based row). */
export interface FormulaCells {
  row: number;
  direction: number;
  counting: number;
  /** The four quarter target columns and the four realisasi columns. */
  targets: readonly number[];
  realisasi: readonly number[];
  /** The one cell of the lower-is-better formula choice, absolute ("$C$5"). */
  formulaCell: string;
}

const at = (col: number, row: number): string => `${colToLetters(col)}${row + 1}`;

function ratio(c: FormulaCells, t: string, r: string, lastT: string, lastR: string): string {
  const dir = at(c.direction, c.row);
  return `IF(${dir}="turun",CHOOSE(${c.formulaCell},${t}/${r},${lastT}/${lastR},(2*${t}-${r})/${t}),${r}/${t})`;
}

/** Capaian of quarter q against its own target (capaian.ts quarterCapaian). */
export function quarterFormula(c: FormulaCells, q: number): string {
  const t = at(c.targets[q], c.row);
  const r = at(c.realisasi[q], c.row);
  return `IF(OR(NOT(ISNUMBER(${r})),N(${t})=0),"",IFERROR(${ratio(c, t, r, t, r)},""))`;
}

/** Capaian up to quarter q (capaian.ts cumulativeCapaian): per triwulan sums, else quarter q's own. */
export function cumulativeFormula(c: FormulaCells, q: number): string {
  const tq = at(c.targets[q], c.row);
  const rq = at(c.realisasi[q], c.row);
  const perQuarter = `${at(c.counting, c.row)}="per triwulan"`;
  const t = `IF(${perQuarter},SUM(${at(c.targets[0], c.row)}:${tq}),N(${tq}))`;
  const r = `IF(${perQuarter},SUM(${at(c.realisasi[0], c.row)}:${rq}),${rq})`;
  return `IF(OR(NOT(ISNUMBER(${rq})),${t}=0),"",IFERROR(${ratio(c, t, r, tq, rq)},""))`;
}

/** A link to a cell of another sheet: 'Lampiran I'!K12 (quotes doubled inside the name). */
export function linkFormula(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${at(col, row)}`;
}

/**
 * The conditional-formatting test of each band for the top-left cell of a capaian range, with
 * the thresholds' absolute cells ("$C$6"): only numbers are banded (an empty capaian stays white).
 */
export function bandRule(cell: string, band: "achieved" | "near" | "partly" | "not", th: { achieved: string; near: string; partly: string }): string {
  const num = `ISNUMBER(${cell})`;
  if (band === "achieved") return `AND(${num},${cell}>=${th.achieved})`;
  if (band === "near") return `AND(${num},${cell}>=${th.near},${cell}<${th.achieved})`;
  if (band === "partly") return `AND(${num},${cell}>=${th.partly},${cell}<${th.near})`;
  return `AND(${num},${cell}<${th.partly})`;
}
