import { colToLetters } from "../grid";
import type { FormulaCells } from "./formulas";

/**
 * Where things are on the monitoring sheet (0-based): the settings block, the two header rows,
 * the data rows and the columns. One description, read by the sheet's builder (sheet.ts) and by
 * whatever reads the sheet back (read.ts), so both always agree.
 */
export const SETTINGS = { formula: 5, achieved: 6, near: 7, partly: 8, cap: 9 } as const;
/** Settings: the label stands in columns A-C (merged), the value in the Target column. */
export const SETTING_LABEL_COL = 0;
export const SETTING_VALUE_COL = 3;
export const LEGEND_ROW = 10;
export const HEADER_TOP = 11;
export const HEADER_BOTTOM = 12;
export const FIRST_ROW = 13;

export interface MonitorColumns {
  no: number;
  sasaran: number;
  indikator: number;
  target: number;
  arah: number;
  alasan: number;
  hitung: number;
  targets: readonly number[];
  realisasi: readonly number[];
  capaian: readonly number[];
  capaianKum: readonly number[];
  pendorong: number;
  penghambat: number;
  tindakLanjut: number;
  /** -1 when the plan has no Anggaran column. */
  anggaran: number;
  realisasiAnggaran: number;
  sumber: number;
  last: number;
}

const four = (from: number): number[] => [from, from + 1, from + 2, from + 3];

/** The columns, with the two budget columns only when the plan has Anggaran. */
export function monitorColumns(budget: boolean): MonitorColumns {
  const base = { no: 0, sasaran: 1, indikator: 2, target: 3, arah: 4, alasan: 5, hitung: 6 };
  const cols = { targets: four(7), realisasi: four(11), capaian: four(15), capaianKum: four(19), pendorong: 23, penghambat: 24, tindakLanjut: 25 };
  const anggaran = budget ? 26 : -1;
  const realisasiAnggaran = budget ? 27 : -1;
  const sumber = budget ? 28 : 26;
  return { ...base, ...cols, anggaran, realisasiAnggaran, sumber, last: sumber };
}

/** An absolute reference to a settings value ("$D$6"). */
export function settingCell(row: number): string {
  return `$${colToLetters(SETTING_VALUE_COL)}$${row + 1}`;
}

/** The cells one data row's formulas read. */
export function formulaCells(cols: MonitorColumns, row: number): FormulaCells {
  return { row, direction: cols.arah, counting: cols.hitung, targets: cols.targets, realisasi: cols.realisasi, formulaCell: settingCell(SETTINGS.formula) };
}
