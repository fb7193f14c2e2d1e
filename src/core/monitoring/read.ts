import type { CellValue, GridView } from "../grid";
import {
  bandOf, cumulativeCapaian, quarterCapaian, readCounting, readDirection, readFormula, type Band, type CapaianRule, type Num, type Thresholds,
} from "./capaian";
import { FIRST_ROW, SETTING_VALUE_COL, SETTINGS, type MonitorColumns } from "./layout";
import { rowKey } from "./sheet";
import type { MonitorRow } from "./rows";

/**
 * The monitoring sheet read back: for each indicator of the plan, what was typed beside it
 * (found by its plan cell in the Sel Rencana column, so rows the user sorted or moved still
 * match), and the settings block. Targets come from the plan (the sheet links them).
 */
export interface Monitored {
  row: MonitorRow;
  /** The monitoring sheet's row (0-based), null when the plan's indicator has none there (added to the plan since). */
  sheetRow: number | null;
  realisasi: readonly CellValue[];
  rule: CapaianRule;
  pendorong: string;
  penghambat: string;
  tindakLanjut: string;
}

/** A cell of the sheet that says none of its allowed words: Arah, Penghitungan, or the formula choice. */
export interface UnreadSetting {
  what: "arah" | "hitung" | "formula" | "threshold";
  row: number;
  col: number;
  value: CellValue;
}

export interface MonitoringData {
  items: Monitored[];
  /** The lower-is-better formula the sheet computes with: 1..3, or 0 when its cell holds none of them (nothing computed). */
  formula: number;
  /** The formula cell as it stands, carried over as it is when the sheet is made again. */
  formulaTyped: CellValue;
  thresholds: Thresholds;
  /** The cells read as nothing (never as a guess): each is a finding (checks.ts). */
  unread: UnreadSetting[];
}

/** Text as compared: spaces collapsed, case ignored. */
const sameText = (s: string): string => s.replace(/\s+/g, " ").trim().toLowerCase();
const text = (v: CellValue): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");

/** Read a monitoring sheet (its view) for the plan's rows. */
export function readMonitoring(view: GridView, rows: readonly MonitorRow[], cols: MonitorColumns, defaults: { formula: number; thresholds: Thresholds }): MonitoringData {
  const byKey = new Map<string, number>();
  const byName = new Map<string, number[]>();
  for (let r = FIRST_ROW; r < view.top + view.rows; r++) {
    const key = text(view.rawValue(r, cols.sumber));
    if (key && !byKey.has(key)) byKey.set(key, r);
    const name = sameText(text(view.rawValue(r, cols.indikator)));
    if (name) byName.set(name, [...(byName.get(name) ?? []), r]);
  }
  // A row's key is the plan cell it was made from, as text; its indicator is a link Excel moves with
  // the plan's rows. When the key's row now shows another indicator (rows were inserted or deleted in
  // the plan), the indicator is found by its name where that is unambiguous, else not at all: never
  // another indicator's realisasi.
  const rowOf = (row: MonitorRow): number | undefined => {
    const r = byKey.get(rowKey(row));
    const shown = r === undefined ? "" : sameText(text(view.rawValue(r, cols.indikator)));
    if (r !== undefined && (shown === "" || shown === sameText(row.indicator))) return r;
    const named = byName.get(sameText(row.indicator));
    return named?.length === 1 ? named[0] : undefined;
  };
  const unread: UnreadSetting[] = [];
  // Without a sheet (an empty view) the defaults stand; on a sheet the cell is read as the formulas read it.
  const formulaTyped = view.rows > 0 ? view.rawValue(SETTINGS.formula, SETTING_VALUE_COL) : defaults.formula;
  const chosen = readFormula(formulaTyped);
  if (chosen === null) unread.push({ what: "formula", row: SETTINGS.formula, col: SETTING_VALUE_COL, value: formulaTyped });
  const formula = chosen ?? 0;
  const th = defaults.thresholds;
  // A threshold that is not a number is read as its default, and told: the sheet's colours compare it otherwise.
  const setting = (row: number, fallback: number): number => {
    if (view.rows === 0) return fallback;
    const v = view.rawValue(row, SETTING_VALUE_COL);
    if (typeof v === "number" && Number.isFinite(v)) return v;
    unread.push({ what: "threshold", row, col: SETTING_VALUE_COL, value: v });
    return fallback;
  };
  const thresholds: Thresholds = {
    achieved: setting(SETTINGS.achieved, th.achieved), near: setting(SETTINGS.near, th.near),
    partly: setting(SETTINGS.partly, th.partly), cap: setting(SETTINGS.cap, th.cap),
  };
  const items = rows.map((row): Monitored => {
    const r = rowOf(row);
    if (r === undefined) {
      return { row, sheetRow: null, realisasi: [null, null, null, null], rule: { direction: row.direction, counting: row.counting, formula }, pendorong: "", penghambat: "", tindakLanjut: "" };
    }
    const arah = view.rawValue(r, cols.arah);
    const hitung = view.rawValue(r, cols.hitung);
    const direction = readDirection(arah);
    const counting = readCounting(hitung);
    if (direction === null) unread.push({ what: "arah", row: r, col: cols.arah, value: arah });
    if (counting === null) unread.push({ what: "hitung", row: r, col: cols.hitung, value: hitung });
    return {
      row,
      sheetRow: r,
      realisasi: cols.realisasi.map((c) => view.rawValue(r, c)),
      rule: { direction, counting, formula },
      pendorong: text(view.rawValue(r, cols.pendorong)),
      penghambat: text(view.rawValue(r, cols.penghambat)),
      tindakLanjut: text(view.rawValue(r, cols.tindakLanjut)),
    };
  });
  return { items, formula, formulaTyped, thresholds, unread };
}

/**
 * What was typed on a monitoring sheet, by plan cell key and column (direction, counting,
 * realisasi, factors, follow-up, budget realised), for making the sheet again without losing it;
 * and the keys of all its rows.
 */
export function typedValues(view: GridView, cols: MonitorColumns): { kept: Map<string, Map<number, CellValue>>; keys: Set<string> } {
  const input = [cols.arah, cols.hitung, ...cols.realisasi, cols.pendorong, cols.penghambat, cols.tindakLanjut, ...(cols.realisasiAnggaran >= 0 ? [cols.realisasiAnggaran] : [])];
  const kept = new Map<string, Map<number, CellValue>>();
  const keys = new Set<string>();
  for (let r = FIRST_ROW; r < view.top + view.rows; r++) {
    const key = text(view.rawValue(r, cols.sumber));
    if (!key) continue;
    keys.add(key);
    const values = new Map<number, CellValue>();
    for (const c of input) if (!view.isEmpty(r, c)) values.set(c, view.rawValue(r, c));
    if (values.size) kept.set(key, values);
  }
  return { kept, keys };
}

/** One indicator's figures for quarter q (0..3), as the sheet's formulas compute them. */
export interface Figures {
  target: Num;
  realisasi: Num;
  capaian: number | null;
  capaianToDate: number | null;
  band: Band | null;
}

export const numOf = (v: CellValue): Num => (typeof v === "number" && Number.isFinite(v) ? v : null);

export function figuresOf(item: Monitored, q: number, thresholds: Thresholds): Figures {
  const targets = item.row.quarters.map((x) => x.value);
  const realisasi = item.realisasi.map(numOf);
  const capaianToDate = cumulativeCapaian(targets, realisasi, q, item.rule);
  return {
    target: targets[q],
    realisasi: realisasi[q],
    capaian: quarterCapaian(targets, realisasi, q, item.rule),
    capaianToDate,
    band: bandOf(capaianToDate, thresholds),
  };
}
