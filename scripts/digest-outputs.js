#!/usr/bin/env node
"use strict";
/**
 * Digest of everything the engine produces, to prove a refactor changed no output.
 *
 * Usage:
 *   node scripts/digest-outputs.js > /tmp/before.txt      # at the base commit
 *   ... change the code ...
 *   node scripts/digest-outputs.js > /tmp/after.txt
 *   diff /tmp/before.txt /tmp/after.txt                   # no difference: nothing changed
 *
 * Options:
 *   --no-build     reuse lib/digest/ as compiled by the last run (default: compile first)
 *   --real DIR     the real workbooks (default /work/shared/real; skipped when missing)
 *   --verbose      progress and timings on stderr
 *   --dump DIR     also write each digested text to DIR/<input>/<output>.txt (to see what differs)
 *
 * It compiles the current sources (src/core, src/xlsx, src/app, src/cli and the bench's
 * synthetic plan generator) with the installed TypeScript into lib/digest/ (build output,
 * ignored by git), then runs the CLI's commands in this process over every input:
 *   - test/fixtures/**.xlsx as they are, and test/fixtures/**.tsv and examples/src/*.tsv built
 *     into workbooks (scripts/sheet-source.js, as the tests and the examples do);
 *   - the real workbooks (DIR/*.xlsx);
 *   - 20 generated plans (bench/synthetic.ts: 5 to 1500 rows, every quarter style, clean and defective).
 * For every input it prints one line per output, `<input> <output> <sha256>`:
 *   validate      `validate --json --lang en`: stdout, stderr and exit code;
 *   fill:<v>      `fill` with several strategies/options: the report, the exit code and the
 *                 written workbook read back (cell values, formats, styles, merges, widths; not the zip bytes);
 *   decree        `decree --lampiran` (metadata from the workbook or the defaults);
 *   decree:meta   `decree --lampiran --nip-grouped --meta test/fixtures/meta/dinkop-nganjuk-2022.json`;
 * plus one line per `template` variant. Temporary paths are replaced by the input's name, so the
 * lines do not depend on where the files were written. The last line is
 * `N outputs, digest <sha256 of all the lines above>`.
 * The decree's NIP check compares with today's date: compare runs of the same day.
 */
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "lib", "digest");
const argv = process.argv.slice(2);
const verbose = argv.includes("--verbose");
const realIdx = argv.indexOf("--real");
const REAL = realIdx >= 0 ? argv[realIdx + 1] : "/work/shared/real";
const dumpIdx = argv.indexOf("--dump");
const DUMP = dumpIdx >= 0 ? path.resolve(argv[dumpIdx + 1]) : null;
const META = path.join(ROOT, "test", "fixtures", "meta", "dinkop-nganjuk-2022.json");

const FILLS = {
  auto: [],
  "even-overwrite": ["--strategy", "even", "--overwrite"],
  "months-kinerja": ["--strategy", "months", "--columns", "kinerja"],
  "months3-pelaksanaan-overwrite": ["--strategy", "months:3", "--columns", "pelaksanaan", "--overwrite"],
  "weights-overwrite": ["--strategy", "weights:1,2,3,4", "--overwrite"],
  copy: ["--strategy", "copy"],
};
const TEMPLATES = {
  "2026-a4": ["--year", "2026"],
  "2025-f4-prefill": ["--year", "2025", "--paper", "f4", "--prefill"],
  "2027-office": ["--year", "2027", "--office", "Dinas Koperasi dan Usaha Mikro Kabupaten Contoh"],
};
/** rows, quarters, defects of the generated plans; the seed is the index + 1. */
const SYNTHETIC = [
  [5, "mixed", 0], [8, "empty", 0], [12, "number", 0.2], [20, "text", 0.1], [30, "mixed", 0.3],
  [40, "empty", 0], [55, "number", 0], [70, "text", 0.5], [90, "mixed", 0.05], [120, "empty", 0.1],
  [150, "number", 0.1], [200, "text", 0], [260, "mixed", 0.2], [330, "empty", 0], [420, "number", 0.3],
  [520, "text", 0.05], [650, "mixed", 0], [800, "empty", 0.2], [1100, "number", 0.1], [1500, "mixed", 0.15],
];

const log = (...a) => verbose && console.error(...a);
const sha = (text) => crypto.createHash("sha256").update(text).digest("hex");

function build() {
  fs.mkdirSync(OUT, { recursive: true });
  const config = {
    extends: path.join(ROOT, "tsconfig.json"),
    compilerOptions: {
      module: "commonjs",
      moduleResolution: "node",
      noEmit: false,
      outDir: OUT,
      rootDir: ROOT,
      sourceMap: false,
      declaration: false,
      incremental: false,
      types: ["node"],
    },
    files: [path.join(ROOT, "bench", "syntheticXlsx.ts")],
    include: ["core", "xlsx", "app", "cli"].map((d) => path.join(ROOT, "src", d)),
  };
  const file = path.join(OUT, "tsconfig.json");
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  const r = spawnSync(process.execPath, [tsc, "-p", file], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  // 2: type errors, JavaScript emitted all the same (work in progress can still be compared).
  if (r.status === 2) console.error("digest: tsc reported type errors; digesting the emitted JavaScript");
  else if (r.status !== 0) throw new Error("tsc failed");
}

function walk(dir, ext) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, ext));
    else if (e.name.endsWith(ext)) out.push(p);
  }
  return out;
}

/** Every input as { name, file }: built into tmp when it comes from a source. */
async function inputs(tmp) {
  const { workbookFromSource } = require("./sheet-source");
  const { writeSyntheticXlsx } = require(path.join(OUT, "bench", "syntheticXlsx.js"));
  const list = [];
  const fromSource = async (src, name) => {
    const file = path.join(tmp, "in", name + ".xlsx");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await workbookFromSource(fs.readFileSync(src, "utf8")).xlsx.writeFile(file);
    list.push({ name, file });
  };
  const fixtures = path.join(ROOT, "test", "fixtures");
  for (const f of walk(fixtures, ".xlsx")) list.push({ name: "fixtures/" + path.relative(fixtures, f), file: f });
  for (const f of walk(fixtures, ".tsv")) await fromSource(f, "fixtures/" + path.relative(fixtures, f).replace(/\.tsv$/, ""));
  const examples = path.join(ROOT, "examples", "src");
  for (const f of walk(examples, ".tsv")) await fromSource(f, "examples/" + path.relative(examples, f).replace(/\.tsv$/, ""));
  for (const f of walk(REAL, ".xlsx")) list.push({ name: "real/" + path.relative(REAL, f), file: f });
  for (const [i, [rows, quarters, defects]] of SYNTHETIC.entries()) {
    const name = `synthetic/${String(i + 1).padStart(2, "0")}-r${rows}-${quarters}-d${defects}`;
    const file = path.join(tmp, "in", name + ".xlsx");
    await writeSyntheticXlsx(file, { rows, seed: i + 1, quarters, defects });
    list.push({ name, file });
  }
  return list;
}

/** The written workbook as the engine's users see it: sheets, cells (value, format, style), merges, sizes. */
async function workbookText(file) {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    // A package ExcelJS cannot read (openpyxl's drawings, for one): its parts' bytes instead.
    const { unzipSync } = require("fflate");
    const entries = Object.entries(unzipSync(new Uint8Array(fs.readFileSync(file))));
    return [`ExcelJS cannot read it: ${e.message}`, ...entries.map(([name, data]) => `${name} ${sha(Buffer.from(data))}`)].join("\n");
  }
  const parts = [];
  wb.eachSheet((ws) => {
    parts.push(JSON.stringify({ sheet: ws.name, state: ws.state, merges: Object.values(ws._merges ?? {}).map((m) => m.range).sort(), pageSetup: ws.pageSetup }));
    (ws.columns ?? []).forEach((c, i) => c.width !== undefined && parts.push(`col ${i + 1} ${c.width} ${c.hidden ?? false}`));
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (row.height !== undefined || row.hidden) parts.push(`row ${r} ${row.height} ${row.hidden}`);
      row.eachCell({ includeEmpty: false }, (cell) => {
        parts.push(JSON.stringify([cell.address, cell.type, cell.value, cell.numFmt ?? null, cell.style]));
      });
    });
  });
  return parts.join("\n");
}

/** Run one CLI command in this process; its output with temporary paths named. */
async function run(command, args, names) {
  const out = [];
  const err = [];
  const io = { out: (t) => out.push(t), err: (t) => err.push(t), errIsTTY: false, outIsTTY: false, env: {}, cwd: ROOT };
  // checkMany is what the CLI had before the validate command loaded its pool itself (kept to digest older commits).
  const older = path.join(OUT, "src", "cli", "commands", "validate.js");
  const { checkSequential } = fs.existsSync(path.join(OUT, "src", "cli", "check.js")) && require(path.join(OUT, "src", "cli", "check.js")).checkSequential ? require(path.join(OUT, "src", "cli", "check.js")) : require(older);
  const ctx = { io, lang: "en", checkMany: (files, _jobs, onDone) => checkSequential(files, onDone) };
  const mod = require(path.join(OUT, "src", "cli", "commands", command + ".js"));
  const runner = mod[`run${command[0].toUpperCase()}${command.slice(1)}`];
  const code = await runner(args, ctx);
  let text = `exit ${code}\n--- out\n${out.join("")}\n--- err\n${err.join("")}`;
  for (const [p, n] of names) text = text.split(p).join(n);
  return { code, text };
}

async function main() {
  const t0 = Date.now();
  if (!argv.includes("--no-build")) build();
  log(`digest: built in ${Date.now() - t0} ms`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-digest-"));
  const lines = [];
  const emit = (name, what, text) => {
    const line = `${name} ${what} ${sha(text)}`;
    lines.push(line);
    if (DUMP) {
      const f = path.join(DUMP, name, what.replace(/:/g, "_") + ".txt");
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, text);
    }
    console.log(line);
  };
  try {
    const all = await inputs(tmp);
    log(`digest: ${all.length} inputs ready at ${Date.now() - t0} ms`);
    const outFile = path.join(tmp, "out.xlsx");
    const output = async (name, command, args, input) => {
      if (fs.existsSync(outFile)) fs.unlinkSync(outFile);
      const names = [[outFile, "OUT.xlsx"], ...(input ? [[input, name]] : [])];
      const r = await run(command, [...args, "-o", outFile, "--force", "--lang", "en"], names);
      return r.text + (fs.existsSync(outFile) ? "\n--- workbook\n" + (await workbookText(outFile)) : "");
    };
    for (const { name, file } of all) {
      const t1 = Date.now();
      emit(name, "validate", (await run("validate", [file, "--json", "--lang", "en"], [[file, name]])).text);
      for (const [variant, args] of Object.entries(FILLS)) emit(name, `fill:${variant}`, await output(name, "fill", [file, ...args], file));
      emit(name, "decree", await output(name, "decree", [file, "--lampiran"], file));
      emit(name, "decree:meta", await output(name, "decree", [file, "--lampiran", "--nip-grouped", "--meta", META], file));
      log(`digest: ${name} ${Date.now() - t1} ms`);
    }
    for (const [variant, args] of Object.entries(TEMPLATES)) emit("template", variant, await output("template", "template", args));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`${lines.length} outputs, digest ${sha(lines.join("\n"))}`);
  log(`digest: done in ${Date.now() - t0} ms`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
