import type { Finding, RuleId, Severity } from "../finding";
import { msg, type MessageKey, type Params } from "../i18n";
import { roundTo } from "../numbers";
import { cumulativeCapaian, quarterCapaian, type Thresholds } from "./capaian";
import type { MonitorColumns } from "./layout";
import { numOf, type MonitoringData, type UnreadSetting } from "./read";
import { ROMAN } from "./style";


/**
 * How many quarters of the plan's year have ended on `today` (0..4): all four for a past year,
 * none for a coming one, else the quarters before today's month's quarter.
 */
export function quartersEnded(year: number | null, today: Date): number {
  const y = today.getFullYear();
  if (year === null || year === y) return Math.floor(today.getMonth() / 3);
  return year < y ? 4 : 0;
}

/** A capaian as percent points, rounded for a message ("{capaian}%"). */
const pct = (x: number): number => roundTo(x * 100, 2);

/**
 * The checks on what was typed in the monitoring sheet (category realisasi), for quarter
 * `reported` (1..4) when `ended` quarters of the plan's year have ended (0..4; by default as
 * many as reported):
 * - unreadable (error): a realisasi that is not a number: its capaian cannot be computed;
 * - future (warning): a realisasi in a quarter neither ended nor being reported;
 * - falling (warning): a cumulative realisasi below the quarter before;
 * - cap (warning): a capaian above the cap (150 %): often a typo, to verify;
 * - noFactors (info): capaian to date under the achieved threshold without pendorong or penghambat;
 * - setting (warning): an Arah, Penghitungan or formula-choice cell that says none of its words
 *   (settingFindings).
 */
export function realisasiFindings(data: MonitoringData, sheet: string, cols: MonitorColumns, reported: number, ended = reported): Finding[] {
  const upTo = Math.max(reported, ended);
  const out: Finding[] = [];
  const push = (rule: RuleId, severity: Severity, row: number, col: number, key: MessageKey, params: Params) =>
    out.push({ rule, severity, sheet, range: { top: row, left: col, bottom: row, right: col }, message: msg(key, params), key });
  const th: Thresholds = data.thresholds;
  out.push(...settingFindings(data.unread, sheet));
  for (const item of data.items) {
    const r = item.sheetRow;
    if (r === null) continue;
    const targets = item.row.quarters.map((x) => x.value);
    const values = item.realisasi.map(numOf);
    let previous: number | null = null;
    let previousQ = -1;
    for (let q = 0; q < 4; q++) {
      const raw = item.realisasi[q];
      const col = cols.realisasi[q];
      if (raw !== null && raw !== "" && values[q] === null) {
        push("realisasi.unreadable", "error", r, col, "monitoring.check.unreadable", { text: String(typeof raw === "object" ? raw.error : raw) });
        continue;
      }
      const v = values[q];
      if (v === null) continue;
      if (q >= upTo) push("realisasi.future", "warning", r, col, "monitoring.check.future", { roman: ROMAN[q], current: ROMAN[Math.max(0, upTo - 1)] });
      if (item.rule.counting === "kumulatif" && previous !== null && v < previous) {
        push("realisasi.falling", "warning", r, col, "monitoring.check.falling", { before: previous, after: v, from: ROMAN[previousQ], to: ROMAN[q] });
      }
      previous = v;
      previousQ = q;
      const highest = Math.max(quarterCapaian(targets, values, q, item.rule) ?? -Infinity, cumulativeCapaian(targets, values, q, item.rule) ?? -Infinity);
      if (highest > th.cap) push("realisasi.cap", "warning", r, cols.capaian[q], "monitoring.check.cap", { capaian: pct(highest), cap: pct(th.cap) });
    }
    const q = reported - 1;
    const toDate = q >= 0 ? cumulativeCapaian(targets, values, q, item.rule) : null;
    if (toDate !== null && toDate < th.achieved && !item.pendorong && !item.penghambat) {
      push("realisasi.noFactors", "info", r, cols.penghambat, "monitoring.check.noFactors", { capaian: pct(toDate) });
    }
  }
  return out;
}

const UNREAD_KEYS: Record<UnreadSetting["what"], [MessageKey, MessageKey]> = {
  arah: ["monitoring.check.arah", "monitoring.check.arahEmpty"],
  hitung: ["monitoring.check.hitung", "monitoring.check.hitungEmpty"],
  formula: ["monitoring.check.choice", "monitoring.check.choiceEmpty"],
  threshold: ["monitoring.check.threshold", "monitoring.check.thresholdEmpty"],
};

/**
 * A cell the capaian depend on that says none of its allowed words (after trimming and ignoring
 * case): never read as a guess. The engine and the sheet's formulas both leave what depends on it
 * empty (Arah: the row's capaian; Penghitungan: its capaian to date; the formula choice: the
 * capaian of the turun rows), and the message says so: a warning, a person should pick a word.
 */
export function settingFindings(unread: readonly UnreadSetting[], sheet: string): Finding[] {
  return unread.map((u) => {
    const text = u.value === null ? "" : typeof u.value === "object" ? u.value.error : String(u.value);
    const key = UNREAD_KEYS[u.what][text.trim() === "" ? 1 : 0];
    return { rule: "realisasi.setting", severity: "warning", sheet, range: { top: u.row, left: u.col, bottom: u.row, right: u.col }, message: msg(key, { text }), key };
  });
}
