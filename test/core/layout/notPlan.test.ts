/**
 * Tables that are not plans (a realisation / evaluation table, a spending list, a PK without
 * quarters) are told apart and never validated as plans; every plan fixture and the example
 * stay plans, also with Anggaran and Realisasi columns beside their quarterly targets.
 */
import * as fs from "fs";
import * as path from "path";
import { gridsFromFile, gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import { GridView } from "../../../src/core/grid";
import { msg } from "../../../src/core/i18n";
import { recognize, type RecognizeResult } from "../../../src/core/layout/recognize";
import { tableKind, type HeaderEvidence, type NotPlanKind } from "../../../src/core/layout/notPlan";

const ROOT = path.resolve(__dirname, "../../..");
const FIXTURES = "test/fixtures/src";

function recognizeAll(file: string): { sheet: string; r: RecognizeResult }[] {
  return gridsFromFile(file).map((g) => ({ sheet: g.sheet, r: recognize(g, new GridView(g)) }));
}

function recognizeSource(source: string): RecognizeResult {
  const [g] = gridsFromSource(source);
  return recognize(g, new GridView(g));
}

/** Each look-alike fixture: the sheet the workbook's message names, and what it is. */
const NOT_PLANS: [file: string, sheet: string, kind: NotPlanKind][] = [
  ["notplan-evaluasi-renja.tsv", "Evaluasi Renja", "realisasi"],
  ["notplan-evaluasi-monev.tsv", "Monev TW II", "realisasi"],
  ["notplan-evaluasi-capaian.tsv", "Capaian Kinerja", "realisasi"],
  ["notplan-belanja-rincian.tsv", "Belanja", "belanja"],
  ["notplan-belanja-rka.tsv", "RKA 2.2", "belanja"],
  ["notplan-pk-kabid.tsv", "PK Kabid", "tanpaTriwulan"],
  ["notplan-pk-kadis.tsv", "Lampiran PK", "tanpaTriwulan"],
];

describe("tables that are not plans", () => {
  it("covers every notplan fixture", () => {
    const files = fs.readdirSync(path.join(ROOT, FIXTURES)).filter((f) => f.startsWith("notplan-"));
    expect(files.sort()).toEqual(NOT_PLANS.map(([f]) => f).sort());
  });

  test.each(NOT_PLANS)("%s: no plan; one error names the sheet and says what the table is", (file, sheet, kind) => {
    const analysis = analyzeGrids(gridsFromFile(`${FIXTURES}/${file}`));
    expect(analysis.plans).toEqual([]);
    expect(analysis.findings).toHaveLength(1);
    const [f] = analysis.findings;
    expect(f).toMatchObject({ rule: "layout.notPlan", severity: "error", sheet, message: msg(`layout.notPlan.${kind}`, { sheet }) });
    // The finding points at the look-alike's header, not at A1.
    expect(f.range.top).toBeGreaterThan(0);
  });

  test.each(NOT_PLANS)("%s: recognize names the look-alike on its sheet", (file, sheet, kind) => {
    const found = recognizeAll(`${FIXTURES}/${file}`).find((x) => x.sheet === sheet);
    expect(found?.r).toMatchObject({ ok: false, notPlan: kind, finding: { rule: "layout.notPlan", severity: "info" } });
  });

  it("an anggaran kas (money per Triwulan I-IV by account code) is a budget list, not a plan with quarters", () => {
    const kas = recognizeAll(`${FIXTURES}/notplan-belanja-rka.tsv`).find((x) => x.sheet === "Anggaran Kas");
    expect(kas?.r).toMatchObject({ ok: false, notPlan: "belanja" });
  });

  it("the Renja evaluation's header is read whole: its quarter row alone does not make a plan", () => {
    const [{ r }] = recognizeAll(`${FIXTURES}/notplan-evaluasi-renja.tsv`);
    if (r.ok) throw new Error("recognized as a plan");
    // Header rows 5-6 (the label row and the triwulan row), columns A to X.
    expect(r.finding.range).toEqual({ top: 4, left: 0, bottom: 5, right: 23 });
  });

  it("a plan on one sheet and a realisation table on another: the plan is validated, the other sheet left alone", () => {
    const grids = [...gridsFromFile(`${FIXTURES}/notplan-evaluasi-monev.tsv`), ...gridsFromFile(`${FIXTURES}/rules-clean-units.tsv`)];
    const analysis = analyzeGrids(grids);
    expect(analysis.plans.map((p) => p.sheet)).toEqual(["Rencana Aksi"]);
    expect(analysis.findings).toEqual([]);
  });

  it("annual targets only under a \"RENCANA AKSI\" title: a plan missing its quarters (a rule warns), not a PK", () => {
    const pk = fs.readFileSync(path.join(ROOT, FIXTURES, "notplan-pk-kabid.tsv"), "utf8");
    const titled = pk.replace("PERJANJIAN KINERJA TAHUN 2025", "RENCANA AKSI TAHUN 2025");
    expect(analyzeGrids(gridsFromSource(titled)).plans.map((p) => p.sheet)).toEqual(["PK Kabid"]);
    const monitored = pk.replace("PERJANJIAN KINERJA TAHUN 2025", "LAPORAN PENGUKURAN RENCANA AKSI TAHUN 2025");
    expect(analyzeGrids(gridsFromSource(monitored)).plans).toEqual([]);
  });

  it("with several look-alikes and no plan, the realisation table is named", () => {
    const grids = [...gridsFromFile(`${FIXTURES}/notplan-pk-kabid.tsv`), ...gridsFromFile(`${FIXTURES}/notplan-evaluasi-capaian.tsv`)];
    expect(analyzeGrids(grids).findings.map((f) => [f.rule, f.sheet])).toEqual([["layout.notPlan", "Capaian Kinerja"]]);
  });
});

describe("plans stay plans", () => {
  const planFiles = [
    ...fs.readdirSync(path.join(ROOT, FIXTURES)).filter((f) => /^(rules|layout|fill)-.*\.tsv$/.test(f)).map((f) => `${FIXTURES}/${f}`),
    ...fs.readdirSync(path.join(ROOT, "examples/src")).filter((f) => f.endsWith(".tsv")).map((f) => `examples/src/${f}`),
  ];

  it("finds the plan fixtures and the example", () => {
    expect(planFiles.length).toBeGreaterThanOrEqual(10);
  });

  test.each(planFiles)("%s: every table a plan, no sheet taken for a look-alike", (file) => {
    const all = recognizeAll(file);
    expect(all.filter((x) => x.r.ok).length).toBeGreaterThan(0);
    expect(all.filter((x) => !x.r.ok && x.r.notPlan !== undefined).map((x) => x.sheet)).toEqual([]);
  });

  const PK_WITH_MONEY = [
    "#sheet Rencana Aksi",
    "RENCANA AKSI TAHUN 2024",
    "DINAS PERHUBUNGAN KABUPATEN CONTOH",
    "",
    "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRencana Aksi\tTarget Triwulan\t\t\t\tRealisasi Triwulan\t\t\t\tAnggaran (Rp)\tRealisasi Anggaran (Rp)\tPenanggung Jawab",
    "\t\t\t\t\t\tI\tII\tIII\tIV\tI\tII\tIII\tIV\t\t\t",
    "#merge A4:A5 B4:B5 C4:C5 D4:D5 E4:E5 F4:F5 G4:J4 K4:N4 O4:O5 P4:P5 Q4:Q5",
    "1\tMeningkatnya keselamatan lalu lintas\tPersentase rambu dalam kondisi baik\t%\t90\t1. Inventarisasi rambu\\n2. Penggantian rambu rusak\t20\t45\t70\t90\t18\t\t\t\t343.200.000\t12.500.000\tBidang Lalu Lintas",
    "\t\tJumlah uji KIR kendaraan\tKendaraan\t1.200\tPelayanan uji berkala\t300\t600\t900\t1.200\t285\t\t\t\t45.000.000\t9.800.000\tUPTD Pengujian",
  ].join("\n");

  it("a PK-genre plan with Realisasi Triwulan, Anggaran and Realisasi Anggaran beside its Target Triwulan", () => {
    const r = recognizeSource(PK_WITH_MONEY);
    if (!r.ok) throw new Error(r.finding.message.en);
    expect(r.recognition.columns).toMatchObject({ sasaran: 1, indikator: 2, target: 4, aksi: 5, kinerja1: 6, kinerja4: 9, anggaran: 14 });
    expect(r.recognition.genre).toBe("pk");
  });

  it("one header row, target and realisation per quarter interleaved", () => {
    const source = [
      "Sasaran\tIndikator\tTarget\tTarget TW I\tRealisasi TW I\tTarget TW II\tRealisasi TW II\tTarget TW III\tRealisasi TW III\tTarget TW IV\tRealisasi TW IV",
      "Sasaran 1 Meningkatnya kualitas pelayanan\tIndeks kepuasan masyarakat\t85\t85\t84\t85\t\t85\t\t85\t",
    ].join("\n");
    const r = recognizeSource(source);
    if (!r.ok) throw new Error(r.finding.message.en);
    expect(r.recognition.columns).toMatchObject({ kinerja1: 3, kinerja2: 5, kinerja3: 7, kinerja4: 9 });
  });

  it("\"Target Capaian Kinerja\" over the quarters is a planned target, not a realisation", () => {
    const source = [
      "Sasaran\tIndikator Kinerja\tTarget\tTarget Capaian Kinerja Triwulan\t\t\t",
      "\t\t\tI\tII\tIII\tIV",
      "#merge A1:A2 B1:B2 C1:C2 D1:G1",
      "Meningkatnya akuntabilitas kinerja\tNilai SAKIP\t72\t72\t72\t72\t72",
    ].join("\n");
    const r = recognizeSource(source);
    if (!r.ok) throw new Error(r.finding.message.en);
    expect(r.recognition.columns).toMatchObject({ indikator: 1, target: 2, kinerja1: 3, kinerja4: 6 });
  });

  it("targets per month, and a Rencana Aksi column beside annual targets, are plans", () => {
    const months = [
      "Sasaran\tIndikator\tTarget\tTarget Bulan",
      "\t\t\tJan\tFeb\tMar\tApr\tMei\tJun\tJul\tAgu\tSep\tOkt\tNov\tDes",
      "#merge A1:A2 B1:B2 C1:C2 D1:O1",
      "Meningkatnya pelayanan\tJumlah layanan\t12 Layanan\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1",
    ].join("\n");
    expect(recognizeSource(months).ok).toBe(true);
    const actions = [
      "No\tSasaran\tIndikator Kinerja\tTarget\tRencana Aksi\tPenanggung Jawab",
      "1\tMeningkatnya pelayanan\tJumlah layanan\t12 Layanan\t1. Menyusun SOP\\n2. Melayani\tSekretariat",
    ].join("\n");
    expect(recognizeSource(actions).ok).toBe(true);
  });
});

describe("tableKind", () => {
  const base: HeaderEvidence = { columns: { sasaran: 0, indikator: 1, target: 2 }, plannedQuarters: 0, otherQuarters: 0, plannedPeriods: 0, spending: false };

  it("planned quarters make a plan, whatever stands beside them", () => {
    expect(tableKind({ ...base, plannedQuarters: 4, otherQuarters: 8, columns: { ...base.columns, realisasi: 3, anggaran: 4 } })).toBe("plan");
  });

  it("realisation without planned quarters is monitoring; targets alone are a PK; spending words without indicators a budget list", () => {
    expect(tableKind({ ...base, otherQuarters: 4 })).toBe("realisasi");
    expect(tableKind({ ...base, columns: { ...base.columns, realisasi: 3 } })).toBe("realisasi");
    expect(tableKind(base)).toBe("tanpaTriwulan");
    expect(tableKind({ ...base, columns: { uraian: 1, target: 2 }, spending: true, plannedQuarters: 4 })).toBe("belanja");
    expect(tableKind({ ...base, spending: true, plannedQuarters: 4 })).toBe("plan");
  });
});
