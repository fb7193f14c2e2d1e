#!/usr/bin/env node
"use strict";
/**
 * `npm run bench [-- --json] [-- --batch]`: compiles the CLI (lib/, with its code
 * cache, as `npm run build:cli`) and the benchmark (lib/bench/) with the installed
 * TypeScript, then runs it.
 * --no-build skips both compilations.
 */
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.join(__dirname, "..");
const argv = process.argv.slice(2);

function tsc(project) {
  const bin = require.resolve("typescript/bin/tsc", { paths: [root] });
  const r = spawnSync(process.execPath, [bin, "-p", project], { cwd: root, stdio: "inherit" });
  // 2: type errors, JavaScript emitted all the same (others' work in progress must not stop a measurement).
  if (r.status === 2) console.error(`bench: tsc -p ${project} reported type errors; measuring the emitted JavaScript`);
  else if (r.status !== 0) {
    console.error(`bench: tsc -p ${project} failed`);
    process.exit(2);
  }
}

if (!argv.includes("--no-build")) {
  tsc("tsconfig.cli.json");
  // As `npm run build:cli`: the CLI measured is the CLI users run, with its code cache.
  spawnSync(process.execPath, [path.join(root, "scripts", "code-cache.js")], { cwd: root, stdio: "inherit" });
  tsc("bench/tsconfig.json");
}
require(path.join(root, "lib", "bench", "bench", "main.js"))
  .main(argv)
  .then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof Error ? e.stack : e);
      process.exit(1);
    },
  );
