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

/** A word cell compared as capaian.ts reads it: TRIM, and "=" ignoring case. */
const is = (cell: string, word: string): string => `TRIM(${cell})="${word}"`;

/**
 * The ratio by direction: naik R / T, turun by the chosen formula (only the numbers 1, 2, 3:
 * CHOOSE would take the text "2" or 2.5 as 2), and "" for an Arah that says neither word.
 */
function ratio(c: FormulaCells, t: string, r: string, lastT: string, lastR: string): string {
  const dir = at(c.direction, c.row);
  const k = c.formulaCell;
  const lower = `IF(OR(${k}=1,${k}=2,${k}=3),CHOOSE(${k},${t}/${r},${lastT}/${lastR},(2*${t}-${r})/${t}),"")`;
  return `IF(${is(dir, "turun")},${lower},IF(${is(dir, "naik")},${r}/${t},""))`;
}

/** Capaian of quarter q against its own target (capaian.ts quarterCapaian). */
export function quarterFormula(c: FormulaCells, q: number): string {
  const t = at(c.targets[q], c.row);
  const r = at(c.realisasi[q], c.row);
  return `IF(OR(NOT(ISNUMBER(${r})),N(${t})=0),"",IFERROR(${ratio(c, t, r, t, r)},""))`;
}

/**
 * Capaian up to quarter q (capaian.ts cumulativeCapaian): per triwulan sums, kumulatif and level
 * take quarter q's own, a Penghitungan that says none of the three words gives "".
 */
export function cumulativeFormula(c: FormulaCells, q: number): string {
  const tq = at(c.targets[q], c.row);
  const rq = at(c.realisasi[q], c.row);
  const counting = at(c.counting, c.row);
  const perQuarter = is(counting, "per triwulan");
  const unknown = `AND(NOT(${is(counting, "kumulatif")}),NOT(${perQuarter}),NOT(${is(counting, "level")}))`;
  const t = `IF(${perQuarter},SUM(${at(c.targets[0], c.row)}:${tq}),N(${tq}))`;
  const r = `IF(${perQuarter},SUM(${at(c.realisasi[0], c.row)}:${rq}),${rq})`;
  return `IF(OR(NOT(ISNUMBER(${rq})),${unknown},${t}=0),"",IFERROR(${ratio(c, t, r, tq, rq)},""))`;
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
