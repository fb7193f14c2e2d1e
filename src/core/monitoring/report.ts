import type { CellValue, RangeRef } from "../grid";
import type { MessageKey } from "../i18n";
import type { CellStyle, SheetSpec, SpecCell } from "../sheetspec";
import { rowHeightFor } from "../template/rowHeight";
import { CELL, FONT, ROMAN, id } from "./style";
import { HEADER_STYLE, PERCENT_FORMAT } from "../template/styles";
import type { Band, Counting, Direction, LowerFormula } from "./capaian";
import { figuresOf, type Figures, type Monitored, type MonitoringData } from "./read";
import { BAND_FILLS } from "./sheet";
import { targetCellOf } from "./rows";

/**
 * The quarter's report: each indicator's figures for quarter n, and a summary per Sasaran and for
 * the office (how many achieved, partly, not, no data yet), as data (the CLI's --json, the task
 * pane) and as the printable sheet "Capaian TW n" (A4 landscape, values: a record of the quarter).
 */
export interface IndicatorReport {
  sasaran: string | null;
  indicator: string;
  targetText: string;
  /** null: the Arah cell says neither word (a finding says so), nothing computed. */
  direction: Direction | null;
  /** null: the Penghitungan cell says none of its words (a finding says so). */
  counting: Counting | null;
  /** The lower-is-better formula in force (1..3) when the direction is turun, else null. */
  formula: number | null;
  figures: Figures;
  item: Monitored;
}

export interface Tally {
  name: string | null;
  indicators: number;
  achieved: number;
  partly: number;
  not: number;
  noData: number;
}

export interface QuarterReport {
  quarter: number;
  year: number | null;
  office: string | null;
  indicators: IndicatorReport[];
  sasaran: Tally[];
  office_: Tally;
}

function tally(name: string | null, list: readonly IndicatorReport[]): Tally {
  const t: Tally = { name, indicators: list.length, achieved: 0, partly: 0, not: 0, noData: 0 };
  for (const i of list) {
    const b = i.figures.band;
    if (b === null) t.noData++;
    else if (b === "achieved") t.achieved++;
    else if (b === "not") t.not++;
    else t.partly++;
  }
  return t;
}

/** The report of quarter n (1..4). */
export function quarterReport(data: MonitoringData, quarter: number, plan: { year: number | null; office: string | null }): QuarterReport {
  const indicators = data.items.map((item): IndicatorReport => ({
    sasaran: item.row.sasaran,
    indicator: item.row.indicator,
    targetText: item.row.targetText,
    direction: item.rule.direction,
    counting: item.rule.counting,
    formula: item.rule.direction === "turun" ? data.formula : null,
    figures: figuresOf(item, quarter - 1, data.thresholds),
    item,
  }));
  const names = [...new Set(indicators.map((i) => i.sasaran))];
  return {
    quarter, year: plan.year, office: plan.office, indicators,
    sasaran: names.map((n) => tally(n, indicators.filter((i) => i.sasaran === n))),
    office_: tally(null, indicators),
  };
}

const NUM: CellStyle = { ...CELL, hAlign: "center" };
export const BAND_KEYS: Record<Band | "none", MessageKey> = {
  achieved: "monitoring.band.achieved", near: "monitoring.band.near", partly: "monitoring.band.partly", not: "monitoring.band.not", none: "monitoring.band.none",
};
/** The formula names for the report's legend and --json. */
export const FORMULA_NAMES: Record<LowerFormula, string> = { 1: "T/R", 2: "T/R (triwulan itu)", 3: "(2T-R)/T" };
const WIDTHS = [5, 42, 14, 7, 11, 11, 11, 11, 15, 24, 24, 24];
const LAST = WIDTHS.length - 1;
/** The width a row height is estimated at: a little narrower than the column (LibreOffice wraps earlier than the estimate). */
export const fit = (width: number): number => width * 0.85;

/** The printable sheet "Capaian TW n". */
export function reportSheet(report: QuarterReport): SheetSpec {
  const cells: SpecCell[] = [];
  const merges: RangeRef[] = [];
  const rowHeights: Record<number, number> = {};
  const put = (row: number, col: number, value: CellValue, style?: CellStyle) => cells.push({ row, col, value, style });
  const wide = (row: number, value: CellValue, style: CellStyle, from = 0, to = LAST) => {
    put(row, from, value, style);
    for (let c = from + 1; c <= to; c++) put(row, c, null, style);
    merges.push({ top: row, left: from, bottom: row, right: to });
  };
  const roman = ROMAN[report.quarter - 1];
  const year = report.year !== null ? String(report.year) : null;
  wide(0, year ? id("monitoring.report.title", { roman, year }) : id("monitoring.report.titleNoYear", { roman }), { ...FONT, bold: true, fontSize: 12, hAlign: "center" });
  if (report.office) wide(1, report.office.toUpperCase(), { ...FONT, bold: true, hAlign: "center" });
  const head = 3;
  const headers: string[] = [
    id("monitoring.colNo"), id("monitoring.colIndikator"), id("monitoring.colTarget"), id("monitoring.colArah"),
    id("monitoring.report.colTarget", { roman }), id("monitoring.report.colRealisasi", { roman }), id("monitoring.report.colCapaian", { roman }),
    id("monitoring.report.colCapaianKum", { roman }), id("monitoring.report.colBand"), id("monitoring.colPendorong"),
    id("monitoring.colPenghambat"), id("monitoring.colTindakLanjut"),
  ];
  headers.forEach((h, c) => put(head, c, h, HEADER_STYLE));
  rowHeights[head] = 42;
  let r = head + 1;
  let n = 0;
  for (const group of report.sasaran) {
    wide(r++, group.name ?? id("monitoring.report.noSasaran"), { ...CELL, bold: true, fill: "EDEDED" });
    for (const i of report.indicators.filter((x) => x.sasaran === group.name)) {
      const f = i.figures;
      const band = f.band ?? "none";
      const fill = f.band ? BAND_FILLS[f.band] : undefined;
      put(r, 0, ++n, NUM);
      put(r, 1, i.indicator, CELL);
      const target = targetCellOf(i.item.row);
      put(r, 2, target.value, { ...NUM, numberFormat: target.numberFormat });
      put(r, 3, i.direction, NUM);
      put(r, 4, f.target, { ...NUM, numberFormat: i.item.row.quarters[report.quarter - 1].format || undefined });
      put(r, 5, f.realisasi, { ...NUM, numberFormat: i.item.row.quarters[report.quarter - 1].format || undefined });
      put(r, 6, f.capaian, { ...NUM, numberFormat: PERCENT_FORMAT });
      put(r, 7, f.capaianToDate, { ...NUM, numberFormat: PERCENT_FORMAT, fill });
      put(r, 8, id(BAND_KEYS[band]), { ...NUM, fill });
      put(r, 9, i.item.pendorong, CELL);
      put(r, 10, i.item.penghambat, CELL);
      put(r, 11, i.item.tindakLanjut, CELL);
      const texts: [string, number][] = [[i.indicator, 1], [i.targetText, 2], [i.item.pendorong, 9], [i.item.penghambat, 10], [i.item.tindakLanjut, 11]];
      const h = Math.max(...texts.map(([text, c]) => rowHeightFor(text, fit(WIDTHS[c]))));
      if (h > 15) rowHeights[r] = h;
      r++;
    }
  }
  r = summary(report, r + 1, wide, rowHeights);
  return {
    name: id("monitoring.report.sheetName", { quarter: report.quarter }),
    cells, merges, rowHeights,
    columnWidths: Object.fromEntries(WIDTHS.map((w, c) => [c, w])),
    pageSetup: {
      orientation: "landscape", paper: "a4", fitToWidth: 1,
      margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
      printTitleRows: { first: head, last: head },
      printArea: { top: 0, left: 0, bottom: r - 1, right: LAST },
      centerHorizontally: true,
    },
    tabColor: "70AD47",
  };
}

type Wide = (row: number, value: CellValue, style: CellStyle, from?: number, to?: number) => void;

/** The summary table under the indicators; returns the row after it. */
function summary(report: QuarterReport, top: number, wide: Wide, rowHeights: Record<number, number>): number {
  wide(top, id("monitoring.report.summary"), { ...FONT, bold: true }, 0, 8);
  const head = top + 1;
  const cols = ["monitoring.colSasaran", "monitoring.report.colIndicators", "monitoring.band.achieved", "monitoring.band.partly", "monitoring.band.not", "monitoring.band.none"] as const;
  // Sasaran over the first two columns, each count over the next two.
  wide(head, id(cols[0]), HEADER_STYLE, 0, 1);
  cols.slice(1).forEach((k, i) => wide(head, id(k), HEADER_STYLE, 2 + i * 2, 3 + i * 2));
  let r = head + 1;
  const line = (t: Tally, bold: boolean) => {
    const name = t.name ?? id("monitoring.report.office");
    wide(r, name, { ...CELL, bold }, 0, 1);
    const h = rowHeightFor(name, fit(WIDTHS[0] + WIDTHS[1]), bold);
    if (h > 15) rowHeights[r] = h;
    [t.indicators, t.achieved, t.partly, t.not, t.noData].forEach((v, i) => wide(r, v, { ...NUM, bold }, 2 + i * 2, 3 + i * 2));
    r++;
  };
  for (const t of report.sasaran) line({ ...t, name: t.name ?? id("monitoring.report.noSasaran") }, false);
  line(report.office_, true);
  return r;
}
