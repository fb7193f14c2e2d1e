import { toA1, type CellValue, type RangeRef } from "../grid";
import type { MessageKey } from "../i18n";
import type { CellStyle, SheetSpec, SpecCell, SpecConditionalFormat, SpecValidation } from "../sheetspec";
import { rowHeightFor } from "../template/rowHeight";
import { CELL, FONT, ROMAN, id } from "./style";
import { HEADER_STYLE, INPUT_FILL, PERCENT_FORMAT } from "../template/styles";
import { BANDS, COUNTINGS, DEFAULT_LOWER_FORMULA, DEFAULT_THRESHOLDS, DIRECTIONS, LOWER_FORMULAS, type Thresholds } from "./capaian";
import { bandRule, cumulativeFormula, linkFormula, quarterFormula } from "./formulas";
import {
  FIRST_ROW, formulaCells, HEADER_BOTTOM, HEADER_TOP, LEGEND_ROW, monitorColumns, SETTING_LABEL_COL, SETTING_VALUE_COL, SETTINGS, settingCell,
  type MonitorColumns,
} from "./layout";
import { targetCellOf, type MonitorRow } from "./rows";

/**
 * The monitoring sheet of a plan ("Pemantauan 2022"): a sheet of its own that mirrors the plan's
 * indicator rows, so the plan's cells never move (inserting columns into the plan would shift the
 * user's formulas and the add-in's marks). Names and targets are links to the plan (='Lampiran I'!K12),
 * capaian are live formulas over the targets and the realisasi typed here (formulas.ts), banded by
 * conditional formatting against thresholds kept in one settings block at the top.
 */
export interface MonitoringSheetInput {
  planSheet: string;
  year: number | null;
  office: string | null;
  rows: readonly MonitorRow[];
  budget: boolean;
  /** Values typed before, by plan cell key ("E12") and column: kept when the sheet is made again. */
  kept?: ReadonlyMap<string, ReadonlyMap<number, CellValue>>;
  /** The settings block as it was (formula choice as typed, thresholds): kept when the sheet is made again. */
  settings?: { formula: CellValue; thresholds: Thresholds };
}

const INPUT: CellStyle = { ...CELL, fill: INPUT_FILL };
/** The bands' colours: green, light yellow, yellow, red (DOMAIN.md, "Monitoring"). */
export const BAND_FILLS = { achieved: "C6EFCE", near: "FFF2CC", partly: "FFEB9C", not: "FFC7CE" } as const;
export const BAND_FONTS = { achieved: "006100", near: "7F6000", partly: "9C5700", not: "9C0006" } as const;
/** Rupiah without decimals; a link to an empty budget cell (0) shows nothing. */
const BUDGET_FORMAT = "#,##0;-#,##0;";


/** Why a row has its direction, as the sheet says it. */
export function whyText(row: MonitorRow): string {
  const why = row.directionWhy;
  if (why === "falling") return id("monitoring.why.falling");
  return why ? id("monitoring.why.word", { word: why.word }) : id("monitoring.why.none");
}

export function monitoringSheetName(year: number | null): string {
  return year !== null ? id("monitoring.sheetName", { year: String(year) }) : id("monitoring.sheetNameNoYear");
}

/** The plan cell a monitoring row stands for ("E12"): its key when the sheet is read back or made again. */
export const rowKey = (row: MonitorRow): string => toA1(row.indicatorCell);

export function monitoringSheet(input: MonitoringSheetInput): SheetSpec {
  const cols = monitorColumns(input.budget);
  const cells: SpecCell[] = [];
  const merges: RangeRef[] = [];
  const put = (row: number, col: number, value: CellValue, style?: CellStyle, formula?: string) => cells.push({ row, col, value, style, formula });
  const wide = (row: number, value: string, style: CellStyle) => {
    put(row, 0, value, style);
    merges.push({ top: row, left: 0, bottom: row, right: cols.last });
  };
  const year = input.year !== null ? String(input.year) : null;
  wide(0, year ? id("monitoring.title", { year }) : id("monitoring.titleNoYear"), { ...FONT, bold: true, fontSize: 12, hAlign: "center" });
  if (input.office) wide(1, input.office.toUpperCase(), { ...FONT, bold: true, hAlign: "center" });
  wide(2, id("monitoring.source", { sheet: input.planSheet }), { ...FONT, italic: true });
  settings(put, merges, input.settings ?? { formula: DEFAULT_LOWER_FORMULA, thresholds: DEFAULT_THRESHOLDS });
  wide(LEGEND_ROW, id("monitoring.legend"), { ...FONT, italic: true });
  header(cols, put, merges);
  input.rows.forEach((row, i) => dataRow(input, cols, row, FIRST_ROW + i, i, put));
  const lastRow = FIRST_ROW + Math.max(input.rows.length, 1) - 1;
  const columnWidths = widths(cols);
  const rowHeights: Record<number, number> = { [HEADER_TOP]: 30, [HEADER_BOTTOM]: 18, [SETTINGS.formula]: 27 };
  // Excel does not grow rows on opening: each data row as tall as its longest wrapped name.
  input.rows.forEach((row, i) => {
    const h = Math.max(rowHeightFor(row.sasaran ?? "", columnWidths[cols.sasaran] * 0.85), rowHeightFor(row.indicator, columnWidths[cols.indikator] * 0.85));
    if (h > 15) rowHeights[FIRST_ROW + i] = h;
  });
  return {
    name: monitoringSheetName(input.year),
    cells,
    merges,
    columnWidths,
    rowHeights,
    validations: [
      { range: one(SETTINGS.formula, SETTING_VALUE_COL), type: "list", list: LOWER_FORMULAS.map(String), error: { title: "1, 2, 3", text: id("monitoring.formulaChoice") } },
      { range: { top: SETTINGS.achieved, left: SETTING_VALUE_COL, bottom: SETTINGS.cap, right: SETTING_VALUE_COL }, type: "decimal", min: 0, max: 10, error: { title: "0 - 1000%", text: id("monitoring.settings") } },
      ...(input.rows.length ? wordLists(cols, lastRow) : []),
    ],
    conditionalFormats: input.rows.length ? bandFormats({ top: FIRST_ROW, left: cols.capaian[0], bottom: lastRow, right: cols.capaianKum[3] }) : [],
    freeze: { rows: FIRST_ROW, cols: cols.target },
    pageSetup: {
      orientation: "landscape", paper: "a4", fitToWidth: 1,
      margins: { top: 0.5, bottom: 0.5, left: 0.3, right: 0.3, header: 0.3, footer: 0.3 },
      printTitleRows: { first: HEADER_TOP, last: HEADER_BOTTOM },
      printArea: { top: 0, left: 0, bottom: lastRow, right: cols.last },
    },
    tabColor: "70AD47",
  };
}

type Put = (row: number, col: number, value: CellValue, style?: CellStyle, formula?: string) => void;

/** The dropdowns of the Arah and Penghitungan columns: the words the formulas and the engine read, and no others. */
function wordLists(cols: MonitorColumns, lastRow: number): SpecValidation[] {
  const column = (col: number): RangeRef => ({ top: FIRST_ROW, left: col, bottom: lastRow, right: col });
  const list = (col: number, title: MessageKey, words: readonly string[]): SpecValidation => ({
    range: column(col), type: "list", list: words, error: { title: id(title), text: id("monitoring.pickFromList", { list: words.join(", ") }) },
  });
  return [list(cols.arah, "monitoring.colArah", DIRECTIONS), list(cols.hitung, "monitoring.colHitung", COUNTINGS)];
}

const one = (row: number, col: number): RangeRef => ({ top: row, left: col, bottom: row, right: col });

function settings(put: Put, merges: RangeRef[], now: { formula: CellValue; thresholds: Thresholds }): void {
  put(SETTINGS.formula - 1, SETTING_LABEL_COL, id("monitoring.settings"), { ...FONT, bold: true });
  const rows: [number, MessageKey, CellValue, string][] = [
    [SETTINGS.formula, "monitoring.formulaChoice", now.formula, "0"],
    [SETTINGS.achieved, "monitoring.thresholdAchieved", now.thresholds.achieved, PERCENT_FORMAT],
    [SETTINGS.near, "monitoring.thresholdNear", now.thresholds.near, PERCENT_FORMAT],
    [SETTINGS.partly, "monitoring.thresholdPartly", now.thresholds.partly, PERCENT_FORMAT],
    [SETTINGS.cap, "monitoring.thresholdCap", now.thresholds.cap, PERCENT_FORMAT],
  ];
  for (const [row, key, value, numberFormat] of rows) {
    put(row, SETTING_LABEL_COL, id(key), { ...CELL, vAlign: "middle" });
    merges.push({ top: row, left: SETTING_LABEL_COL, bottom: row, right: SETTING_VALUE_COL - 1 });
    put(row, SETTING_VALUE_COL, value, { ...INPUT, hAlign: "center", vAlign: "middle", numberFormat });
  }
}

function header(cols: MonitorColumns, put: Put, merges: RangeRef[]): void {
  const tall = (col: number, key: MessageKey) => {
    put(HEADER_TOP, col, id(key), HEADER_STYLE);
    put(HEADER_BOTTOM, col, null, HEADER_STYLE);
    merges.push({ top: HEADER_TOP, left: col, bottom: HEADER_BOTTOM, right: col });
  };
  const group = (list: readonly number[], key: MessageKey) => {
    put(HEADER_TOP, list[0], id(key), HEADER_STYLE);
    merges.push({ top: HEADER_TOP, left: list[0], bottom: HEADER_TOP, right: list[3] });
    list.forEach((c, q) => {
      if (q > 0) put(HEADER_TOP, c, null, HEADER_STYLE);
      put(HEADER_BOTTOM, c, ROMAN[q], HEADER_STYLE);
    });
  };
  const singles: [number, MessageKey][] = [
    [cols.no, "monitoring.colNo"], [cols.sasaran, "monitoring.colSasaran"], [cols.indikator, "monitoring.colIndikator"],
    [cols.target, "monitoring.colTarget"], [cols.arah, "monitoring.colArah"], [cols.alasan, "monitoring.colAlasan"],
    [cols.hitung, "monitoring.colHitung"], [cols.pendorong, "monitoring.colPendorong"], [cols.penghambat, "monitoring.colPenghambat"],
    [cols.tindakLanjut, "monitoring.colTindakLanjut"], [cols.sumber, "monitoring.colSumber"],
  ];
  if (cols.anggaran >= 0) singles.push([cols.anggaran, "monitoring.colAnggaran"], [cols.realisasiAnggaran, "monitoring.colRealisasiAnggaran"]);
  for (const [c, key] of singles) tall(c, key);
  group(cols.targets, "monitoring.colTargetTw");
  group(cols.realisasi, "monitoring.colRealisasi");
  group(cols.capaian, "monitoring.colCapaian");
  group(cols.capaianKum, "monitoring.colCapaianKum");
}

function dataRow(input: MonitoringSheetInput, cols: MonitorColumns, row: MonitorRow, r: number, i: number, put: Put): void {
  const plan = input.planSheet;
  const kept = input.kept?.get(rowKey(row));
  const typed = (col: number, fallback: CellValue): CellValue => (kept?.has(col) ? kept.get(col)! : fallback);
  put(r, cols.no, i + 1, { ...CELL, hAlign: "center" });
  put(r, cols.sasaran, row.sasaran ?? "", CELL);
  put(r, cols.indikator, row.indicator, CELL, linkFormula(plan, row.indicatorCell.row, row.indicatorCell.col));
  const tc = row.targetCell;
  const target = targetCellOf(row);
  put(r, cols.target, target.value, { ...CELL, hAlign: "center", numberFormat: target.numberFormat }, tc ? linkFormula(plan, tc.row, tc.col) : undefined);
  put(r, cols.arah, typed(cols.arah, row.direction), { ...INPUT, hAlign: "center" });
  put(r, cols.alasan, whyText(row), { ...CELL, fontSize: 8 });
  put(r, cols.hitung, typed(cols.hitung, row.counting), { ...INPUT, hAlign: "center" });
  row.quarters.forEach((q, k) => {
    const numberFormat = q.format && q.format !== "General" ? q.format : undefined;
    const style: CellStyle = { ...CELL, hAlign: "center", numberFormat };
    put(r, cols.targets[k], q.value ?? q.text, style, q.link ? linkFormula(plan, q.cell.row, q.cell.col) : undefined);
    put(r, cols.realisasi[k], typed(cols.realisasi[k], null), { ...INPUT, hAlign: "center", numberFormat });
  });
  const fc = formulaCells(cols, r);
  const capaian: CellStyle = { ...CELL, hAlign: "center", numberFormat: PERCENT_FORMAT };
  for (let q = 0; q < 4; q++) {
    put(r, cols.capaian[q], null, capaian, quarterFormula(fc, q));
    put(r, cols.capaianKum[q], null, capaian, cumulativeFormula(fc, q));
  }
  for (const c of [cols.pendorong, cols.penghambat, cols.tindakLanjut]) put(r, c, typed(c, null), INPUT);
  if (cols.anggaran >= 0) {
    const bc = row.budgetCell;
    put(r, cols.anggaran, null, { ...CELL, numberFormat: BUDGET_FORMAT }, bc ? linkFormula(plan, bc.row, bc.col) : undefined);
    put(r, cols.realisasiAnggaran, typed(cols.realisasiAnggaran, null), { ...INPUT, numberFormat: BUDGET_FORMAT });
  }
  put(r, cols.sumber, rowKey(row), { ...CELL, fontSize: 8, fontColor: "666666" });
}

/** One rule per band over the capaian columns, thresholds read from the settings block. */
function bandFormats(range: RangeRef): SpecConditionalFormat[] {
  const cell = toA1({ row: range.top, col: range.left });
  const th = { achieved: settingCell(SETTINGS.achieved), near: settingCell(SETTINGS.near), partly: settingCell(SETTINGS.partly) };
  return BANDS.map((band) => ({ range, formula: bandRule(cell, band, th), style: { fill: BAND_FILLS[band], fontColor: BAND_FONTS[band] } }));
}

function widths(cols: MonitorColumns): Record<number, number> {
  const w: Record<number, number> = { [cols.no]: 5, [cols.sasaran]: 24, [cols.indikator]: 36, [cols.target]: 12, [cols.arah]: 7, [cols.alasan]: 16, [cols.hitung]: 11 };
  for (const c of [...cols.targets, ...cols.realisasi, ...cols.capaian, ...cols.capaianKum]) w[c] = 9;
  for (const c of [cols.pendorong, cols.penghambat, cols.tindakLanjut]) w[c] = 24;
  if (cols.anggaran >= 0) w[cols.anggaran] = w[cols.realisasiAnggaran] = 15;
  w[cols.sumber] = 8;
  return w;
}
