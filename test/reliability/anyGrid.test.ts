/**
 * Totality: any grid, however broken, goes through recognize, parsePlan,
 * validate and planFill (every strategy) without throwing, gives well-formed
 * results, leaves the grid untouched, and does so within a time bound.
 */
import fc from "fast-check";
import { analyzeGrids } from "../../src/core/analyze";
import { planFill, type FillOptions } from "../../src/core/fill";
import { GridView, type Grid } from "../../src/core/grid";
import { recognize } from "../../src/core/layout/recognize";
import { parsePlan } from "../../src/core/plan/parse";
import { validate, validateAnalysis } from "../../src/core/rules";
import { anyGrid } from "./support/anyGrid";
import { fillOptionsForEach } from "./support/fillOptions";
import { FUZZ, PROPERTY_TIMEOUT, runProperty } from "./support/runs";
import { checkFill, checkFindings, checkPlan, checkRecognition, checkUndo, deepFreeze, ensure, extent } from "./support/wellFormed";

const SIZE = FUZZ ? { maxRows: 100, maxCols: 40 } : { maxRows: 60, maxCols: 30 };
/** Generous: the largest case takes a few tens of milliseconds on a laptop. */
const BOUND_MS = FUZZ ? 5_000 : 2_000;

let slowest = { ms: 0, rows: 0, cols: 0 };
let cases = 0;
let engineMs = 0;
let recognized = 0;
let filled = 0;

/** Every stage on one grid, each result checked; the time bound covers the stages and their checks. */
function throughEngine(grid: Grid, options: readonly FillOptions[]): void {
  const t0 = performance.now();
  cases++;
  const view = new GridView(grid);
  const r = recognize(grid, view);
  if (!r.ok) checkFindings([r.finding], grid);
  else {
    recognized++;
    checkRecognition(r.recognition, grid);
    const plan = parsePlan(view, r.recognition);
    checkPlan(plan, grid);
    checkFindings(validate(plan), grid);
    for (const o of options) {
      const fill = planFill(plan, o);
      checkFill(fill, plan, grid, view, o);
      checkUndo(fill.edits, grid);
      if (fill.edits.length > 0) filled++;
    }
  }
  const analysis = analyzeGrids([grid]);
  ensure(analysis.plans.length === (r.ok ? 1 : 0), "analyzeGrids disagrees with recognize");
  checkFindings(analysis.findings, grid, true);
  checkFindings(validateAnalysis(analysis).slice(analysis.findings.length), grid);
  const ms = performance.now() - t0;
  engineMs += ms;
  if (ms > slowest.ms) slowest = { ms, rows: grid.values.length, cols: view.cols };
}

/**
 * The time bound, checked once a property has run rather than inside it: a case over the bound on a loaded
 * machine would otherwise be shrunk, one slow engine run per step, for minutes.
 */
function expectWithinBound(): void {
  if (slowest.ms >= BOUND_MS) throw new Error(`slowest case took ${slowest.ms.toFixed(0)} ms (bound ${BOUND_MS} ms) on a grid of ${slowest.rows} x ${slowest.cols}`);
}

describe("any grid through the engine", () => {
  afterAll(() => {
    if (FUZZ) console.info(`any grid: ${cases} cases, ${(engineMs / 1000).toFixed(0)} s in the engine, slowest case ${slowest.ms.toFixed(1)} ms (${slowest.rows}x${slowest.cols}); ${recognized} recognized, ${filled} fills with edits`);
  });

  it("never throws, gives well-formed results, reads the grid only, within the time bound", () => {
    const arb = anyGrid(SIZE).chain((grid) => {
      const ext = extent(grid);
      return fc.tuple(fc.constant(grid), fillOptionsForEach({ top: ext.top, bottom: ext.bottom }));
    });
    runProperty("any grid", fc.property(arb, ([grid, options]) => throughEngine(deepFreeze(grid), options)), { short: 200, long: 20_000 });
    // The generator must reach the parser, the rules and the fill, not only "no table".
    expect(recognized).toBeGreaterThan(cases / 10);
    expect(filled).toBeGreaterThan(0);
    expectWithinBound();
  }, PROPERTY_TIMEOUT);

  it("the same for large grids (hundreds of rows; thousands under fuzz)", () => {
    const large = FUZZ ? { minRows: 500, maxRows: 2_000, maxCols: 40 } : { minRows: 200, maxRows: 400, maxCols: 30 };
    const arb = anyGrid(large).chain((grid) => fc.tuple(fc.constant(grid), fillOptionsForEach({ top: extent(grid).top, bottom: extent(grid).bottom })));
    runProperty("large grids", fc.property(arb, ([grid, options]) => throughEngine(deepFreeze(grid), options)), { short: 5, long: 200 });
    expectWithinBound();
  }, PROPERTY_TIMEOUT);

  it("the same for grids that are one huge cell, empty, or one row of header words", () => {
    const cases: Grid[] = [
      { sheet: "", origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [] },
      { sheet: "S", origin: { row: 5, col: 5 }, values: [[]], text: [[]], formats: [[]], merges: [{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }] },
      { sheet: "S", origin: { row: 0, col: 0 }, values: [["x".repeat(1_000_000)]], text: [["x".repeat(1_000_000)]], formats: [["General"]], merges: [] },
      {
        sheet: "S", origin: { row: 0, col: 0 },
        values: [["Sasaran", "Indikator", "Target", "TW I", "TW II", "TW III", "TW IV"]],
        text: [["Sasaran", "Indikator", "Target", "TW I", "TW II", "TW III", "TW IV"]],
        formats: [Array(7).fill("General")], merges: [],
      },
    ];
    for (const grid of cases) throughEngine(deepFreeze(grid), [{ strategy: { kind: "auto" }, columns: "both", overwrite: true }]);
    expectWithinBound();
  });
});
