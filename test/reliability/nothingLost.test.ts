/**
 * Nothing lost: over the seed, every fixture and generated plans (decorated
 * with fills, fonts and formulas), every cell (value, formula, number format,
 * fill, font, border, alignment) and every sheet property is compared before
 * and after fill, marks, template and decree through the xlsx adapter. Only
 * the intended cells differ, and undo / clearMarks give back exactly what was
 * there, also after the workbook was saved and opened again.
 */
import * as fs from "fs";
import * as path from "path";
import { analyzeWorkbook } from "../../src/app/analyze";
import { createDecree, loadMeta, overrideMeta } from "../../src/app/decree";
import { applyFill, canUndoFill, undoFill } from "../../src/app/fill";
import { insertTemplate } from "../../src/app/template";
import type { FillOptions } from "../../src/core/fill";
import { colToLetters } from "../../src/core/grid";
import { validateAnalysis } from "../../src/core/rules";
import { STATE_SHEET } from "../../src/xlsx/stateRows";
import { changedCells, changedSheets, workbookState } from "./support/cells";
import { FUZZ } from "./support/runs";
import { decorate, reopen, sources } from "./support/workbooks";

const SOURCES = sources(FUZZ ? 40 : 4);
const FILLS: FillOptions[] = [
  { strategy: { kind: "auto" }, columns: "both", overwrite: false },
  { strategy: { kind: "even" }, columns: "both", overwrite: true },
  { strategy: { kind: "weights", weights: [10, 20, 30, 40] }, columns: "kinerja", overwrite: false },
  { strategy: { kind: "months", startQuarter: 3 }, columns: "pelaksanaan", overwrite: true },
  { strategy: { kind: "copy" }, columns: "both", overwrite: false },
];
const META = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/meta/dinkop-nganjuk-2022.json"), "utf8")) as unknown;
const TIMEOUT = FUZZ ? 1_800_000 : 120_000;

async function opened(i: number, quarterFormula = false) {
  const book = SOURCES[i].book();
  await decorate(book, { quarterFormula });
  return reopen(book);
}
const cases = SOURCES.map((s, i) => [s.name, i] as const);
const key = (sheet: string, row: number, col: number) => `${sheet}!${colToLetters(col)}${row + 1}`;

describe("nothing lost", () => {
  test("the workbooks hold tables, and the sources include the seed, the fixtures and generated plans", async () => {
    expect(SOURCES.filter((s) => s.name.startsWith("generated")).length).toBe(FUZZ ? 40 : 4);
    for (const [, i] of cases) expect((await analyzeWorkbook(await opened(i))).plans.length).toBeGreaterThan(0);
  }, TIMEOUT);

  test.each(cases)("%s: fill changes only its cells, undo after save/load restores every cell", async (_, i) => {
    for (const options of FILLS) {
      const wb = await opened(i);
      const before = await workbookState(wb);
      const result = await applyFill(wb, options);
      const after = await workbookState(wb);
      const edited = new Map(result.plan.edits.map((e) => [key(e.sheet, e.row, e.col), e]));
      const changes = changedCells(before, after);
      expect(changes.map((c) => c.key).sort()).toEqual([...edited.keys()].sort());
      for (const c of changes) {
        const e = edited.get(c.key);
        // Only the value, and the number format where the edit sets one; fills, fonts, borders stay.
        expect({ ...c.after, value: "", numFmt: "" }).toEqual({ ...(c.before ?? { value: "", numFmt: "", fill: "null", font: "null", border: "null", alignment: "null" }), value: "", numFmt: "" });
        if (e?.format === undefined) expect(c.after?.numFmt).toBe(c.before?.numFmt ?? "");
      }
      expect(changedSheets(before, after)).toEqual([]);
      expect(await wb.sheets()).not.toContain(STATE_SHEET);

      const again = await reopen(wb);
      expect(await canUndoFill(again)).toBe(result.applied > 0);
      if (result.applied > 0) expect((await undoFill(again)).changedSince).toBe(0);
      const undone = await workbookState(again);
      expect(changedCells(before, undone)).toEqual([]);
      expect(changedSheets(before, undone)).toEqual([]);
      expect([...undone.keys()]).toEqual([...before.keys()]);
    }
  }, TIMEOUT);

  // A formula in a quarter cell is the user's own computation: a fill never writes it, not even with
  // overwrite, and says so (formulasKept); undo then gives back every cell the fill did change.
  test("an overwriting fill leaves a formula in a quarter cell alone, and undo gives back every other cell", async () => {
    const wb = await opened(0, true);
    const before = await workbookState(wb);
    const formulas = [...(before.get("Lampiran I")?.cells ?? [])].filter(([, c]) => c.value.includes("formula") && c.numFmt === "0%");
    expect(formulas).toHaveLength(1);
    const result = await applyFill(wb, FILLS[1]);
    expect(result.applied).toBeGreaterThan(0);
    expect(result.plan.preview.formulasKept).toBe(1);
    const [address, formula] = formulas[0];
    expect(result.plan.edits.map((e) => key(e.sheet, e.row, e.col))).not.toContain(`Lampiran I!${address}`);
    expect((await workbookState(wb)).get("Lampiran I")?.cells.get(address)).toEqual(formula);
    await undoFill(wb);
    expect(changedCells(before, (await workbookState(wb)))).toEqual([]);
  });

  test.each(cases)("%s: marks colour only the findings' cells; clearMarks after save/load restores every cell", async (_, i) => {
    const wb = await opened(i);
    const before = await workbookState(wb);
    const findings = validateAnalysis(await analyzeWorkbook(wb));
    await wb.mark(findings);
    const changes = changedCells(before, (await workbookState(wb)));
    const inFinding = (k: string) => findings.some((f) => {
      const [sheet, a1] = [k.slice(0, k.lastIndexOf("!")), k.slice(k.lastIndexOf("!") + 1)];
      const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
      const row = Number(m[2]) - 1;
      return f.sheet === sheet && row >= f.range.top && row <= f.range.bottom && [...Array(f.range.right - f.range.left + 1)].some((_, d) => colToLetters(f.range.left + d) === m[1]);
    });
    for (const c of changes) {
      expect(inFinding(c.key)).toBe(true);
      expect({ ...c.after, fill: "" }).toEqual({ ...(c.before ?? { value: "null", numFmt: "", font: "null", border: "null", alignment: "null" }), fill: "" });
    }
    if (findings.length > 0) expect(changes.length).toBeGreaterThan(0);
    const again = await reopen(wb);
    await again.clearMarks();
    expect(changedCells(before, (await workbookState(again)))).toEqual([]);
    expect(changedSheets(before, (await workbookState(again)))).toEqual([]);
  }, TIMEOUT);

  test.each(cases)("%s: template and decree add sheets and touch nothing else but the Lampiran heading's empty cells", async (_, i) => {
    const wb = await opened(i);
    const names = await wb.sheets();
    const before = await workbookState(wb);
    const sheet = await insertTemplate(wb, { year: 2027, paper: "a4", prefill: true });
    expect(names).not.toContain(sheet);
    expect(changedCells(before, (await workbookState(wb)))).toEqual([]);

    const analysis = await analyzeWorkbook(wb);
    const { meta, issues } = overrideMeta(await loadMeta(wb, analysis), META);
    const result = await createDecree(wb, meta, { paper: "f4", lampiranHeading: true, knownIssues: issues, today: "2024-06-01", analysis });
    expect(result.sheet).not.toBeNull();
    expect(names).not.toContain(result.sheet);
    const changes = changedCells(before, (await workbookState(wb)));
    const written = result.lampiran && "written" in result.lampiran ? result.lampiran.written : 0;
    expect(changes).toHaveLength(written);
    if (SOURCES[i].name.includes("room")) expect(written).toBeGreaterThan(0);
    for (const c of changes) expect(c.before).toBeUndefined();
    expect(changedSheets(before, (await workbookState(wb)))).toEqual([]);
    // The decree goes before the plan's sheet (it prints before its annex); the sheets there keep their order.
    expect((await wb.sheets()).filter((s) => names.includes(s))).toEqual(names);
  }, TIMEOUT);
});
