#!/usr/bin/env node
"use strict";
/**
 * No code from strings in the production bundles (a CSP without 'unsafe-eval' would refuse it): dist/*.js, as
 * `npm run build` makes them, must not call eval, build a function from a
 * string (new Function(...) / Function(...)) or hand a string to a timer,
 * whether the construction is ours or a dependency's. The source scan in
 * test/reliability/security.test.ts covers src/; this covers what ships.
 *
 *   node scripts/check-bundle-code.js            build when dist/ is missing or older than src/, then scan
 *   node scripts/check-bundle-code.js --no-build scan dist/ as it is (fails when it holds no bundle)
 *   node scripts/check-bundle-code.js --no-build --dist DIR   scan another folder's *.js (tests)
 *
 * Exits 1 on any construction not in ALLOWED, printing the file, offset and the code around it.
 *
 * It also fails when ExcelJS is in a bundle: the pages read and write .xlsx
 * with src/xlsx, and ExcelJS is for Node only (webpack.config.js refuses its
 * modules at build time; this checks what ships, license files included).
 */
const fs = require("node:fs");
const path = require("node:path");
const { build, needsBuild } = require("./check-bundle-size");

const DIST = path.join(__dirname, "..", "dist");

/** Code from strings: direct and indirect eval, the Function constructor (with or without new), string timers. */
const SUSPECT = /\beval\s*\(|[(,]\s*eval\s*\)|(?:^|[^.\w$])Function\s*\(|\bset(?:Timeout|Interval|Immediate)\s*\(\s*["'`]/g;

/**
 * Known harmless third-party idioms, each found by reading this project's
 * production bundles (taskpane, commands, preview) whole. Each
 * builds a function from a constant string, never from data, and runs only
 * where the page's CSP (no 'unsafe-eval') would not stop it anyway. A match
 * inside one of these is allowed; anything else fails.
 */
const ALLOWED = [
  {
    name: "webpack runtime: the global object (__webpack_require__.g)",
    // try { return this || new Function("return this")() } catch { ... window }: globalThis first.
    pattern: /this\|\|new Function\("return this"\)\(\)/g,
  },
  {
    name: "globalThis fallbacks of lodash (root.js) and core-js (internals/global-this), in ExcelJS's bundle",
    // freeGlobal || freeSelf || Function("return this")(): globalThis and self exist in every browser first.
    pattern: /\|\|Function\("return this"\)\(\)/g,
  },
  {
    name: "regenerator-runtime (in ExcelJS's bundle): set the global in strict mode",
    // try { regeneratorRuntime = r } catch { globalThis ? globalThis.regeneratorRuntime = r : Function(...)(r) }
    pattern: /Function\("r","regeneratorRuntime = r"\)\([\w$]+\)/g,
  },
  {
    name: "setImmediate polyfill (setimmediate, in ExcelJS's bundle): a string argument as code",
    // Reached only when setImmediate is called with a string; ExcelJS and its dependencies pass functions.
    pattern: /"function"!=typeof ([\w$]+)&&\(\1=new Function\(""\+\1\)\)/g,
  },
];

/**
 * Marks ExcelJS leaves in a minified bundle or its extracted license file:
 * its banner, the creator it writes, the upgrade note of its errors.
 */
const EXCELJS = /\/\*! ExcelJS\b|\|\|"ExcelJS"|github\.com\/exceljs\/exceljs/g;

/** Where a text holds ExcelJS's marks (offset and the code around each). */
function excelJsMarks(text) {
  return [...text.matchAll(EXCELJS)].map((m) => ({ offset: m.index, code: text.slice(Math.max(0, m.index - 40), m.index + 60).replace(/\s+/g, " ") }));
}

/** The production bundles in dist/ (not their .LICENSE.txt files). */
function bundles(dist = DIST) {
  if (!fs.existsSync(dist)) return [];
  return fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((f) => path.join(dist, f));
}

/**
 * Scan one bundle's code: the constructions not allowed (offset and the code
 * around them), and how often each allowed idiom occurs.
 */
function scan(code) {
  const spans = [];
  const allowed = {};
  for (const a of ALLOWED) {
    for (const m of code.matchAll(a.pattern)) {
      spans.push([m.index, m.index + m[0].length]);
      allowed[a.name] = (allowed[a.name] ?? 0) + 1;
    }
  }
  const found = [];
  for (const m of code.matchAll(SUSPECT)) {
    const start = m.index + m[0].search(/eval|Function|set/);
    if (spans.some(([from, to]) => start >= from && start < to)) continue;
    found.push({ offset: start, code: code.slice(Math.max(0, start - 60), start + 80).replace(/\s+/g, " ") });
  }
  return { found, allowed };
}

function main(argv) {
  const at = argv.indexOf("--dist");
  const dist = at >= 0 ? path.resolve(argv[at + 1] ?? "") : DIST;
  if (!argv.includes("--no-build") && needsBuild()) {
    console.log("building the production bundles (npm run build) ...");
    if (!build()) {
      console.error("check-bundle-code: the production build failed");
      return 1;
    }
  }
  const files = bundles(dist);
  if (files.length === 0) {
    console.error(`check-bundle-code: no bundle in ${dist} (run npm run build)`);
    return 1;
  }
  let bad = 0;
  let excelJs = 0;
  for (const file of files) {
    for (const f of [file, `${file}.LICENSE.txt`].filter((x) => fs.existsSync(x))) {
      for (const m of excelJsMarks(fs.readFileSync(f, "utf8"))) {
        console.error(`  ${path.basename(f)} @${m.offset}: ExcelJS: ...${m.code}...`);
        excelJs++;
      }
    }
    const { found, allowed } = scan(fs.readFileSync(file, "utf8"));
    const known = Object.entries(allowed).map(([name, n]) => `${name} x${n}`);
    console.log(`${path.basename(file)}: ${found.length === 0 ? "no code from strings" : `${found.length} construction(s) of code from strings`}${known.length ? `; allowed: ${known.join("; ")}` : ""}`);
    for (const f of found) console.error(`  ${path.basename(file)} @${f.offset}: ...${f.code}...`);
    bad += found.length;
  }
  if (bad > 0) console.error("check-bundle-code: eval / Function from strings in the production bundles (see above); remove it, or explain it in ALLOWED");
  if (excelJs > 0) console.error("check-bundle-code: ExcelJS in the production bundles (see above); the pages use src/xlsx, ExcelJS is for Node only");
  return bad === 0 && excelJs === 0 ? 0 : 1;
}

module.exports = { ALLOWED, SUSPECT, EXCELJS, bundles, scan, excelJsMarks };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
