import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { bytesOf } from "../app/fillSupport";
import type * as ExcelJS from "exceljs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };

const read = (p: string) => fs.readFileSync(path.resolve(__dirname, "../..", p), "utf8");
const SEED = read("examples/src/rencana-aksi-dinkop-nganjuk-2022.tsv");
const CLEAN = read("test/fixtures/src/rules-clean-cumulative.tsv");
const TWO_SHEETS = read("test/fixtures/src/layout-two-sheets-tw.tsv");

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-validate-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function write(name: string, source: string): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await bytesOf(workbookFromSource(source)));
  return file;
}

async function run(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (s) => (out += s), err: (s) => (err += s), errIsTTY: false, outIsTTY: false, env, cwd: dir };
  const code = await main(["validate", ...argv], io);
  return { code, out, err };
}

describe("renaksi validate", () => {
  it("--json prints exactly one document with the tables and findings contract, exit 1 on errors", async () => {
    const file = await write("seed.xlsx", SEED);
    const r = await run([file, "--json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc).sort()).toEqual(["findings", "tables"]);
    expect(doc.tables).toEqual([
      expect.objectContaining({
        sheet: "Lampiran I", range: "A9:O61", headerRows: 2, year: 2022,
        office: "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK",
        counts: expect.objectContaining({ sasaran: 3, program: 5, kegiatan: 12, subKegiatan: 32 }),
      }),
    ]);
    expect(doc.tables[0].columns).toMatchObject({ sasaran: "A", uraian: "D", target: "F", kinerja1: "G", pelaksanaan4: "N" });
    for (const f of doc.findings) {
      expect(f).toEqual(expect.objectContaining({ sheet: "Lampiran I", severity: expect.stringMatching(/^(error|warning|info)$/) }));
      expect(f.cell).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      expect(f.rule).toMatch(/^(layout|hierarchy|numbering|percent|target|spelling|nomenclature)\.\w+$/);
      expect(typeof f.message).toBe("string");
    }
    expect(doc.findings).toContainEqual(expect.objectContaining({ cell: "A46", rule: expect.stringMatching(/^numbering\./) }));
    expect(r.err).toBe("");
  });

  it("a clean plan exits 0 and says it is ready to adopt, in the chosen language", async () => {
    const file = await write("clean.xlsx", CLEAN);
    const id = await run([file]);
    expect(id.code).toBe(0);
    expect(id.out).toContain("siap ditetapkan");
    const en = await run([file, "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.out).toContain("ready to adopt");
    const byEnv = await run([file], { LANG: "en_US.UTF-8" });
    expect(byEnv.out).toContain("ready to adopt");
  });

  it("a folder: one result per file and a closing summary table; exit is the worst", async () => {
    await write("a-seed.xlsx", SEED);
    await write("b-clean.xlsx", CLEAN);
    await write("c-two.xlsx", TWO_SHEETS);
    fs.writeFileSync(path.join(dir, "d-broken.xlsx"), "not,a,workbook\n1,2,3\n");
    const r = await run([dir, "--jobs", "1"]);
    expect(r.code).toBe(2);
    const summary = r.out.slice(r.out.lastIndexOf("Berkas"));
    const rows = summary.split("\n").filter((l) => l.includes(dir));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/a-seed\.xlsx\s+1\s+[1-9]\d*\s+\d+/);
    expect(rows[1]).toMatch(/b-clean\.xlsx\s+1\s+0\s+0/);
    expect(rows[2]).toMatch(/c-two\.xlsx\s+2\s+\d+\s+\d+/);
    expect(rows[3]).toContain("tidak dapat dipakai");
    expect(r.out).toContain("4 berkas");
  });

  it("several files with --json give one document listing each file", async () => {
    const a = await write("a.xlsx", SEED);
    const b = await write("b.xlsx", CLEAN);
    const r = await run([a, b, "--json", "--jobs", "1"]);
    const doc = JSON.parse(r.out);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([a, b]);
    expect(doc.files[1].findings).toEqual([]);
  });

  it("unusable input: exit 2 with a one-line reason and no stack trace", async () => {
    const missing = await run([path.join(dir, "nope.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split("\n")).toHaveLength(1);
    expect(missing.err).toContain("tidak ditemukan");
    const noTable = await write("notes.xlsx", "#sheet Catatan\nhanya catatan\n");
    const r = await run([noTable, "--json", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("No Rencana Aksi table");
    expect(r.err).not.toMatch(/\n\s+at /);
    expect((await run([])).code).toBe(2);
    expect((await run(["--bogus", noTable])).code).toBe(2);
  });

  it("--json over many files is written file by file, one piece per file, and stays one document", async () => {
    const a = await write("a.xlsx", SEED);
    const b = await write("b.xlsx", CLEAN);
    const bad = path.join(dir, "rusak.xlsx");
    fs.writeFileSync(bad, "bukan xlsx");
    const pieces: string[] = [];
    const io: CliIO = { out: (s) => pieces.push(s), err: () => {}, errIsTTY: false, outIsTTY: false, env: {}, cwd: dir };
    const code = await main(["validate", a, bad, b, "--json", "--lang", "en"], io);
    expect(code).toBe(2); // the worst file: one cannot be used
    expect(pieces).toHaveLength(3);
    expect(pieces[0].startsWith('{"files":[{')).toBe(true);
    expect(pieces[1].startsWith(',{"file":')).toBe(true);
    expect(pieces[2].endsWith("]}\n")).toBe(true);
    const doc = JSON.parse(pieces.join(""));
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([a, bad, b]);
    expect(doc.files[1].error).toMatch(/not/i);
    expect(doc.files[2].findings).toEqual([]);
  });

  it("one file that cannot be checked is one line of the batch; the others are reported and the exit code is the worst", async () => {
    const b = await write("b.xlsx", CLEAN);
    const bad = path.join(dir, "rusak.xlsx");
    fs.writeFileSync(bad, "bukan xlsx");
    const r = await run([bad, b, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(b);
    expect(r.out).toMatch(/1 without errors, 0 with errors, 0 empty, 1 cannot be used/);
    expect(r.out.split("\n").filter((l) => l.includes("rusak.xlsx") && l.includes("cannot be used"))).toHaveLength(1);
    expect((await run([b])).code).toBe(0);
  });

  it("an empty plan (a fresh template) exits 3, ranked between no error and errors in a batch", async () => {
    const empty = path.join(dir, "kosong.xlsx");
    const made = await main(["template", "-o", empty], { out: () => {}, err: () => {}, errIsTTY: false, outIsTTY: false, env: {}, cwd: dir });
    expect(made).toBe(0);
    const clean = await write("clean.xlsx", CLEAN);
    const seed = await write("seed.xlsx", SEED);
    const bad = path.join(dir, "rusak.xlsx");
    fs.writeFileSync(bad, "bukan xlsx");
    const batch = await run([clean, empty, "--lang", "en"]);
    expect(batch.code).toBe(3);
    expect(batch.out).toMatch(/kosong\.xlsx +1 +empty +0/);
    expect(batch.out).toContain("2 files: 1 without errors, 0 with errors, 1 empty, 0 cannot be used");
    expect((await run([empty, seed])).code).toBe(1);
    expect((await run([empty, bad])).code).toBe(2);
    expect((await run([clean])).code).toBe(0);
  });

  it("a --jobs above the number of cores is lowered, with one line saying so", async () => {
    const a = await write("a.xlsx", CLEAN);
    const b = await write("b.xlsx", CLEAN);
    const cores = os.availableParallelism();
    const r = await run([a, b, "--jobs", String(cores + 6), "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`--jobs ${cores + 6} lowered to ${cores}: the number of processor cores of this computer.\n`);
    expect((await run([a, b, "--jobs", "1"])).err).toBe("");
  });
});
