#!/usr/bin/env node
"use strict";
/**
 * `npm run demo`: build the example workbook from its readable source, then check it with
 * `renaksi validate`. The example is a real plan with real mistakes, so the check finds
 * errors (exit 1 from renaksi); the demo itself succeeds unless the file cannot be used.
 */
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const build = spawnSync(process.execPath, [path.join(__dirname, "build-examples.js")], { cwd: root, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const file = path.join("examples", "rencana-aksi-dinkop-nganjuk-2022.xlsx");
const run = spawnSync(process.execPath, [path.join(root, "bin", "renaksi.js"), "validate", file, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
process.exit(run.status === 0 || run.status === 1 ? 0 : run.status ?? 2);
