import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { runFill } from "../../../src/cli/commands/fill";
import type { CommandContext } from "../../../src/cli/commands/types";
import type { Lang } from "../../../src/core/i18n";
import { bytesOf, fixtureText, numbersWithCountRow, reopen, snapshot } from "../../app/fillSupport";
import { indicator, miniSource } from "../../core/fill/table";
import { excelFrom } from "../../support/xlsx";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-fill-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function writeFixture(name: string): Promise<string> {
  const file = path.join(dir, name.replace(/\.tsv$/, ".xlsx"));
  fs.writeFileSync(file, await bytesOf(workbookFromSource(fixtureText(name))));
  return file;
}

async function run(argv: string[], lang: Lang = "id"): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const ctx: CommandContext = {
    io: { out: (s) => (out += s), err: (s) => (err += s), errIsTTY: false, outIsTTY: false, env: {}, cwd: dir },
    lang,
  };
  const code = await runFill(argv, ctx);
  return { code, out, err };
}

describe("renaksi fill", () => {
  it("fills OUT, leaves IN untouched and prints the cells per column", async () => {
    const input = await writeFixture("fill-blank-units.tsv");
    const inBytes = fs.readFileSync(input);
    const out = path.join(dir, "out.xlsx");
    const r = await run([input, "-o", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(fs.readFileSync(input).equals(inBytes)).toBe(true);
    expect(r.out).toContain('Lembar "Sekretariat":');
    expect(r.out).toContain("Target Kinerja: satuan target kumulatif");
    expect(r.out).toContain("kolom D (Target Kinerja triwulan I): 3 sel");
    expect(r.out).toContain("kolom K (Target Pelaksanaan triwulan IV): 2 sel");
    expect(r.out).toContain(`40 sel diisi pada 5 baris; disimpan ke ${out}`);
    const filled = await reopen(new Uint8Array(fs.readFileSync(out)));
    expect((await excelFrom(filled)).getWorksheet("Sekretariat")!.getCell("G7").value).toBe(4);
    // nothing but cells: no undo record sheet in OUT
    expect((await excelFrom(filled)).worksheets.map((w) => w.name)).toEqual(["Sampul", "Sekretariat", "Pemerintahan"]);
  });

  it("refuses to replace an existing OUT without --force, replaces it with --force", async () => {
    const input = await writeFixture("fill-blank-numbers.tsv");
    const out = path.join(dir, "out.xlsx");
    fs.writeFileSync(out, "old");
    const refused = await run([input, "-o", out], "en");
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/already exists.*--force/);
    expect(fs.readFileSync(out, "utf8")).toBe("old");
    const forced = await run([input, "-o", out, "--force", "--strategy", "weights:10,20,30,40", "--columns", "kinerja"], "en");
    expect(forced.code).toBe(0);
    expect(forced.out).toContain("column F (Target Kinerja (performance) quarter I): 5 cells"); // a row's dashes before its blanks stay
    const ws = (await excelFrom(await reopen(new Uint8Array(fs.readFileSync(out))))).getWorksheet("RENAKSI 2024")!;
    expect(["F8", "G8", "H8", "I8", "J8"].map((a) => ws.getCell(a).value)).toEqual([0.1, 0.2, 0.3, 0.4, "-"]);
  });

  /** The count in "N baris dibiarkan:" and the rows the lines after it stand for (a line each, then "... dan K lagi"). */
  function leftRows(out: string, lang: Lang): { count: number; listed: number; rows: string[] } {
    const lines = out.split("\n");
    const at = lines.findIndex((l) => (lang === "id" ? / baris dibiarkan:$/ : / rows were left as they are:$/).test(l));
    if (at < 0) return { count: 0, listed: 0, rows: [] };
    const after = lines.slice(at + 1);
    const own = after.slice(0, after.findIndex((l) => !l.startsWith("  ")));
    const more = own.map((l) => (lang === "id" ? /^ {2}\.\.\. dan (\d+) lagi$/ : /^ {2}\.\.\. and (\d+) more$/).exec(l)).find((m) => m);
    const rows = own.filter((l) => !l.startsWith("  ...")).map((l) => (lang === "id" ? /Baris (\d+)/ : /Row (\d+)/).exec(l)?.[1] ?? "?");
    return { count: Number(/^(\d+)/.exec(lines[at])?.[1]), listed: rows.length + (more ? Number(more[1]) : 0), rows };
  }

  it("says how many rows were left and lists that many: one line per row, both groups on it", async () => {
    const example = path.join(dir, "example.xlsx");
    const source = fs.readFileSync(path.resolve(__dirname, "..", "..", "..", "examples", "src", "rencana-aksi-dinkop-nganjuk-2022.tsv"), "utf8");
    fs.writeFileSync(example, await bytesOf(workbookFromSource(source)));
    const partial = ["80%", null, "10%", null];
    const many = path.join(dir, "many.xlsx");
    fs.writeFileSync(many, await bytesOf(workbookFromSource(miniSource(Array.from({ length: 12 }, () => indicator("4 Unit", { k: partial, p: partial }))))));
    // Rows their dashes complete are left too, and counted: alone, in both groups, or beside another reason.
    const done = [1, 1, 1, "-"];
    const dashes = path.join(dir, "dashes.xlsx");
    const dashRows = [
      indicator("3 Dokumen", { k: done, p: done }), indicator("3 Dokumen", { k: done }), indicator("3 Dokumen", { k: done, p: partial }),
      indicator("4 Unit", { k: partial, p: partial }), indicator("6 Unit"),
    ];
    fs.writeFileSync(dashes, await bytesOf(workbookFromSource(miniSource(dashRows))));
    for (const [input, rows] of [[example, 3], [many, 12], [dashes, 4]] as const) {
      for (const lang of ["id", "en"] as const) {
        const r = await run([input, "-o", path.join(dir, `out-${rows}-${lang}.xlsx`), "--force"], lang);
        expect(r.code).toBe(0);
        const left = leftRows(r.out, lang);
        expect([lang, left.count, left.listed]).toEqual([lang, rows, rows]);
        expect(new Set(left.rows).size).toBe(left.rows.length);
      }
    }
    const told = await run([dashes, "-o", path.join(dir, "dashes-out.xlsx"), "--force"]);
    expect(told.out.split("\n").filter((l) => l.includes("baris sudah lengkap: 1 / 1 / 1 / -"))).toHaveLength(3);
    expect(told.out).toContain("(Target Kinerja dan Target Pelaksanaan): baris sudah lengkap: 1 / 1 / 1 / -");
    const id = await run([example, "-o", path.join(dir, "again.xlsx")]);
    expect(id.out).toContain("Baris 49 (Target Kinerja dan Target Pelaksanaan): sebagian sel triwulan sudah terisi");
  });

  it("never writes over IN, even with --force", async () => {
    const input = await writeFixture("fill-blank-numbers.tsv");
    const before = fs.readFileSync(input);
    const r = await run([input, "-o", input, "--force"], "en");
    expect(r.code).toBe(2);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("overwrites on request and hints at it otherwise", async () => {
    const input = path.join(dir, "count-row.xlsx");
    fs.writeFileSync(input, await bytesOf(workbookFromSource(numbersWithCountRow())));
    const plain = await run([input, "-o", path.join(dir, "a.xlsx"), "--strategy", "months", "--columns", "kinerja"]);
    expect(plain.out).not.toContain("--overwrite");
    const even = await run([input, "-o", path.join(dir, "b.xlsx"), "--strategy", "weights:1,1,1,0", "--columns", "kinerja"], "en");
    expect(even.code).toBe(0);
    expect(even.out).toContain("4 non-empty cells were left unchanged (use --overwrite to replace them).");
    const c = path.join(dir, "c.xlsx");
    const over = await run([input, "-o", c, "--strategy", "weights:1,1,1,0", "--columns", "kinerja", "--overwrite"], "en");
    expect(over.code).toBe(0);
    const before = (await snapshot(await reopen(new Uint8Array(fs.readFileSync(input)))));
    const after = (await snapshot(await reopen(new Uint8Array(fs.readFileSync(c)))));
    expect(after.get("RENAKSI 2024!I6")).toEqual({ value: "0", numFmt: "0.00%" });
    expect(before.get("RENAKSI 2024!I6")).toEqual({ value: "0.25", numFmt: "0.00%" });
  });

  it("never writes over a formula in a quarter cell, even with --overwrite, and says so", async () => {
    const book = workbookFromSource(numbersWithCountRow());
    book.getWorksheet("RENAKSI 2024")!.getCell("I6").value = { formula: "H6+0.05", result: 0.25 } as ExcelJS.CellFormulaValue;
    const input = path.join(dir, "formula.xlsx");
    fs.writeFileSync(input, await bytesOf(book));
    for (const lang of ["id", "en"] as const) {
      const out = path.join(dir, `${lang}.xlsx`);
      const r = await run([input, "-o", out, "--strategy", "weights:1,1,1,0", "--columns", "kinerja", "--overwrite"], lang);
      expect(r.code).toBe(0);
      expect(r.out).toContain(lang === "id" ? "Sel triwulan berisi rumus yang dibiarkan: 1." : "Quarter cells holding formulas left alone: 1.");
      const after = (await excelFrom(await reopen(new Uint8Array(fs.readFileSync(out))))).getWorksheet("RENAKSI 2024")!;
      expect(after.getCell("I6").value).toEqual({ formula: "H6+0.05", result: 0.25 });
    }
  });

  it.each<[string[], RegExp, RegExp]>([
    [["-o", "x.xlsx"], /berkas masukan/, /input file/],
    [["IN.xlsx"], /-o KELUAR\.xlsx/, /-o OUT\.xlsx/],
    [["IN.xlsx", "-o", "x.xlsx", "--strategy", "weights:1,2"], /Bobot/, /Weights/],
    [["IN.xlsx", "-o", "x.xlsx", "--strategy", "spread"], /tidak dikenal/, /Unknown fill strategy/],
    [["IN.xlsx", "-o", "x.xlsx", "--columns", "semua"], /Kolom "semua"/, /Unknown columns/],
    [["IN.xlsx", "-o", "x.xlsx", "--bogus"], /--bogus/, /Unknown option: --bogus/],
    [["IN.xlsx", "-o"], /--output/, /--output/],
  ])("exits 2 with one clear line: %j", async (argv, id, en) => {
    for (const [lang, re] of [["id", id], ["en", en]] as const) {
      const r = await run(argv, lang);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(re);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.out).toBe("");
    }
  });

  it("exits 2 on a file that is not a workbook, or a workbook without a table", async () => {
    const csv = path.join(dir, "plan.xlsx");
    fs.writeFileSync(csv, "Sasaran;Program\n1;2\n");
    const r1 = await run([csv, "-o", path.join(dir, "o.xlsx")], "en");
    expect(r1.code).toBe(2);
    expect(r1.err).toMatch(/CSV/);
    const empty = path.join(dir, "empty.xlsx");
    fs.writeFileSync(empty, await bytesOf(workbookFromSource("#sheet Catatan\nhanya catatan\n")));
    const r2 = await run([empty, "-o", path.join(dir, "o.xlsx")]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/Tidak ada tabel Rencana Aksi/);
    expect(fs.existsSync(path.join(dir, "o.xlsx"))).toBe(false);
    const missing = await run([path.join(dir, "nope.xlsx"), "-o", path.join(dir, "o.xlsx")], "en");
    expect(missing.err).toMatch(/File not found/);
  });

  it("prints its usage with --help", async () => {
    const r = await run(["--help"], "en");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: renaksi fill IN\.xlsx -o OUT\.xlsx/);
  });
});
