import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import type { XlsxWorkbook } from "../../src/xlsx/workbook";
import { analyzeWorkbook } from "../../src/app/analyze";
import { validateAnalysis } from "../../src/core/rules";
import { excelFrom, xlsxFromBytes } from "../support/xlsx";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-template-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (s) => (out += s), err: (s) => (err += s), errIsTTY: false, outIsTTY: false, env: {}, cwd: dir };
  return { code: await main(["template", ...argv], io), out, err };
}

async function open(file: string): Promise<XlsxWorkbook> {
  return xlsxFromBytes(fs.readFileSync(file));
}

describe("renaksi template", () => {
  it("writes a workbook whose template reads back as an empty table of that year and office", async () => {
    const out = path.join(dir, "ra.xlsx");
    const r = await run(["-o", out, "--year", "2027", "--office", "Dinas Perhubungan Kabupaten Contoh", "--paper", "f4"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Rencana Aksi 2027");
    const wb = await open(out);
    expect(await wb.sheets()).toEqual(["Rencana Aksi 2027"]);
    const analysis = await analyzeWorkbook(wb);
    expect(analysis.plans).toHaveLength(1);
    expect(analysis.plans[0].recognition).toMatchObject({ year: 2027, office: "DINAS PERHUBUNGAN KABUPATEN CONTOH" });
    expect(analysis.plans[0].nodes).toHaveLength(0);
    expect(validateAnalysis(analysis).filter((f) => f.severity === "error")).toEqual([]);
    expect((await excelFrom(wb)).getWorksheet("Rencana Aksi 2027")?.pageSetup.paperSize).toBe(14);
  });

  it("--prefill writes the support programme; its only errors ask for what the user must still write", async () => {
    const out = path.join(dir, "ra.xlsx");
    expect((await run(["-o", out, "--year", "2027", "--prefill"])).code).toBe(0);
    const analysis = await analyzeWorkbook(await open(out));
    const levels = analysis.plans[0].nodes.map((n) => n.level);
    expect(levels.filter((l) => l === "program")).toHaveLength(1);
    expect(levels.filter((l) => l === "kegiatan").length).toBeGreaterThanOrEqual(8);
    const errorRules = new Set(validateAnalysis(analysis).filter((f) => f.severity === "error").map((f) => f.rule));
    // 2027: the official list's support programme, each sub kegiatan with its official indikator and satuan: the target is what is left to write.
    expect([...errorRules].sort()).toEqual(["hierarchy.programNoSasaran", "target.noQuantity"]);
  });

  it("refuses to replace an existing file without --force, and bad options, with exit 2", async () => {
    const out = path.join(dir, "ra.xlsx");
    fs.writeFileSync(out, "keep me");
    const r = await run(["-o", out]);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(out, "utf8")).toBe("keep me");
    expect((await run(["-o", out, "--force", "--year", "2027"])).code).toBe(0);
    expect((await run(["-o", path.join(dir, "x.xlsx"), "--year", "abc"])).err).toContain("Tahun tidak valid");
    // Read as the pane reads its year field (app/choices.ts): four digits; "2027.0" was taken before.
    expect((await run(["-o", path.join(dir, "x.xlsx"), "--year", "2027.0", "--lang", "en"])).err).toBe('Invalid year: "2027.0". Type the year as four digits (2000-2100).\n');
    expect((await run(["-o", path.join(dir, "x.xlsx"), "--paper", "letter"])).code).toBe(2);
    expect((await run([])).err).toContain("-o");
  });
});
