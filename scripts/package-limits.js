#!/usr/bin/env node
/**
 * Time and peak memory of the CLI on hostile packages (issue "Read and edit
 * the workbook package itself"): the example plan with one value at
 * XFD1048576, with 20,000 and 60,000 merged ranges, and a 4-part media zip
 * bomb (each part ~1.9 GB once inflated). Each case runs in a child process
 * of its own; memory is that process's peak resident set.
 *
 *   npm run build:cli && node scripts/package-limits.js
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { spawnSync } = require("child_process");
const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");

const ROOT = path.join(__dirname, "..");
const EXAMPLE = path.join(ROOT, "examples/rencana-aksi-dinkop-nganjuk-2022.xlsx");
// examples/*.xlsx is build output (npm run demo makes it): build it when a fresh clone has none.
if (!fs.existsSync(EXAMPLE)) require("child_process").spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-examples.js")], { stdio: "inherit" });
const META = path.join(ROOT, "test/fixtures/meta/dinkop-nganjuk-2022.json");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-limits-"));

function withSheet(edit) {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(EXAMPLE)));
  parts["xl/worksheets/sheet1.xml"] = strToU8(edit(strFromU8(parts["xl/worksheets/sheet1.xml"])));
  return zipSync(parts);
}

function farCell() {
  return withSheet((xml) => xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'));
}

function merges(n) {
  return withSheet((xml) => {
    // n one-row merges of two cells each, in columns Q:R downwards from row 100 (away from the plan).
    const rows = [];
    const refs = [];
    for (let i = 0; i < n; i++) {
      const r = 100 + i;
      rows.push(`<row r="${r}"><c r="Q${r}" t="inlineStr"><is><t>m${i}</t></is></c></row>`);
      refs.push(`<mergeCell ref="Q${r}:R${r}"/>`);
    }
    const withRows = xml.replace("</sheetData>", rows.join("") + "</sheetData>");
    return withRows.replace(/<mergeCells count="(\d+)">/, (_, c) => `<mergeCells count="${Number(c) + n}">${refs.join("")}`);
  });
}

/** The example plus four media parts of `size` zero bytes each, deflated by a stream (never held whole). */
function zipBomb(size) {
  const base = unzipSync(new Uint8Array(fs.readFileSync(EXAMPLE)));
  const { writeZip, useCodec } = require(path.join(ROOT, "lib/xlsx/zip.js"));
  useCodec(require(path.join(ROOT, "lib/xlsx/nodeCodec.js")).ZLIB_CODEC);
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  const deflater = zlib.createDeflateRaw({ level: 9 });
  const pieces = [];
  deflater.on("data", (d) => pieces.push(d));
  let crc = 0;
  // CRC-32 of `size` zero bytes, by chunks (crc32 of a chunk, combined by running it over the stream).
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  let running = -1;
  for (let done = 0; done < size; done += chunk.length) {
    const n = Math.min(chunk.length, size - done);
    for (let i = 0; i < n; i++) running = table[running & 0xff] ^ (running >>> 8);
    deflater.write(chunk.subarray(0, n));
  }
  crc = (running ^ -1) >>> 0;
  return new Promise((resolve) => {
    deflater.end(() => {
      const raw = new Uint8Array(Buffer.concat(pieces));
      const items = Object.entries(base).map(([name, data]) => ({ name, data }));
      for (let i = 1; i <= 4; i++) items.push({ copy: { name: `xl/media/image${i}.png`, method: 8, flags: 0, crc, size, raw, time: 0, date: 33 } });
      resolve(writeZip(items));
    });
  });
}

function run(label, file, argv) {
  const script = `require(${JSON.stringify(path.join(ROOT, "lib/cli/main.js"))}).main(${JSON.stringify(argv)}, { out: () => {}, err: (s) => process.stderr.write(s), errIsTTY: false, outIsTTY: false, env: {}, cwd: ${JSON.stringify(dir)} }).then((code) => { process.stdout.write(JSON.stringify({ code, rss: process.resourceUsage().maxRSS })); });`;
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, ["--max-old-space-size=4096", "-e", script], { encoding: "utf8", timeout: 30 * 60 * 1000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let out = {};
  try {
    out = JSON.parse(res.stdout);
  } catch {
    out = { code: res.status, rss: NaN };
  }
  const size = (fs.statSync(file).size / 1024).toFixed(0);
  console.log(`${label.padEnd(34)} ${argv[0].padEnd(9)} ${String(size).padStart(7)} KB  exit ${out.code}  ${(ms / 1000).toFixed(1).padStart(6)} s  ${(out.rss / 1024).toFixed(0).padStart(6)} MB${res.stderr ? "  " + res.stderr.trim().split("\n")[0].slice(0, 80) : ""}`);
}

async function main() {
  const cases = [
    ["far cell XFD1048576", "far.xlsx", farCell()],
    ["20,000 merges", "merges20k.xlsx", merges(20000)],
    ["60,000 merges", "merges60k.xlsx", merges(60000)],
    ["media zip bomb 4 x 1.9 GB", "bomb.xlsx", await zipBomb(1900 * 1024 * 1024)],
  ];
  console.log(`${"case".padEnd(34)} ${"command".padEnd(9)} ${"file".padStart(10)}  exit  time      peak RSS`);
  for (const [label, name, bytes] of cases) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    run(label, file, ["validate", file]);
    run(label, file, ["fill", file, "-o", path.join(dir, `fill-${name}`), "--force"]);
    run(label, file, ["decree", file, "--meta", META, "-o", path.join(dir, `decree-${name}`), "--force"]);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main();
