import path from "node:path";
import { execFileSync } from "node:child_process";

// Runs ESLint's Node API (ESLint#lintText) with the project's real
// eslint.config.mjs on snippets placed (virtually) under src/, so the
// renaksi/core-purity rule is tested as `npm run lint` sees it. ESLint loads the
// .mjs config with a dynamic import(), which Jest's VM cannot do, so the API
// runs in a child Node process.
const root = path.resolve(__dirname, "../..");

interface Snippet {
  name: string;
  filePath: string;
  code: string;
}
interface Message {
  ruleId: string | null;
  severity: number;
  message: string;
}

const RUNNER = `
const { ESLint } = require("eslint");
const path = require("node:path");
let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = {};
  for (const s of JSON.parse(input)) {
    const [r] = await eslint.lintText(s.code, { filePath: path.join(process.cwd(), s.filePath) });
    out[s.name] = r.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, message: m.message }));
  }
  process.stdout.write(JSON.stringify(out));
});
`;

function lintAll(snippets: Snippet[]): Record<string, Message[]> {
  const stdout = execFileSync(process.execPath, ["-e", RUNNER], {
    cwd: root,
    input: JSON.stringify(snippets),
    encoding: "utf8",
    timeout: 120_000,
  });
  return JSON.parse(stdout) as Record<string, Message[]>;
}

const SNIPPETS: Snippet[] = [
  {
    name: "offending",
    filePath: "src/core/x.ts",
    code: [
      'import fs from "fs";',
      'import { join } from "node:path";',
      'import x from "../../excel/y";',
      'import type { Workbook as W } from "exceljs";',
      'export { z } from "../../taskpane/z";',
      'export * from "react";',
      "export const a = [fs, join, x];",
      "export type B = W;",
      "export async function later(): Promise<unknown> {",
      '  return import("office-js");',
      "}",
    ].join("\n"),
  },
  { name: "nestedEscape", filePath: "src/core/plan/deep/p.ts", code: 'import { g } from "../../../xlsx/read";\nexport const v = g;\n' },
  { name: "computed", filePath: "src/core/x.ts", code: "export function load(name: string): Promise<unknown> {\n  return import(name);\n}\n" },
  {
    name: "clean",
    filePath: "src/core/plan/x.ts",
    code: [
      'import type { Grid } from "../grid";',
      'import { msg } from "../i18n";',
      'import { helper } from "./helper";',
      'export * from "../finding";',
      "export const use = (g: Grid) => [g, msg, helper];",
      "",
    ].join("\n"),
  },
  { name: "outsideCore", filePath: "src/xlsx/x.ts", code: 'import fs from "fs";\nexport const f = fs;\n' },
  {
    name: "exceljsEntry",
    filePath: "src/cli/x.ts",
    code: 'import type { Worksheet } from "exceljs";\nimport ExcelJS from "exceljs";\nexport const w = (ws: Worksheet) => [ws, new ExcelJS.Workbook()];\n',
  },
  { name: "exceljsInPreview", filePath: "src/preview/x.ts", code: 'import * as ExcelJS from "exceljs";\nexport const b = new ExcelJS.Workbook();\n' },
];

let results: Record<string, Message[]>;

beforeAll(() => {
  results = lintAll(SNIPPETS);
}, 120_000);

const purity = (name: string): string[] =>
  results[name].filter((m) => m.ruleId === "renaksi/core-purity" && m.severity === 2).map((m) => m.message);

describe("renaksi/core-purity", () => {
  it("rejects packages, node built-ins and paths that leave src/core", () => {
    const errors = purity("offending");
    expect(errors).toHaveLength(7);
    for (const source of ["fs", "node:path", "../../excel/y", "exceljs", "../../taskpane/z", "react", "office-js"]) {
      expect(errors.some((e) => e.includes(`"${source}"`))).toBe(true);
    }
  });

  it("rejects a relative path that climbs out of src/core from a nested folder", () => {
    expect(purity("nestedEscape")).toEqual([expect.stringContaining('"../../../xlsx/read"')]);
  });

  it("rejects computed dynamic imports", () => {
    expect(purity("computed")).toEqual([expect.stringContaining("computed import")]);
  });

  it("accepts imports that stay inside src/core, and the snippet is otherwise lint-clean", () => {
    expect(results.clean.filter((m) => m.severity === 2)).toEqual([]);
  });

  it("does not apply outside src/core", () => {
    expect(purity("outsideCore")).toEqual([]);
  });
});

describe("ExcelJS stays out of the source (a development dependency, for test workbooks)", () => {
  const restricted = (name: string): Message[] =>
    results[name].filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports" && m.severity === 2);

  it("rejects every import of exceljs in src, types included", () => {
    expect(restricted("exceljsEntry")).toEqual([
      expect.objectContaining({ message: expect.stringContaining("ExcelJS is for tests only") }),
      expect.objectContaining({ message: expect.stringContaining("ExcelJS is for tests only") }),
    ]);
    expect(restricted("exceljsInPreview")).toEqual([expect.objectContaining({ message: expect.stringContaining("ExcelJS is for tests only") })]);
  });
});
