/**
 * renaksi capaian: the monitoring sheet made once, realisasi read back, the quarter's figures per
 * indicator (--json), the report sheet written with -o, bad input refused with a reason.
 */
import { quartersEnded } from "../../src/core/monitoring/checks";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import type { CellValue } from "../../src/core/grid";
import { parseA1 } from "../../src/core/grid";
import { bytesOf, xlsxFromBytes } from "../support/xlsx";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };
const SOURCE = fs.readFileSync(path.join(__dirname, "../fixtures/monitoring/plan-mixed-2026.tsv"), "utf8");

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-capaian-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (s) => (out += s), err: (s) => (err += s), errIsTTY: false, outIsTTY: false, env: {}, cwd: dir };
  const code = await main(["capaian", ...argv], io);
  return { code, out, err };
}

const file = (name: string) => path.join(dir, name);

/** Type values into the monitoring sheet of a file ("L14": 0.2), as a user would, and save it under another name. */
async function typeInto(input: string, output: string, cells: Record<string, CellValue>): Promise<void> {
  const wb = xlsxFromBytes(new Uint8Array(fs.readFileSync(input)));
  await wb.applyEdits(Object.entries(cells).map(([a1, value]) => ({ sheet: "Pemantauan 2026", ...parseA1(a1)!, value, previous: { value: null, format: "General" } })));
  fs.writeFileSync(output, wb.save());
}

interface JsonIndicator { indicator: string; target: number; realisasi: number | null; capaian: number | null; capaianToDate: number | null; band: string | null; direction: string; formula: string }

describe("renaksi capaian", () => {
  it("prepares the monitoring sheet once, reports typed realisasi per indicator and writes the report sheet", async () => {
    fs.writeFileSync(file("plan.xlsx"), await bytesOf(workbookFromSource(SOURCE)));
    const first = await run([file("plan.xlsx"), "--quarter", "1", "-o", file("step1.xlsx"), "--lang", "en"]);
    expect(first.code).toBe(0);
    expect(first.out).toContain("Monitoring sheet 'Pemantauan 2026' made: 12 indicators");
    expect(first.out).toContain("The whole office: 12 indicators, 0 achieved, 0 partly, 0 not achieved, 12 no data yet");
    const sheets1 = await xlsxFromBytes(new Uint8Array(fs.readFileSync(file("step1.xlsx")))).sheets();
    expect(sheets1).toEqual(["Lampiran I", "Pemantauan 2026", "Capaian TW 1"]);

    // TW I typed: under target, lower-is-better worse than planned, a word, a quarter not ended yet.
    await typeInto(file("step1.xlsx"), file("typed.xlsx"), { L14: 0.2, L15: 12, L17: 5, M17: 10, L21: "dua puluh", Y14: "Musim hujan" });
    const second = await run([file("typed.xlsx"), "--quarter", "1", "--json", "-o", file("step2.xlsx")]);
    expect(second.code).toBe(1); // a realisasi that cannot be read
    const doc = JSON.parse(second.out) as { indicators: JsonIndicator[]; summary: { office: Record<string, number> }; findings: { rule: string; cell: string }[] };
    const by = (start: string) => doc.indicators.find((i) => i.indicator.startsWith(start))!;
    expect(by("Persentase desa")).toMatchObject({ target: 0.25, realisasi: 0.2, capaian: 0.8, band: "partly", direction: "naik", formula: "R/T" });
    expect(by("Angka kematian")).toMatchObject({ target: 11, realisasi: 12, capaian: 0.909091, band: "near", direction: "turun", formula: "(2T-R)/T" });
    expect(by("Jumlah puskesmas")).toMatchObject({ capaian: 1, band: "achieved" });
    expect(by("Cakupan penemuan")).toMatchObject({ realisasi: null, capaian: null, band: null });
    expect(doc.summary.office).toMatchObject({ indicators: 12, achieved: 1, partly: 2, not: 0, noData: 9 });
    // TW II's realisasi (M17) is early only while TW II of 2026 has not ended (today's date; TW I is reported).
    const early = quartersEnded(2026, new Date()) < 2 ? ["realisasi.future M17"] : [];
    expect(doc.findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual([...early, "realisasi.noFactors Y15", "realisasi.unreadable L21"]);
    // The workbook had its monitoring sheet: not made again; the report sheet added beside the first one.
    const sheets2 = await xlsxFromBytes(new Uint8Array(fs.readFileSync(file("step2.xlsx")))).sheets();
    expect(sheets2).toEqual(["Lampiran I", "Pemantauan 2026", "Capaian TW 1", "Capaian TW 1 (2)"]);
    const report = await xlsxFromBytes(new Uint8Array(fs.readFileSync(file("step2.xlsx")))).readGrid("Capaian TW 1 (2)");
    expect(report.text.flat()).toEqual(expect.arrayContaining(["LAPORAN CAPAIAN KINERJA TRIWULAN I TAHUN 2026", "Musim hujan", "Hampir tercapai"]));
  });

  it("without -o only reads: no monitoring sheet is made or said to be made, the report has no realisasi yet", async () => {
    fs.writeFileSync(file("plan.xlsx"), await bytesOf(workbookFromSource(SOURCE)));
    const text = await run([file("plan.xlsx"), "--quarter", "1", "--lang", "en"]);
    expect(text.code).toBe(0);
    expect(text.out).not.toContain("made");
    expect(text.out).toContain("This workbook has no monitoring sheet yet, so no realisation was read; -o OUT.xlsx adds one");
    expect(text.out).toContain("The whole office: 12 indicators, 0 achieved, 0 partly, 0 not achieved, 12 no data yet");
    const doc = JSON.parse((await run([file("plan.xlsx"), "--quarter", "1", "--json"])).out) as { monitoringSheet: string | null; indicators: unknown[] };
    expect([doc.monitoringSheet, doc.indicators.length]).toEqual([null, 12]);
    expect(fs.readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("validate leaves the monitoring sheet out of the tables it checks", async () => {
    fs.writeFileSync(file("plan.xlsx"), await bytesOf(workbookFromSource(SOURCE)));
    expect((await run([file("plan.xlsx"), "-o", file("m.xlsx")])).code).toBe(0);
    let out = "";
    const io: CliIO = { out: (s) => (out += s), err: () => {}, errIsTTY: false, outIsTTY: false, env: {}, cwd: dir };
    await main(["validate", file("m.xlsx"), "--json"], io);
    expect((JSON.parse(out) as { tables: { sheet: string }[] }).tables.map((t) => t.sheet)).toEqual(["Lampiran I"]);
  });

  it("an evaluation table of the office's own is read as monitoring data: its capaian recomputed", async () => {
    const renja = fs.readFileSync(path.join(__dirname, "../fixtures/real/bukan-evaluasi-renja-dpmptsp-2025.tsv"), "utf8");
    fs.writeFileSync(file("renja.xlsx"), await bytesOf(workbookFromSource(renja.replace("\t102,11\t", "\t97,94\t"))));
    const r = await run([file("renja.xlsx"), "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Evaluation table "Evaluasi Renja": 4 achievements recomputed from their targets and realisations, 1 do not match');
    expect(r.out).toMatch(/Q8 +warning +The achievement reads 97\.94%, but target 95 and realisation 97 give 102\.11% \(R\/T\)/);
    const json = JSON.parse((await run([file("renja.xlsx"), "--json"])).out) as { evaluations: { sheet: string; rows: number; findings: { cell: string; rule: string }[] }[] };
    expect(json.evaluations).toEqual([{ sheet: "Evaluasi Renja", rows: 4, findings: [expect.objectContaining({ cell: "Q8", rule: "realisasi.formula" })] }]);
  });

  it("refuses a quarter outside 1-4, a workbook without a plan, and -o -", async () => {
    fs.writeFileSync(file("plan.xlsx"), await bytesOf(workbookFromSource(SOURCE)));
    const bad = await run([file("plan.xlsx"), "--quarter", "5", "--lang", "en"]);
    expect(bad).toMatchObject({ code: 2, out: "" });
    expect(bad.err).toContain('--quarter must be 1, 2, 3 or 4 (not "5")');
    fs.writeFileSync(file("empty.xlsx"), await bytesOf(workbookFromSource("#sheet Kosong\nhalo\n")));
    const none = await run([file("empty.xlsx"), "--lang", "en"]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("No plan table with quarter columns to monitor.");
    expect((await run([file("plan.xlsx"), "-o", "-"])).code).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(["empty.xlsx", "plan.xlsx"]);
  });
});
