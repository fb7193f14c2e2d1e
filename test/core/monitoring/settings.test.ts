/**
 * The cells the capaian depend on (Arah, Penghitungan, the formula choice) read honestly: a word
 * that is none of the allowed ones is never read as a guess but as nothing, with a warning naming
 * the cell and what it says; the allowed words (any case, spaces around) are silent.
 */
import * as fs from "fs";
import * as path from "path";
import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import { GridView, toA1, type CellValue, type Grid } from "../../../src/core/grid";
import {
  DEFAULT_LOWER_FORMULA, DEFAULT_THRESHOLDS, monitorColumns, monitoringSheet, monitorRows, quarterReport, readMonitoring, realisasiFindings,
} from "../../../src/core/monitoring";
import { FIRST_ROW, SETTING_VALUE_COL, SETTINGS } from "../../../src/core/monitoring/layout";

const TEXT = fs.readFileSync(path.join(__dirname, "../../fixtures/monitoring/plan-mixed-2026.tsv"), "utf8");
const PLAN = analyzeGrids(gridsFromSource(TEXT)).plans[0];
const ROWS = monitorRows(PLAN);
const COLS = monitorColumns(true);
const SPEC = monitoringSheet({ planSheet: PLAN.sheet, year: 2026, office: null, rows: ROWS, budget: true });
const DEFAULTS = { formula: DEFAULT_LOWER_FORMULA, thresholds: DEFAULT_THRESHOLDS };
const at = (start: string) => FIRST_ROW + ROWS.findIndex((r) => r.indicator.startsWith(start));

/** The monitoring sheet as its spec writes it (a formula cell holds the value shown until computed), with some cells typed over. */
function sheet(typed: [number, number, CellValue][]): Grid {
  const height = FIRST_ROW + ROWS.length;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(COLS.last + 1).fill(null));
  for (const c of SPEC.cells) values[c.row][c.col] = c.value;
  for (const [r, c, v] of typed) values[r][c] = v;
  const text = values.map((row) => row.map((v) => (v === null ? "" : String(v))));
  return { sheet: SPEC.name, origin: { row: 0, col: 0 }, values, text, formats: values.map((row) => row.map(() => "General")), merges: [] };
}

function read(typed: [number, number, CellValue][]) {
  const data = readMonitoring(new GridView(sheet(typed)), ROWS, COLS, DEFAULTS);
  const findings = realisasiFindings(data, SPEC.name, COLS, 1).filter((f) => f.rule === "realisasi.setting");
  return { data, findings };
}

describe("Arah, Penghitungan and the formula choice read back", () => {
  it("are silent on the words the sheet writes, in any case and with spaces around", () => {
    const death = at("Angka kematian");
    const puskesmas = at("Jumlah puskesmas");
    const { data, findings } = read([[death, COLS.arah, " Turun "], [puskesmas, COLS.hitung, "PER  TRIWULAN"], [puskesmas, COLS.arah, "NAIK"]]);
    expect(findings).toEqual([]);
    expect(data.unread).toEqual([]);
    expect(data.formula).toBe(DEFAULT_LOWER_FORMULA);
    const rule = (r: number) => data.items.find((i) => i.sheetRow === r)!.rule;
    expect(rule(death)).toMatchObject({ direction: "turun" });
    expect(rule(puskesmas)).toMatchObject({ direction: "naik", counting: "per triwulan" });
  });

  it("a typo in Arah is a warning on its cell quoting it, the row's capaian not computed (no data), never read as naik", () => {
    const r = at("Persentase desa");
    const { data, findings } = read([[r, COLS.arah, "tutun"], [r, COLS.realisasi[0], 0.2]]);
    expect(findings.map((f) => [f.severity, toA1({ row: f.range.top, col: f.range.left })])).toEqual([["warning", toA1({ row: r, col: COLS.arah })]]);
    expect(findings[0].message.id).toContain('Arah berisi "tutun", bukan naik atau turun');
    expect(findings[0].message.en).toContain('Arah says "tutun", neither naik nor turun');
    const report = quarterReport(data, 1, { year: 2026, office: null });
    const row = report.indicators.find((i) => i.item.sheetRow === r)!;
    expect(row).toMatchObject({ direction: null, formula: null, figures: { realisasi: 0.2, capaian: null, capaianToDate: null, band: null } });
  });

  it("an empty Arah says it is empty", () => {
    const r = at("Jumlah puskesmas");
    const { findings } = read([[r, COLS.arah, null]]);
    expect(findings.map((f) => f.key)).toEqual(["monitoring.check.arahEmpty"]);
    expect(findings[0].message.en).toMatch(/^Arah is empty/);
  });

  it("a typo in Penghitungan leaves the capaian to date out, the quarter's own still computed", () => {
    const r = at("Jumlah puskesmas");
    const { data, findings } = read([[r, COLS.hitung, "kumulatip"], [r, COLS.realisasi[0], 4]]);
    expect(findings.map((f) => [f.range.top, f.range.left, f.message.id.slice(0, 40)])).toEqual([[r, COLS.hitung, 'Penghitungan berisi "kumulatip", bukan k']]);
    const row = quarterReport(data, 1, { year: 2026, office: null }).indicators.find((i) => i.item.sheetRow === r)!;
    expect(row.counting).toBeNull();
    expect(row.figures.capaian).not.toBeNull();
    expect(row.figures.capaianToDate).toBeNull();
  });

  it("a formula choice that is not the number 1, 2 or 3 is a warning on its cell; turun rows get no capaian", () => {
    const death = at("Angka kematian");
    for (const bad of ["2", 2.5, 4, "tiga"]) {
      const { data, findings } = read([[SETTINGS.formula, SETTING_VALUE_COL, bad], [death, COLS.realisasi[0], 12]]);
      expect(findings.map((f) => [f.range.top, f.range.left, f.key])).toEqual([[SETTINGS.formula, SETTING_VALUE_COL, "monitoring.check.choice"]]);
      expect(findings[0].message.id).toContain(`Pilihan rumus berisi "${bad}"`);
      expect(data.formula).toBe(0);
      expect(data.formulaTyped).toBe(bad);
      const row = quarterReport(data, 1, { year: 2026, office: null }).indicators.find((i) => i.item.sheetRow === death)!;
      expect(row.figures.capaian).toBeNull();
    }
    expect(read([[SETTINGS.formula, SETTING_VALUE_COL, null]]).findings.map((f) => f.key)).toEqual(["monitoring.check.choiceEmpty"]);
    for (const ok of [1, 2, 3]) expect(read([[SETTINGS.formula, SETTING_VALUE_COL, ok]]).findings).toEqual([]);
  });

  it("a band threshold that is not a number is read as its default and told on its cell", () => {
    const { data, findings } = read([[SETTINGS.near, SETTING_VALUE_COL, "sembilan puluh"]]);
    expect(findings.map((f) => [f.range.top, f.range.left, f.key])).toEqual([[SETTINGS.near, SETTING_VALUE_COL, "monitoring.check.threshold"]]);
    expect(findings[0].message.en).toContain('says "sembilan puluh", not a number');
    expect(data.thresholds.near).toBe(DEFAULTS.thresholds.near);
    expect(read([[SETTINGS.cap, SETTING_VALUE_COL, null]]).findings.map((f) => f.key)).toEqual(["monitoring.check.thresholdEmpty"]);
    expect(read([[SETTINGS.near, SETTING_VALUE_COL, 0.85]]).data.thresholds.near).toBe(0.85);
  });

  it("without a monitoring sheet the defaults stand and nothing is said", () => {
    const empty: Grid = { sheet: "", origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [] };
    const data = readMonitoring(new GridView(empty), ROWS, COLS, DEFAULTS);
    expect(data.formula).toBe(DEFAULT_LOWER_FORMULA);
    expect(data.unread).toEqual([]);
  });
});

describe("the monitoring sheet offers the words as dropdowns", () => {
  it("Arah, Penghitungan over the data rows and the formula choice are list validations of the words the engine reads", () => {
    const lists = (SPEC.validations ?? []).filter((v) => v.type === "list");
    const last = FIRST_ROW + ROWS.length - 1;
    expect(lists.map((v) => [v.range, v.type === "list" ? v.list : null])).toEqual([
      [{ top: SETTINGS.formula, left: SETTING_VALUE_COL, bottom: SETTINGS.formula, right: SETTING_VALUE_COL }, ["1", "2", "3"]],
      [{ top: FIRST_ROW, left: COLS.arah, bottom: last, right: COLS.arah }, ["naik", "turun"]],
      [{ top: FIRST_ROW, left: COLS.hitung, bottom: last, right: COLS.hitung }, ["kumulatif", "per triwulan", "level"]],
    ]);
    // Every word the sheet writes in those columns is one of its list.
    for (const c of SPEC.cells.filter((x) => x.row >= FIRST_ROW)) {
      if (c.col === COLS.arah) expect(["naik", "turun"]).toContain(c.value);
      if (c.col === COLS.hitung) expect(["kumulatif", "per triwulan", "level"]).toContain(c.value);
    }
  });
});

describe("monitoring rows found again after the plan's rows moved", () => {
  it("a row whose key now shows another indicator is found by its name, never given the neighbour's realisasi", () => {
    const first = FIRST_ROW;
    const second = FIRST_ROW + 1;
    // Excel moved the links (a row inserted in the plan): the first two rows now show each other's indicators.
    const swapped = read([
      [first, COLS.indikator, ROWS[1].indicator],
      [second, COLS.indikator, ROWS[0].indicator],
      [first, COLS.realisasi[0], 11],
      [second, COLS.realisasi[0], 22],
    ]).data;
    expect(swapped.items[0].sheetRow).toBe(second);
    expect(swapped.items[0].realisasi[0]).toBe(22);
    expect(swapped.items[1].sheetRow).toBe(first);
    expect(swapped.items[1].realisasi[0]).toBe(11);
    // As written (each key's row shows its own indicator): matched by key.
    const asWritten = read([[first, COLS.realisasi[0], 11]]).data;
    expect(asWritten.items[0]).toMatchObject({ sheetRow: first, realisasi: [11, null, null, null] });
  });

  it("a name shown on two rows is ambiguous: the indicator is read as not there, not guessed", () => {
    const data = read([
      [FIRST_ROW, COLS.indikator, ROWS[2].indicator],
      [FIRST_ROW + 1, COLS.indikator, ROWS[2].indicator],
    ]).data;
    expect(data.items[0].sheetRow).toBeNull();
  });
});
