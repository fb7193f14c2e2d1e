import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";

// The architecture as CI enforces it, on the real tree:
// - renaksi/core-purity (eslint.config.mjs) over every file under src/core, with the
//   project's own config, finds nothing; and the same ESLint, given a core file that
//   imports react or fs or uses Office.js's global, reports each;
// - scripts/check-cycles.js finds no import cycle under src/ (type imports count),
//   and does find one closed by a type import in a fixture.
// ESLint loads the .mjs config with a dynamic import(), which Jest's VM cannot do,
// so its Node API runs in a child Node process (as in rules.test.ts).
const root = path.resolve(__dirname, "../..");
const coreDir = path.join(root, "src/core");

interface Linted {
  filePath: string;
  messages: { ruleId: string | null; severity: number; message: string; line: number }[];
}
interface Report {
  tree: Linted[];
  ruleOn: Record<string, unknown>;
  fixture: Linted;
}

const FIXTURE = [
  'import { useState } from "react";',
  'import fs from "fs";',
  'import { ExcelWorkbook } from "../../excel/workbook";',
  "export const parts = [useState, fs, ExcelWorkbook];",
  "export function host(): string {",
  "  return Office.context.displayLanguage;",
  "}",
  "",
].join("\n");

const RUNNER = `
const { ESLint } = require("eslint");
const path = require("node:path");
(async () => {
  const [coreDir, fixturePath, fixture] = JSON.parse(process.argv[1]);
  const eslint = new ESLint({ cwd: process.cwd() });
  const pick = (r) => ({
    filePath: r.filePath,
    messages: r.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line })),
  });
  const tree = (await eslint.lintFiles([coreDir])).map(pick);
  const ruleOn = {};
  for (const r of tree) ruleOn[r.filePath] = (await eslint.calculateConfigForFile(r.filePath)).rules["renaksi/core-purity"];
  const [fixtureResult] = await eslint.lintText(fixture, { filePath: fixturePath });
  process.stdout.write(JSON.stringify({ tree, ruleOn, fixture: pick(fixtureResult) }));
})().catch((e) => { console.error(e); process.exit(1); });
`;

function tsFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? tsFilesUnder(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

let report: Report;

beforeAll(() => {
  const args = JSON.stringify([coreDir, path.join(coreDir, "plan", "fixtureImpure.ts"), FIXTURE]);
  const stdout = execFileSync(process.execPath, ["-e", RUNNER, args], { cwd: root, encoding: "utf8", timeout: 170_000 });
  report = JSON.parse(stdout) as Report;
}, 180_000);

describe("renaksi/core-purity on the real src/core", () => {
  it("lints every .ts/.tsx file under src/core, each with the rule on as an error", () => {
    const linted = report.tree.map((r) => r.filePath).sort();
    expect(linted).toEqual(tsFilesUnder(coreDir).sort());
    expect(linted.length).toBeGreaterThan(100);
    for (const file of linted) expect([file, report.ruleOn[file]]).toEqual([file, [2]]);
  });

  it("finds no violation", () => {
    const violations = report.tree.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === "renaksi/core-purity")
        .map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.message}`),
    );
    expect(violations).toEqual([]);
  });

  it("reports a core file that imports react, fs or an adapter, or uses Office.js's global", () => {
    const purity = report.fixture.messages.filter((m) => m.ruleId === "renaksi/core-purity" && m.severity === 2);
    expect(purity.map((m) => [m.line, m.message])).toEqual([
      [1, expect.stringContaining('"react" resolves outside src/core')],
      [2, expect.stringContaining('"fs" resolves outside src/core')],
      [3, expect.stringContaining('"../../excel/workbook" resolves outside src/core')],
      [6, expect.stringContaining('"Office" is a global of Office.js')],
    ]);
  });
});

describe("scripts/check-cycles.js", () => {
  const script = path.join(root, "scripts/check-cycles.js");
  const run = (dir?: string) =>
    spawnSync(process.execPath, dir ? [script, dir] : [script], { cwd: root, encoding: "utf8", timeout: 60_000 });

  it("finds no import cycle under src/", () => {
    const r = run();
    expect(r.stdout).not.toContain("import cycle:");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^no import cycles \(\d+ files under src\)/m);
  });

  describe("on a fixture", () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-cycles-"));
      fs.mkdirSync(path.join(dir, "numbers"));
      // numbers.ts <-> numbers/parse.ts, closed by a type import (the shape the issue found)
      fs.writeFileSync(path.join(dir, "numbers.ts"), 'export { parse } from "./numbers/parse";\nexport type Reading = number;\n');
      fs.writeFileSync(path.join(dir, "numbers/parse.ts"), 'import type { Reading } from "../numbers";\nexport const parse = (s: string): Reading => Number(s);\n');
      // a type-position import("...") and an index file count as well: a.ts -> b/index.ts -> a.ts
      fs.mkdirSync(path.join(dir, "b"));
      fs.writeFileSync(path.join(dir, "a.ts"), 'import { b } from "./b";\nexport const a = b;\n');
      fs.writeFileSync(path.join(dir, "b/index.ts"), 'export const b = 1;\nexport type A = typeof import("../a").a;\n');
      // no cycle: a package import, a one-way import
      fs.writeFileSync(path.join(dir, "c.ts"), 'import fs from "fs";\nimport { a } from "./a";\nexport const c = [fs, a];\n');
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("prints each cycle and exits 1", () => {
      const r = run(dir);
      expect(r.status).toBe(1);
      const cycles = r.stdout.split("\n").filter((l) => l.startsWith("import cycle:"));
      expect(cycles).toHaveLength(2);
      expect(cycles.some((l) => l.includes("numbers.ts") && l.includes("numbers/parse.ts"))).toBe(true);
      expect(cycles.some((l) => l.includes("a.ts") && l.includes("b/index.ts"))).toBe(true);
      expect(r.stdout).not.toMatch(/\/c\.ts/);
      expect(r.stdout).toContain("2 import cycles");
    });
  });
});
