#!/usr/bin/env node
"use strict";
/**
 * Precision of the validator on real plans, measured as the project is judged:
 *   node scripts/precision.js ../shared/real [test/fixtures/real ...]
 *
 * Every FILE.xlsx (or FILE.tsv, a readable sheet source) with a sidecar FILE.json is run through
 * `renaksi validate FILE --json` (bin/renaksi.js over lib/: run `npm run build:cli` after changing src).
 * The sidecar says what a careful reader sees: `counts` (Sasaran groups and indicator rows),
 * `genre` (or a "_pk" in the file name), `real_errors` [{cell, issue}], or `"plan": false` for a table
 * that is not a Rencana Aksi. Per plan the table shows:
 *   - tables recognized, genre, Sasaran and indicator counts (found/expected);
 *   - errors, and how many stand on rows with no real mistake (at most 10 % of the errors);
 *   - mistaken rows, and how many got no finding of any severity (at most 15 %);
 *   - findings per indicator row (at most 1.0).
 * Cells map to rows as the project's judges map them: a finding's row is the first row of its
 * cell; a real error covers every row of its range. Exit code 1 when a plan misses a threshold.
 *
 * The measure is exported for test/precision/precision.test.ts, so the test and this script agree.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const LIMITS = { errorsOnClean: 0.1, missed: 0.15, perRow: 1.0 };

/** Every row a cell or range text names ("H8:K8" -> 8; "H13:K16" -> 13..16). */
function rowsOf(text) {
  const rows = new Set();
  for (const m of String(text).matchAll(/\b[A-Z]{1,3}(\d{1,6})(?::[A-Z]{1,3}(\d{1,6}))?\b/g)) {
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    for (let r = Math.min(a, b); r <= Math.max(a, b); r++) rows.add(r);
  }
  return rows;
}

/** The row of a finding's cell (its first row; a sheet prefix is dropped). */
function rowOf(cell) {
  const m = /(\d+)/.exec(String(cell).split("!").pop());
  return m ? Number(m[1]) : 0;
}

/** What the sidecar expects: plan or not, genre, Sasaran groups, indicator rows, mistaken rows. */
function expectedOf(sidecar, file) {
  const counts = sidecar.counts || {};
  const known = new Set();
  for (const e of sidecar.real_errors || []) for (const r of rowsOf(e.cell)) known.add(r);
  const base = path.basename(String(file || sidecar.file || ""));
  return {
    plan: sidecar.plan !== false,
    genre: sidecar.genre || (/(^|[_-])pk([_.-]|$)/i.test(base) ? "pk" : null),
    sasaran: counts.sasaran_groups_displayed ?? counts.sasaran ?? null,
    indikator: counts.indikator ?? counts.indicator_rows ?? null,
    known,
  };
}

/**
 * The figures of one plan. result: { tables: [{ genre?, counts: { sasaran, indikator } }],
 * findings: [{ cell, severity }], failure? } (the CLI's --json document, or the same built in a test;
 * failure: the run broke, e.g. an exception inside the engine).
 */
function measure(name, sidecar, result) {
  const exp = expectedOf(sidecar, name);
  const tables = result.tables || [];
  const findings = result.findings || [];
  const first = tables[0];
  const errors = findings.filter((f) => f.severity === "error");
  const errorsOnClean = errors.filter((f) => !exp.known.has(rowOf(f.cell))).length;
  const flagged = new Set(findings.map((f) => rowOf(f.cell)));
  const missed = [...exp.known].filter((r) => !flagged.has(r)).length;
  const perRow = findings.length / (exp.indikator || 1);
  const m = {
    name,
    plan: exp.plan,
    tables: tables.length,
    genre: first ? first.genre ?? null : null,
    expectGenre: exp.genre,
    sasaran: first ? first.counts.sasaran : null,
    expectSasaran: exp.sasaran,
    indikator: first ? first.counts.indikator : null,
    expectIndikator: exp.indikator,
    errors: errors.length,
    errorsOnClean,
    mistaken: exp.known.size,
    missed,
    findings: findings.length,
    perRow,
  };
  m.checks = exp.plan
    ? {
        recognized: m.tables === 1,
        genre: exp.genre === null || m.genre === exp.genre,
        counts: m.sasaran === exp.sasaran && m.indikator === exp.indikator,
        precision: errorsOnClean <= LIMITS.errorsOnClean * errors.length + 1e-9,
      }
    : { notAPlan: m.tables === 0 };
  if (result.failure) m.crash = String(result.failure);
  m.pass = !m.crash && Object.values(m.checks).every(Boolean);
  return m;
}

const pct = (a, b) => (b === 0 ? "-" : `${Math.round((100 * a) / b)}%`);

/** A compact table, one line per plan. */
function formatTable(measured) {
  const head = ["plan", "tables", "genre", "sasaran", "indikator", "errors", "on clean", "mistaken", "missed", "per row", "ok"];
  const lines = measured.map((m) =>
    m.crash
      ? [m.name, "-", `FAILED: ${m.crash.slice(0, 60)}`, "", "", "", "", "", "", "", "NO"]
      : m.plan
      ? [
          m.name,
          String(m.tables),
          `${m.genre ?? "?"}/${m.expectGenre ?? "?"}`,
          `${m.sasaran ?? "-"}/${m.expectSasaran}`,
          `${m.indikator ?? "-"}/${m.expectIndikator}`,
          String(m.errors),
          `${m.errorsOnClean} (${pct(m.errorsOnClean, m.errors)})`,
          String(m.mistaken),
          `${m.missed} (${pct(m.missed, m.mistaken)})`,
          m.perRow.toFixed(2),
          m.pass ? "yes" : "NO " + Object.keys(m.checks).filter((k) => !m.checks[k]).join(","),
        ]
      : [m.name, String(m.tables), "not a plan", "", "", "", "", "", "", "", m.pass ? "yes" : "NO notAPlan"],
  );
  const all = [head, ...lines];
  const widths = head.map((_, i) => Math.max(...all.map((l) => l[i].length)));
  const fmt = (l) => l.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const t = totals(measured);
  const total =
    `all plans: ${t.errors} errors, ${t.errorsOnClean} on clean rows (${pct(t.errorsOnClean, t.errors)}); ` +
    `${t.missed} of ${t.mistaken} mistaken rows without a finding (${pct(t.missed, t.mistaken)}); ` +
    `${t.perRow.toFixed(2)} findings per indicator row; ${measured.filter((m) => m.pass).length}/${measured.length} plans pass; ` +
    `together: recall ${t.checks.recall ? "ok" : "NO"}, density ${t.checks.density ? "ok" : "NO"}`;
  return [fmt(head), fmt(widths.map((w) => "-".repeat(w))), ...lines.map(fmt), "", total].join("\n");
}

/**
 * The plans taken together, as the targets are stated ("at least 85% of the really wrong rows get
 * a finding; at most one finding per indicator row on average"). Precision is checked plan by plan
 * (measure): an error on a clean row costs the trust of that plan's reader.
 */
function totals(measured) {
  const plans = measured.filter((m) => m.plan && !m.crash);
  const sum = (k) => plans.reduce((s, m) => s + m[k], 0);
  const rows = plans.reduce((s, m) => s + (m.expectIndikator || 0), 0);
  const t = { errors: sum("errors"), errorsOnClean: sum("errorsOnClean"), mistaken: sum("mistaken"), missed: sum("missed"), findings: sum("findings"), rows };
  t.perRow = t.findings / (rows || 1);
  t.checks = { recall: t.missed <= LIMITS.missed * t.mistaken + 1e-9, density: t.perRow <= LIMITS.perRow + 1e-9 };
  return t;
}

/** FILE.xlsx / FILE.tsv with a FILE.json beside it, in each folder. */
function casesIn(folder) {
  return fs
    .readdirSync(folder)
    .filter((f) => /\.(xlsx|tsv)$/i.test(f) && fs.existsSync(path.join(folder, f.replace(/\.(xlsx|tsv)$/i, ".json"))))
    .sort()
    .map((f) => ({
      name: f.replace(/\.(xlsx|tsv)$/i, ""),
      file: path.join(folder, f),
      sidecar: JSON.parse(fs.readFileSync(path.join(folder, f.replace(/\.(xlsx|tsv)$/i, ".json")), "utf8")),
    }));
}

/** The CLI's --json document of one workbook ({tables: [], findings: []} when it found no table). */
function validateWithCli(root, file) {
  const r = spawnSync(process.execPath, [path.join(root, "bin", "renaksi.js"), "validate", file, "--json", "--lang", "en"], {
    encoding: "utf8",
    timeout: 60000,
    maxBuffer: 1 << 26,
  });
  let doc;
  try {
    doc = JSON.parse(r.stdout);
  } catch {
    return { tables: [], findings: [], failure: `no JSON (exit ${r.status})` };
  }
  if (doc.files) {
    const error = doc.files[0].error;
    // "no table / not a plan" is an answer (right for a table that is not a plan); an exception is a failure.
    if (error && /^An unexpected error/.test(error)) return { tables: [], findings: [], failure: error };
    doc = error ? { tables: [], findings: [] } : doc.files[0];
  }
  return { tables: doc.tables || [], findings: doc.findings || [] };
}

async function main(argv) {
  const root = path.resolve(__dirname, "..");
  const folders = argv.length > 0 ? argv : [path.join(root, "..", "shared", "real"), path.join(root, "test", "fixtures", "real")];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-precision-"));
  const measured = [];
  try {
    for (const folder of folders.filter((f) => fs.existsSync(f))) {
      for (const c of casesIn(folder)) {
        let file = c.file;
        if (file.endsWith(".tsv")) {
          const { workbookFromSource } = require("./sheet-source.js");
          file = path.join(tmp, `${c.name}.xlsx`);
          await workbookFromSource(fs.readFileSync(c.file, "utf8")).xlsx.writeFile(file);
        }
        measured.push(measure(c.name, c.sidecar, validateWithCli(root, file)));
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (measured.length === 0) {
    console.error("no FILE.xlsx / FILE.tsv with a FILE.json sidecar in: " + folders.join(", "));
    return 2;
  }
  console.log(formatTable(measured));
  const { checks } = totals(measured);
  return measured.every((m) => m.pass) && checks.recall && checks.density ? 0 : 1;
}

module.exports = { LIMITS, rowsOf, rowOf, expectedOf, measure, totals, formatTable, casesIn };

if (require.main === module) main(process.argv.slice(2)).then((code) => process.exit(code));
