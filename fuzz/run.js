#!/usr/bin/env node
"use strict";
/**
 * The long fuzz run (`npm run fuzz`): the property tests of test/reliability
 * with their long case counts (RENAKSI_FUZZ=1), the stress sizes kept out of
 * `npm test` (STRESS below: 160,000 findings in test/reliability/largeCounts,
 * the compiled CLI on a 200,000-row sheet, whole Excel actions at 20,000 rows, a 20,000-row
 * sheet through the .xlsx adapter), then a check that at least
 * 100,000 cases ran in total and none failed. Exits non-zero on any failure.
 *
 * Needs only the installed packages (jest, ts-jest, fast-check): no build step.
 *   node fuzz/run.js                 every property, long counts
 *   node fuzz/run.js --seed 1234     reproduce a run (fast-check prints the seed of a failure)
 *   node fuzz/run.js --scale 0.1     a tenth of each count (a quick look; the 100,000 floor is then not checked)
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const MIN_CASES = 100_000;
/** Test files outside test/reliability that read RENAKSI_FUZZ for their stress size. */
const STRESS = ["test/cli/badInput.test.ts", "test/excel/syncs-actions.test.ts", "test/xlsx/large.test.ts"];
const ROOT = path.resolve(__dirname, "..");

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seed = option("seed");
const scale = option("scale");
const report = path.join(os.tmpdir(), `renaksi-fuzz-${process.pid}-${Date.now()}.jsonl`);
const env = { ...process.env, RENAKSI_FUZZ: "1", RENAKSI_FUZZ_REPORT: report };
if (seed !== undefined) env.RENAKSI_FUZZ_SEED = seed;
if (scale !== undefined) env.RENAKSI_FUZZ_SCALE = scale;

const started = Date.now();
const jest = spawnSync(process.execPath, [require.resolve("jest/bin/jest", { paths: [ROOT] }), "test/reliability", ...STRESS, "--ci"], {
  cwd: ROOT,
  env,
  stdio: "inherit",
});

let lines = [];
try {
  lines = fs.readFileSync(report, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
} catch {
  lines = [];
} finally {
  fs.rmSync(report, { force: true });
}

const total = lines.reduce((n, l) => n + l.runs, 0);
const failed = lines.filter((l) => l.failed);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log("\nfuzz: cases per property");
for (const l of lines) console.log(`  ${String(l.runs).padStart(7)}  ${l.name}${l.skipped ? ` (${l.skipped} generated cases skipped (fc.pre))` : ""}${l.failed ? "  FAILED" : ""}`);
console.log(`  ${String(total).padStart(7)}  in total, ${minutes} min`);

const floor = scale === undefined ? MIN_CASES : 0;
if (jest.status !== 0 || failed.length > 0) {
  console.error(`fuzz: FAILED (jest exit ${jest.status}${jest.signal ? `, signal ${jest.signal}` : ""}; ${failed.length} properties failed)`);
  process.exit(1);
}
if (total < floor) {
  console.error(`fuzz: only ${total} cases ran; at least ${floor} are required`);
  process.exit(1);
}
console.log("fuzz: passed");
