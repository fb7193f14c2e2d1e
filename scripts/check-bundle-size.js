#!/usr/bin/env node
"use strict";
/**
 * Bundle size budget: the gzipped size of the production task pane
 * and commands bundles must stay within their budgets; exits 1 above them.
 *
 *   node scripts/check-bundle-size.js            build when dist/ is missing or older than src/, then check
 *   node scripts/check-bundle-size.js --no-build check dist/ as it is (fails when a bundle is missing)
 *   node scripts/check-bundle-size.js --json     one JSON line: {"taskpane": kb, "commands": kb, "ok": bool}
 *
 * Sizes are gzip level 9 of dist/<name>.<hash>.js (webpack.config.js names the
 * production bundles "[name].[contenthash:8].js"), in KiB (1024 bytes).
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { spawnSync } = require("node:child_process");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const BUDGETS_KB = { taskpane: 250, commands: 60 };

/** The newest dist file of an entry ("taskpane" -> dist/taskpane.1a2b3c4d.js), or null. */
function bundleFile(name, dist = DIST) {
  if (!fs.existsSync(dist)) return null;
  const re = new RegExp(`^${name}(\\.[0-9a-f]+)?\\.js$`);
  const files = fs
    .readdirSync(dist)
    .filter((f) => re.test(f))
    .map((f) => path.join(dist, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return files[0] ?? null;
}

/** Newest modification time of the files under a folder (0 when none). */
function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** True when a bundle is missing or older than the sources and the build config. */
function needsBuild(names = Object.keys(BUDGETS_KB)) {
  const files = names.map((n) => bundleFile(n));
  if (files.some((f) => f === null)) return true;
  const built = Math.min(...files.map((f) => fs.statSync(f).mtimeMs));
  const sources = Math.max(newestMtime(path.join(ROOT, "src")), fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs);
  return sources > built;
}

/** Run the production build (webpack) into dist/; returns true on success. */
function build() {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const r = spawnSync(process.execPath, [cli, "--mode", "production"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  return r.status === 0;
}

/** Gzipped size in KiB (one decimal) of each entry's bundle; null for a missing bundle. */
function bundleSizes(names = Object.keys(BUDGETS_KB), dist = DIST) {
  const out = {};
  for (const name of names) {
    const file = bundleFile(name, dist);
    out[name] = file ? Math.round((zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024) * 10) / 10 : null;
  }
  return out;
}

/** Entries over their budget (or missing). */
function overBudget(sizes, budgets = BUDGETS_KB) {
  return Object.keys(budgets).filter((name) => sizes[name] === null || sizes[name] === undefined || sizes[name] > budgets[name]);
}

function main(argv) {
  const json = argv.includes("--json");
  if (!argv.includes("--no-build") && needsBuild()) {
    if (!json) console.log("building the production bundles (npm run build) ...");
    if (!build()) {
      console.error("check-bundle-size: the production build failed");
      return 1;
    }
  }
  const sizes = bundleSizes();
  const over = overBudget(sizes);
  if (json) {
    console.log(JSON.stringify({ ...sizes, ok: over.length === 0 }));
  } else {
    for (const [name, kb] of Object.entries(sizes)) {
      const state = kb === null ? "MISSING" : kb > BUDGETS_KB[name] ? "OVER" : "ok";
      console.log(`${name.padEnd(10)} ${kb === null ? "-" : `${kb} KiB`} gzip (budget ${BUDGETS_KB[name]} KiB) ${state}`);
    }
  }
  if (over.length > 0) console.error(`bundle size budget exceeded: ${over.join(", ")}`);
  return over.length === 0 ? 0 : 1;
}

module.exports = { BUDGETS_KB, bundleFile, bundleSizes, overBudget, needsBuild, build };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
