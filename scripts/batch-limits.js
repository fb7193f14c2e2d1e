#!/usr/bin/env node
/**
 * Time and peak memory of `renaksi validate FOLDER --json` over many files (issue 18, "Heavy and
 * hostile use"): N hard links (copies where links are refused) of the example plan in one folder,
 * checked by the compiled CLI in a child process of its own; its --json goes to a file whose
 * document is then parsed and counted. Memory is the child's peak resident set (worker threads
 * included: they share the process).
 *
 *   npm run build:cli && node scripts/batch-limits.js [N=10000] [--jobs J] [--text]
 *   RENAKSI_LIB=/tmp/build node scripts/batch-limits.js 2000     (a lib/ compiled elsewhere)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const LIB = process.env.RENAKSI_LIB || path.join(ROOT, "lib");
const EXAMPLE = path.join(ROOT, "examples/rencana-aksi-dinkop-nganjuk-2022.xlsx");
// examples/*.xlsx is build output (npm run demo makes it): build it when a fresh clone has none.
if (!fs.existsSync(EXAMPLE)) require("child_process").spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-examples.js")], { stdio: "inherit" });

const argv = process.argv.slice(2);
const n = Number(argv.find((a) => /^\d+$/.test(a)) ?? 10000);
const jobsAt = argv.indexOf("--jobs");
const jobs = jobsAt >= 0 ? argv[jobsAt + 1] : null;
const text = argv.includes("--text");

/**
 * The files the --json document lists, read by chunks (10,000 reports of the example are about
 * 600 MB, more than one string may hold): it opens with {"files":[, closes with ]}, and each
 * file after the first starts with ,{"file": (a file name inside a string would be escaped).
 */
function countListed(file) {
  const fd = fs.openSync(file, "r");
  const chunk = Buffer.alloc(1 << 20);
  const marker = Buffer.from(',{"file":');
  let count = 0;
  let carry = Buffer.alloc(0);
  let first = null;
  let last = Buffer.alloc(0);
  for (let n; (n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
    const buf = Buffer.concat([carry, chunk.subarray(0, n)]);
    if (first === null) first = buf.subarray(0, 11).toString();
    for (let at = buf.indexOf(marker); at >= 0; at = buf.indexOf(marker, at + 1)) count++;
    carry = Buffer.from(buf.subarray(Math.max(0, buf.length - marker.length + 1)));
    last = Buffer.from(buf.subarray(Math.max(0, buf.length - 3)));
  }
  fs.closeSync(fd);
  if (first !== '{"files":[{' || last.toString() !== "]}\n") throw new Error(`not one --json document: ${first} ... ${last}`);
  return count + 1;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-batch-"));
try {
  const folder = path.join(dir, "plans");
  fs.mkdirSync(folder);
  for (let i = 0; i < n; i++) {
    const file = path.join(folder, `opd-${String(i).padStart(5, "0")}.xlsx`);
    try {
      fs.linkSync(EXAMPLE, file);
    } catch {
      fs.copyFileSync(EXAMPLE, file);
    }
  }
  const out = path.join(dir, "report.out");
  const args = ["validate", folder, ...(text ? [] : ["--json"]), ...(jobs ? ["--jobs", jobs] : []), "--lang", "en"];
  // The child writes the report to a file descriptor (as a shell redirection does) and prints its own peak memory.
  const script = `
    const fs = require("fs");
    const fd = fs.openSync(${JSON.stringify(out)}, "w");
    const io = { out: (s) => fs.writeSync(fd, s), err: (s) => process.stderr.write(s), errIsTTY: false, outIsTTY: false, env: {}, cwd: ${JSON.stringify(dir)} };
    require(${JSON.stringify(path.join(LIB, "cli/main.js"))}).main(${JSON.stringify(args)}, io).then((code) => {
      fs.closeSync(fd);
      process.stdout.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }));
    });`;
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) {
    process.stderr.write(child.stderr);
    throw new Error(`the child ended with status ${child.status} (signal ${child.signal})`);
  }
  const { code, maxRssKb } = JSON.parse(child.stdout);
  const bytes = fs.statSync(out).size;
  const listed = text ? "-" : String(countListed(out));
  console.log(
    [
      `files            ${n}`,
      `jobs             ${jobs ?? "default"} (${os.availableParallelism()} cores)`,
      `output           ${text ? "text" : "--json"}, ${(bytes / 1024 / 1024).toFixed(1)} MB${text ? "" : `, ${listed} files listed`}`,
      `exit code        ${code}`,
      `time             ${seconds.toFixed(1)} s (${((seconds * 1000) / n).toFixed(1)} ms per file)`,
      `peak memory      ${(maxRssKb / 1024).toFixed(0)} MB resident`,
    ].join("\n"),
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
