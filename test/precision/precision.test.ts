/**
 * Precision on real plans, measured as the project is judged (scripts/precision.js holds the measure):
 * every real-like plan in test/fixtures/real (a sheet source + its sidecar) and, when the folder exists
 * beside the repo, every shared real plan in ../shared/real (an .xlsx + its sidecar) is opened as an
 * .xlsx the way the CLI opens it, recognized and validated; then
 *   - the table is recognized once, with its genre and exact Sasaran and indicator counts;
 *   - at most 10 % of the errors stand on rows with no real mistake;
 *   - at most 15 % of the mistaken rows get no finding (any severity);
 *   - at most one finding per indicator row;
 *   - an evaluation table, a spending list or a bare Perjanjian Kinerja is not validated as a plan.
 * The sidecars say what a careful reviewer sees; they are not written to suit the code.
 */
import * as fs from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { summarizeTable } from "../../src/core/analyze";
import { rangeToA1 } from "../../src/core/grid";
import { validateAnalysis } from "../../src/core/rules";
import { analyzeWorkbook } from "../../src/app/analyze";
import { openWorkbookFile } from "../../src/cli/open";
import type { XlsxWorkbook } from "../../src/xlsx/workbook";
import { xlsxFrom } from "../support/xlsx";
import { gridsFromSource } from "../support/sourceGrid";

interface Sidecar {
  plan?: boolean;
  genre?: string;
  counts?: Record<string, unknown>;
  real_errors?: { cell: string; issue: string }[];
}
interface Case {
  name: string;
  file: string;
  sidecar: Sidecar;
}
interface Result {
  tables: { genre: string; counts: { sasaran: number; indikator: number } }[];
  findings: { cell: string; severity: string }[];
  failure?: string;
}
interface Measured {
  name: string;
  plan: boolean;
  tables: number;
  genre: string | null;
  expectGenre: string | null;
  sasaran: number | null;
  expectSasaran: number | null;
  indikator: number | null;
  expectIndikator: number | null;
  errors: number;
  errorsOnClean: number;
  mistaken: number;
  missed: number;
  findings: number;
  perRow: number;
  pass: boolean;
}

/* eslint-disable @typescript-eslint/no-require-imports */
const precision = require("../../scripts/precision.js") as {
  LIMITS: { errorsOnClean: number; missed: number; perRow: number };
  rowsOf(text: string): Set<number>;
  measure(name: string, sidecar: Sidecar, result: Result): Measured;
  formatTable(measured: Measured[]): string;
  casesIn(folder: string): Case[];
  totals(measured: Measured[]): { errors: number; errorsOnClean: number; mistaken: number; missed: number; findings: number; rows: number; perRow: number };
};
const { workbookFromSource } = require("../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };
/* eslint-enable @typescript-eslint/no-require-imports */

const OWN = path.resolve(__dirname, "..", "fixtures", "real");
const SHARED = path.resolve(__dirname, "..", "..", "..", "shared", "real");
const CASES: Case[] = [...precision.casesIn(OWN), ...(fs.existsSync(SHARED) ? precision.casesIn(SHARED) : [])];

/** The workbook as the CLI opens it: an .xlsx from disk, or a sheet source written to .xlsx and read back. */
async function open(c: Case): Promise<XlsxWorkbook> {
  if (c.file.endsWith(".xlsx")) {
    const opened = await openWorkbookFile(c.file);
    if (!opened.ok) throw new Error(opened.reason.en);
    return opened.workbook;
  }
  return xlsxFrom(workbookFromSource(fs.readFileSync(c.file, "utf8")));
}

/** What `renaksi validate FILE --json` reports, as the measure reads it. */
async function run(c: Case): Promise<Result> {
  const analysis = await analyzeWorkbook(await open(c));
  return {
    tables: analysis.plans.map((p) => ({ genre: p.recognition.genre, counts: summarizeTable(p).counts })),
    findings: analysis.plans.length === 0 ? [] : validateAnalysis(analysis).map((f) => ({ cell: rangeToA1(f.range), severity: f.severity })),
  };
}

const measured: Measured[] = [];

afterAll(() => {
  if (measured.length > 0) console.log(`Precision on real plans\n${precision.formatTable(measured)}`);
});

describe("the real-like fixtures themselves", () => {
  it("there are plans of every common genre and tables that are not plans", () => {
    const own = precision.casesIn(OWN);
    const genres = new Set(own.filter((c) => c.sidecar.plan !== false).map((c) => c.sidecar.genre));
    expect([...genres].sort()).toEqual(["campuran", "nomenklatur", "pk"]);
    expect(own.filter((c) => c.sidecar.plan !== false).length).toBeGreaterThanOrEqual(6);
    expect(own.filter((c) => c.sidecar.plan === false).length).toBeGreaterThanOrEqual(2);
  });

  it.each(precision.casesIn(OWN).filter((c) => c.sidecar.plan !== false).map((c) => [c.name, c] as const))(
    "%s: every real mistake names a cell that holds text, and the counts are given",
    (_name, c) => {
      const [grid] = gridsFromSource(fs.readFileSync(c.file, "utf8"));
      expect(c.sidecar.counts).toEqual({ sasaran: expect.any(Number), indikator: expect.any(Number) });
      expect((c.sidecar.real_errors ?? []).length).toBeGreaterThan(0);
      for (const e of c.sidecar.real_errors ?? []) {
        const [first] = e.cell.split(":");
        const m = /^([A-Z]+)(\d+)$/.exec(first);
        expect(m).not.toBeNull();
        const col = [...m![1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        expect(grid.text[Number(m![2]) - 1]?.[col] ?? "").not.toBe("");
      }
    },
  );

  it('a "\\n" in a source cell is a line break (numbered Rencana Aksi steps in one cell)', () => {
    const [grid] = gridsFromSource(fs.readFileSync(path.join(OWN, "pk-kecamatan-cibadak-2026.tsv"), "utf8"));
    expect(grid.values[4][5]).toBe(
      "1. Melaksanakan survei kepuasan masyarakat\n2. Menindaklanjuti pengaduan dan saran masyarakat\n3. Menyusun laporan hasil SKM",
    );
  });
});

describe("the measure", () => {
  it("maps cells to rows as the judge does and counts errors on clean rows, missed rows and density", () => {
    expect([...precision.rowsOf("H13:K16")]).toEqual([13, 14, 15, 16]);
    const m = precision.measure(
      "x",
      { genre: "pk", counts: { sasaran: 1, indikator: 2 }, real_errors: [{ cell: "H8:K9", issue: "" }, { cell: "C12", issue: "" }] },
      {
        tables: [{ genre: "pk", counts: { sasaran: 1, indikator: 2 } }],
        findings: [
          { cell: "H8:K8", severity: "error" },
          { cell: "C10", severity: "error" },
          { cell: "C12", severity: "info" },
        ],
      },
    );
    expect(m).toMatchObject({ errors: 2, errorsOnClean: 1, mistaken: 3, missed: 1, findings: 3, perRow: 1.5, pass: false });
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  let m: Measured;
  beforeAll(async () => {
    let result: Result;
    try {
      result = await run(c);
    } catch (e) {
      // Recorded in the table, then every test of this plan fails on it.
      measured.push(precision.measure(c.name, c.sidecar, { tables: [], findings: [], failure: e instanceof Error ? e.message : String(e) }));
      throw e;
    }
    m = precision.measure(c.name, c.sidecar, result);
    measured.push(m);
  }, 60000);

  if (c.sidecar.plan === false) {
    it("is not validated as a plan", () => {
      expect(m.tables).toBe(0);
    });
    return;
  }

  it("the table is recognized once, with its genre", () => {
    expect({ tables: m.tables, genre: m.expectGenre === null ? null : m.genre }).toEqual({ tables: 1, genre: m.expectGenre });
  });

  it("Sasaran and indicator counts are exactly what a reader counts", () => {
    expect({ sasaran: m.sasaran, indikator: m.indikator }).toEqual({ sasaran: m.expectSasaran, indikator: m.expectIndikator });
  });

  it(`at most ${precision.LIMITS.errorsOnClean * 100}% of the errors stand on rows with no real mistake`, () => {
    expect({ errors: m.errors, onCleanRows: m.errorsOnClean }).toEqual({
      errors: m.errors,
      onCleanRows: Math.min(m.errorsOnClean, Math.floor(precision.LIMITS.errorsOnClean * m.errors + 1e-9)),
    });
  });

});

/** The targets as stated for the real plans taken together (recall and density); precision is checked per plan above. */
describe("all real plans together", () => {
  it(`at most ${precision.LIMITS.missed * 100}% of the mistaken rows get no finding`, () => {
    const t = precision.totals(measured);
    expect(t.mistaken).toBeGreaterThan(0);
    expect({ mistaken: t.mistaken, missed: t.missed }).toEqual({
      mistaken: t.mistaken,
      missed: Math.min(t.missed, Math.floor(precision.LIMITS.missed * t.mistaken + 1e-9)),
    });
  });

  it(`at most ${precision.LIMITS.perRow} finding per indicator row on average`, () => {
    expect(precision.totals(measured).perRow).toBeLessThanOrEqual(precision.LIMITS.perRow);
  });
});
