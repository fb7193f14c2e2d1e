/**
 * Bad input through the CLI: every unusable file gives one clear message in
 * the language asked for (Indonesian by default, English with --lang en) and
 * exit 2, never a stack trace; bad cells (formula errors, dates) are findings
 * at those cells; hidden rows and columns are still validated; merges across
 * levels do not break anything. The compiled binary is run once per file too.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import type { JsonFinding } from "../../src/cli/report";
import type { Lang } from "../../src/core/i18n";
import { t } from "../../src/cli/messages";
import { t as fileT } from "../../src/xlsx/messages";
import { UNUSABLE, planBytes, writeFiles } from "../reliability/support/badFiles";
import { writeBigPlan } from "../reliability/support/bigPlan";
import { runCli } from "../reliability/support/cliRun";
import { FUZZ } from "../reliability/support/runs";
import { openWorkbookFile } from "../../src/cli/open";
import { exampleBytes } from "../support/example";

const ROOT = path.resolve(__dirname, "../..");
/** A stack trace line ("    at fn (file.js:1:2)"), an Error's name, or Node's internals. */
const STACK = /^\s+at .+(\d+:\d+\)?|\(native\))$|\b[A-Z]\w*Error\b|node:internal/m;

let dir: string;
let files: Map<string, string>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-bad-"));
  files = await writeFiles(dir, UNUSABLE);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[]) => runCli(argv, dir);

async function write(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe("renaksi validate: unusable files", () => {
  test.each(UNUSABLE.flatMap((f) => (["id", "en"] as Lang[]).map((lang) => [f.what, lang, f] as const)))("%s (%s): the message, exit 2, no stack trace", async (_, lang, f) => {
    const file = files.get(f.name) as string;
    const before = fs.readFileSync(file);
    const r = await run(["validate", file, "--lang", lang]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${file}: ${fileT(f.key, lang)}\n`);
    expect(r.out).toContain(fileT(f.key, lang));
    expect(r.out + r.err).not.toMatch(STACK);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const json = await run(["validate", file, "--json", "--lang", lang]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toEqual({ files: [{ file, error: fileT(f.key, lang) }] });
  });

  test("a missing file and a folder named .xlsx", async () => {
    const missing = path.join(dir, "tidak-ada.xlsx");
    expect(await run(["validate", missing])).toEqual({ code: 2, out: expect.any(String), err: `${missing}: ${fileT("file.missing", "id", { path: missing })}\n` });
    const folder = path.join(dir, "folder.xlsx");
    fs.mkdirSync(folder, { recursive: true });
    const r = await run(["validate", folder, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${t("cli.emptyFolder", "en", { path: folder })}\n`);
  });

  test("several files at once: each unusable one is named in the summary, exit 2", async () => {
    const good = await write("baik.xlsx", await planBytes());
    const r = await run(["validate", good, ...UNUSABLE.map((f) => files.get(f.name) as string)]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(t("cli.totals", "id", { files: UNUSABLE.length + 1, clean: 1, withErrors: 0, empty: 0, unusable: UNUSABLE.length }));
    expect(r.out + r.err).not.toMatch(STACK);
  });

  test("fill and decree refuse the same files with the same message and write nothing", async () => {
    for (const f of UNUSABLE.filter((x) => x.key.startsWith("file."))) {
      const file = files.get(f.name) as string;
      const out = path.join(dir, `out-${f.name}`);
      expect(await run(["fill", file, "-o", out, "--lang", "en"])).toEqual({ code: 2, out: "", err: `${file}: ${fileT(f.key, "en")}\n` });
      const d = await run(["decree", file, "-o", out, "--lang", "en"]);
      expect(d).toEqual({ code: 2, out: "", err: `${file}: ${fileT(f.key, "en")}\n` });
      expect(fs.existsSync(out)).toBe(false);
    }
  });
});

/** Validate a plan with some cells changed; the findings as --json gives them. */
async function findingsOf(name: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<{ code: number; findings: JsonFinding[] }> {
  const file = await write(name, await planBytes(edit));
  const r = await run(["validate", file, "--json", "--lang", "en"]);
  expect(r.err).toBe("");
  return { code: r.code, findings: (JSON.parse(r.out) as { findings: JsonFinding[] }).findings };
}

const at = (findings: readonly JsonFinding[], cell: string) => findings.filter((f) => f.cell === cell || f.cell.startsWith(`${cell}:`));

describe("renaksi validate: bad cells are findings at those cells", () => {
  test("the plan itself has no error", async () => {
    const { code, findings } = await findingsOf("bersih.xlsx", () => undefined);
    expect(code).toBe(0);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("formulas returning #REF!, #DIV/0!, #VALUE! in quarter and target cells", async () => {
    const { code, findings } = await findingsOf("rumus-galat.xlsx", (ws) => {
      ws.getCell("F7").value = { formula: "#REF!*2", result: { error: "#REF!" } } as ExcelJS.CellFormulaValue;
      ws.getCell("G8").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
      ws.getCell("E9").value = { formula: "\"12\"+\"Bulan\"", result: { error: "#VALUE!" } } as ExcelJS.CellFormulaValue;
    });
    expect(code).toBe(1);
    for (const [cell, error] of [["F7", "#REF!"], ["G8", "#DIV/0!"], ["E9", "#VALUE!"]]) {
      const here = at(findings, cell).filter((f) => f.severity === "error");
      expect(here.length).toBeGreaterThan(0);
      expect(here.some((f) => f.message.includes(error))).toBe(true);
    }
  });

  // A date in the target cell is not reported yet (its text "1 April 2024" reads as 1 "April 2024"):
  // see /work/notes/bad-inputs.md.
  test("dates where quarter percentages belong", async () => {
    const { code, findings } = await findingsOf("tanggal.xlsx", (ws) => {
      ws.getCell("F10").value = new Date(Date.UTC(2024, 0, 15));
      ws.getCell("F10").numFmt = "dd/mm/yyyy";
      ws.getCell("H7").value = new Date(Date.UTC(2024, 5, 30));
      ws.getCell("H7").numFmt = "d mmmm yyyy";
    });
    expect(code).toBe(1);
    for (const cell of ["F10", "H7"]) expect(at(findings, cell).filter((f) => f.rule === "percent.unreadable")).toHaveLength(1);
  });

  // Regression: a date in the target cell showed "1 April 2024" and read as quantity 1 of the unit "April 2024".
  test("a date in the target cell is a finding at that cell", async () => {
    const { findings } = await findingsOf("tanggal-target.xlsx", (ws) => {
      ws.getCell("E8").value = new Date(Date.UTC(2024, 3, 1));
      ws.getCell("E8").numFmt = "d mmmm yyyy";
    });
    expect(at(findings, "E8").filter((f) => f.severity === "error")).toHaveLength(1);
  });

  test("hidden rows and columns are validated like the others", async () => {
    const { code, findings } = await findingsOf("tersembunyi.xlsx", (ws) => {
      ws.getCell("H8").value = "21,25 5%";
      ws.getRow(8).hidden = true;
      ws.getColumn("G").hidden = true;
      ws.getCell("G9").value = "2 1,25 %";
    });
    expect(code).toBe(1);
    expect(at(findings, "H8").filter((f) => f.rule === "percent.unreadable")).toHaveLength(1);
    expect(at(findings, "G9").filter((f) => f.rule === "percent.unreadable")).toHaveLength(1);
    // ...and said to be hidden, once each, so a finding on a hidden cell is no surprise.
    const hidden = findings.filter((f) => f.rule.startsWith("layout.hidden"));
    expect(hidden.map((f) => [f.rule, f.severity, f.message]).sort()).toEqual([
      ["layout.hiddenColumns", "info", "Hidden inside the table: column G. Its cells are checked all the same."],
      ["layout.hiddenRows", "info", "Hidden inside the table: row 8. Its cells are checked all the same."],
    ]);
  });

  test("merged cells spanning levels: a Kegiatan merged with its first Sub Kegiatan, Sasaran merged into Program", async () => {
    const { code, findings } = await findingsOf("gabung.xlsx", (ws) => {
      ws.unMergeCells("A6:A10");
      ws.unMergeCells("B6:B10");
      ws.mergeCells("C6:C7");
      ws.mergeCells("A6:B6");
    });
    expect([0, 1]).toContain(code);
    for (const f of findings) expect(f.message).not.toMatch(STACK);
  });
});

describe("renaksi validate: a sheet with 1,000 merged areas", () => {
  test("the xlsx adapter reads every merged area and the table is validated", async () => {
    const file = path.join(dir, "seribu-gabungan.xlsx");
    expect(await writeBigPlan(file, 2_000, { merges: 1_000 })).toBe(1_000);
    const opened = await openWorkbookFile(file);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect((await opened.workbook.readGrid("Lampiran")).merges).toHaveLength(1_000);
    const r = await run(["validate", file]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain(t("cli.readyToAdopt", "id"));
  }, 60_000);
});

/** The CLI as `npm run build:cli` compiles it, with the real bin/renaksi.js, in a folder of its own. */
let compiled: string | null = null;
function compileCli(): string {
  if (compiled) return compiled;
  const build = path.join(dir, "cli");
  fs.mkdirSync(path.join(build, "bin"), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "bin", "renaksi.js"), path.join(build, "bin", "renaksi.js"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(build, "node_modules"), "junction");
  const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  const tscRun = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json", "--outDir", path.join(build, "lib"), "--noCheck"], { cwd: ROOT, encoding: "utf8" });
  expect(tscRun.stderr).toBe("");
  // Beside the real bin: the same entry, reporting the process's peak memory to a file.
  fs.writeFileSync(path.join(build, "bin", "measured.js"), [
    "const { main } = require(\"../lib/cli/main.js\");",
    "main(process.argv.slice(2)).then((code) => {",
    "  require(\"fs\").writeFileSync(process.env.RENAKSI_STATS, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));",
    "  process.exit(code);",
    "});",
  ].join("\n"));
  return (compiled = path.join(build, "bin", "renaksi.js"));
}

describe("the compiled binary", () => {
  test("prints the message and exits 2 for every unusable file, with nothing on stderr but the message", () => {
    const bin = compileCli();
    for (const f of UNUSABLE) {
      const file = files.get(f.name) as string;
      for (const lang of ["id", "en"] as Lang[]) {
        const r = spawnSync(process.execPath, [bin, "validate", file, "--lang", lang], { encoding: "utf8", timeout: 60_000 });
        expect({ what: f.what, status: r.status, stderr: r.stderr }).toEqual({ what: f.what, status: 2, stderr: `${file}: ${fileT(f.key, lang)}\n` });
        expect(r.stdout).not.toMatch(STACK);
      }
    }
  }, 180_000);

  test("writes a --json report larger than a pipe holds whole before it exits", async () => {
    const bin = compileCli();
    const folder = path.join(dir, "many");
    fs.mkdirSync(folder, { recursive: true });
    // The example as the build makes it (examples/*.xlsx is not in the repository).
    const example = await exampleBytes();
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(folder, `plan-${String(i).padStart(2, "0")}.xlsx`), example);
    const r = spawnSync(process.execPath, [bin, "validate", folder, "--json", "--jobs", "1"], { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).toBe("");
    // Far more than a pipe's 64 KiB, and whole. (Node writes pipes synchronously on Linux, so here this
    // holds the report whole; where it writes them asynchronously, bin/renaksi.js's waiting for the
    // writes before exiting is what keeps it so.)
    expect(r.stdout.length).toBeGreaterThan(256 * 1024);
    const doc = JSON.parse(r.stdout) as { files: { file: string; findings: unknown[] }[] };
    expect(doc.files).toHaveLength(12);
    expect(doc.files.every((f) => f.findings.length > 0)).toBe(true);
    expect(r.status).toBe(1);
  }, 180_000);

  /**
   * Rows of the large sheet: 20,000 in `npm test`, the 200,000 the issue asks for under
   * `npm run fuzz` (fuzz/run.js runs this file with RENAKSI_FUZZ=1); RENAKSI_BIG_ROWS sets it.
   */
  const BIG = Number(process.env.RENAKSI_BIG_ROWS) || (FUZZ ? 200_000 : 20_000);
  test(`validates a ${BIG.toLocaleString("en")}-row sheet: completes with exit 0 or 1, within time and memory bounds`, async () => {
    const bin = compileCli();
    const file = path.join(dir, "besar.xlsx");
    await writeBigPlan(file, BIG);
    const stats = path.join(dir, "stats.json");
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.join(path.dirname(bin), "measured.js"), "validate", file], {
      encoding: "utf8", timeout: 600_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, RENAKSI_STATS: stats },
    });
    const seconds = (performance.now() - t0) / 1000;
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.status);
    const { maxRssKb } = JSON.parse(fs.readFileSync(stats, "utf8")) as { maxRssKb: number };
    console.info(`validate ${BIG} rows: ${seconds.toFixed(1)} s, peak memory ${(maxRssKb / 1024).toFixed(0)} MB, exit ${r.status}`);
    expect(r.stdout).toContain(`A3:J${BIG + 3}`);
    // Measured: 26-54 s and about 1.5 GB for 200,000 rows on a 2-core machine; the bounds leave room.
    expect(seconds).toBeLessThan(Math.max(60, BIG / 1_000));
    expect(maxRssKb / 1024).toBeLessThan(Math.max(800, BIG / 80));
  }, 900_000);
});
