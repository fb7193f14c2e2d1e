import * as fs from "fs";
import * as path from "path";
import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import type { CellValue } from "../../../src/core/grid";
import { DEFAULT_THRESHOLDS, monitorColumns, monitorRows, quarterReport, quartersEnded, realisasiFindings, type MonitoringData } from "../../../src/core/monitoring";
import { FIRST_ROW } from "../../../src/core/monitoring/layout";

const TEXT = fs.readFileSync(path.join(__dirname, "../../fixtures/monitoring/plan-mixed-2026.tsv"), "utf8");
const ROWS = monitorRows(analyzeGrids(gridsFromSource(TEXT)).plans[0]);
const COLS = monitorColumns(true);
const at = (start: string) => ROWS.findIndex((r) => r.indicator.startsWith(start));

/** Monitoring data as a sheet would hold it: realisasi per row (by indicator start), and factors. */
function data(typed: Record<string, CellValue[]>, factors: Record<string, string> = {}, formula = 3): MonitoringData {
  return {
    formula,
    formulaTyped: formula,
    unread: [],
    thresholds: DEFAULT_THRESHOLDS,
    items: ROWS.map((row, i) => {
      const key = Object.keys(typed).find((k) => row.indicator.startsWith(k));
      const values = key ? typed[key] : [];
      const factor = Object.keys(factors).find((k) => row.indicator.startsWith(k));
      return {
        row, sheetRow: FIRST_ROW + i, realisasi: [0, 1, 2, 3].map((q) => values[q] ?? null),
        rule: { direction: row.direction, counting: row.counting, formula },
        pendorong: factor ? factors[factor] : "", penghambat: "", tindakLanjut: "",
      };
    }),
  };
}

const rules = (d: MonitoringData, upTo: number, ended?: number) => realisasiFindings(d, "Pemantauan 2026", COLS, upTo, ended).map((f) => `${f.rule}@${f.range.top - FIRST_ROW}:${f.range.left}`);

describe("checks on realisasi", () => {
  it("are silent on realisasi that read, on time, never falling, achieved", () => {
    const clean = data({ "Persentase desa": [0.25, 0.5], "Jumlah puskesmas": [5, 10], "Jumlah ibu hamil": [300, 310] });
    expect(rules(clean, 2)).toEqual([]);
  });

  it("an unreadable realisasi is an error on its cell", () => {
    expect(rules(data({ "Jumlah puskesmas": ["lima", 10] }), 2)).toEqual([`realisasi.unreadable@${at("Jumlah puskesmas")}:${COLS.realisasi[0]}`]);
  });

  it("a realisasi in a quarter that has not ended is a warning", () => {
    expect(rules(data({ "Jumlah puskesmas": [5, 10, 15] }), 2)).toEqual([`realisasi.future@${at("Jumlah puskesmas")}:${COLS.realisasi[2]}`]);
  });

  it("reporting an earlier quarter leaves the realisasi of quarters that have ended alone", () => {
    const i = at("Jumlah puskesmas");
    // TW I reported while three quarters have ended: only TW IV is early.
    expect(rules(data({ "Jumlah puskesmas": [5, 10, 15, 20] }), 1, 3)).toEqual([`realisasi.future@${i}:${COLS.realisasi[3]}`]);
    expect(rules(data({ "Jumlah puskesmas": [5, 10, 15, 20] }), 2, 4)).toEqual([]);
  });

  it("a cumulative realisasi that falls is a warning; per triwulan parts may fall", () => {
    expect(rules(data({ "Jumlah puskesmas": [6, 10, 9] }), 3)).toEqual([`realisasi.falling@${at("Jumlah puskesmas")}:${COLS.realisasi[2]}`, `realisasi.noFactors@${at("Jumlah puskesmas")}:${COLS.penghambat}`]);
    expect(rules(data({ "Jumlah ibu hamil": [320, 300, 310] }), 3)).toEqual([]);
  });

  it("a capaian above the cap is a warning to verify; under target without factors an info, silent with them", () => {
    const i = at("Jumlah puskesmas");
    expect(rules(data({ "Jumlah puskesmas": [50] }), 1)).toEqual([`realisasi.cap@${i}:${COLS.capaian[0]}`]);
    expect(rules(data({ "Jumlah puskesmas": [4] }), 1)).toEqual([`realisasi.noFactors@${i}:${COLS.penghambat}`]);
    expect(rules(data({ "Jumlah puskesmas": [4] }, { "Jumlah puskesmas": "Tim asesor terlambat" }), 1)).toEqual([]);
  });

  it("messages say why, in both languages", () => {
    const [f] = realisasiFindings(data({ "Jumlah puskesmas": [50] }), "P", COLS, 1);
    expect(f.message.id).toContain("Capaian 1.000% melebihi 150%");
    expect(f.message.en).toContain("above 150%");
  });
});

describe("the quarter's report", () => {
  it("counts achieved, partly, not and no data per Sasaran and for the office", () => {
    const r = quarterReport(data({ "Persentase desa": [0.25], "Angka kematian": [12], "Jumlah puskesmas": [3], "Nilai SAKIP": [80] }), 1, { year: 2026, office: null });
    expect(r.sasaran.map((s) => [s.indicators, s.achieved, s.partly, s.not, s.noData])).toEqual([[8, 1, 1, 1, 5], [4, 1, 0, 0, 3]]);
    expect(r.office_).toMatchObject({ indicators: 12, achieved: 2, partly: 1, not: 1, noData: 8 });
    const death = r.indicators.find((i) => i.indicator.startsWith("Angka kematian"))!;
    expect(death).toMatchObject({ direction: "turun", formula: 3, figures: { target: 11, realisasi: 12, band: "near" } });
    expect(death.figures.capaian).toBeCloseTo(10 / 11, 12);
  });
});

describe("quarters ended", () => {
  it("by the plan's year against the date", () => {
    expect(quartersEnded(2026, new Date(2026, 6, 15))).toBe(2); // mid July: TW I and II ended
    expect(quartersEnded(2026, new Date(2026, 0, 5))).toBe(0);
    expect(quartersEnded(2025, new Date(2026, 0, 5))).toBe(4);
    expect(quartersEnded(2027, new Date(2026, 11, 31))).toBe(0);
  });
});
