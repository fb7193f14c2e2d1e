/**
 * The fill writes what validation accepts: on every fixture that holds a table and on the
 * example plan, for each strategy, the grid with the fill's edits applied raises no finding
 * on a written cell that was not raised there before the fill.
 */
import * as fs from "fs";
import * as path from "path";
import { analyzeGrids } from "../../../src/core/analyze";
import type { CellEdit } from "../../../src/core/edits";
import { planFill, type FillOptions, type FillStrategy } from "../../../src/core/fill";
import type { Finding } from "../../../src/core/finding";
import { rangeToA1, type Grid } from "../../../src/core/grid";
import { validate } from "../../../src/core/rules";
import { displayText } from "../../../src/xlsx/display";
import { gridsFromSource } from "../../support/sourceGrid";
import { applyToGrid } from "../../reliability/support/wellFormed";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const FIXTURES = path.join(ROOT, "test", "fixtures", "src");
const EXAMPLES = path.join(ROOT, "examples", "src");

const SOURCES: [string, string][] = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".tsv")).map((f): [string, string] => [f, path.join(FIXTURES, f)]),
  ...fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".tsv")).map((f): [string, string] => [`examples/${f}`, path.join(EXAMPLES, f)]),
];

const STRATEGIES: FillStrategy[] = [
  { kind: "auto" },
  { kind: "even" },
  { kind: "months" },
  { kind: "months", startQuarter: 3 },
  { kind: "weights", weights: [10, 20, 30, 40] },
  { kind: "copy" },
];

/** Every option set a user could pick for a strategy: the columns, with and without overwrite. */
function optionSets(strategy: FillStrategy): FillOptions[] {
  const columns: FillOptions["columns"][] = strategy.kind === "copy" ? ["both", "kinerja", "pelaksanaan"] : ["both"];
  return columns.flatMap((c) => [false, true].map((overwrite) => ({ strategy, columns: c, overwrite })));
}

function findingsOf(grids: readonly Grid[]): Finding[] {
  const analysis = analyzeGrids(grids);
  return [...analysis.findings, ...analysis.plans.flatMap((p) => validate(p))];
}

/** The grids with the edits applied; written cells show what Excel would show for them. */
function applied(grids: readonly Grid[], edits: readonly CellEdit[]): Grid[] {
  return grids.map((g) => {
    const own = edits.filter((e) => e.sheet === g.sheet);
    if (own.length === 0) return g;
    const { values, formats } = applyToGrid(g, own);
    const text = g.text.map((r) => r.slice());
    for (const e of own) text[e.row - g.origin.row][e.col - g.origin.col] = displayText(values[e.row - g.origin.row][e.col - g.origin.col], formats[e.row - g.origin.row][e.col - g.origin.col]);
    return { ...g, values, formats, text };
  });
}

/**
 * A finding's identity. The table's one summary of its quarter readings (percent.mixedReadings) is the
 * same finding wherever it stands: it moves to the rows that read otherwise as a fill changes the counts.
 */
const TABLE_SUMMARIES = new Set(["percent.mixedReadings"]);
const key = (f: Finding) => (TABLE_SUMMARIES.has(f.rule) ? `${f.sheet} ${f.rule}` : `${f.sheet}!${rangeToA1(f.range)} ${f.rule}`);

function onWritten(f: Finding, edits: readonly CellEdit[]): boolean {
  const r = f.range;
  return edits.some((e) => e.sheet === f.sheet && e.row >= r.top && e.row <= r.bottom && e.col >= r.left && e.col <= r.right);
}

const tables = SOURCES.map(([name, file]) => [name, gridsFromSource(fs.readFileSync(file, "utf8"))] as const)
  .filter(([, grids]) => analyzeGrids(grids).plans.length > 0);

describe("validating a filled plan reports nothing new on the cells the fill wrote", () => {
  it("covers the example and the fixtures that hold a table", () => {
    expect(tables.map(([n]) => n)).toContain("examples/rencana-aksi-dinkop-nganjuk-2022.tsv");
    expect(tables.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(tables)("%s", (_name, grids) => {
    const before = new Set(findingsOf(grids).map(key));
    const plans = analyzeGrids(grids).plans;

    it.each(STRATEGIES.map((s) => [JSON.stringify(s), s] as const))("strategy %s", (_label, strategy) => {
      let written = 0;
      for (const options of optionSets(strategy)) {
        const edits = plans.flatMap((p) => planFill(p, options).edits);
        written += edits.length;
        const fresh = findingsOf(applied(grids, edits)).filter((f) => onWritten(f, edits) && !before.has(key(f)));
        expect({ options, fresh: fresh.map((f) => `${key(f)}: ${f.message.en}`) }).toEqual({ options, fresh: [] });
      }
      // the property holds because something was written, not because nothing was (copy may find nothing to copy)
      if (strategy.kind !== "copy") expect(written).toBeGreaterThan(0);
    });
  });
});
