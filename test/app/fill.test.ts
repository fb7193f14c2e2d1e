import * as fs from "fs";
import * as path from "path";
import { analyzeGrids } from "../../src/core/analyze";
import { GridView, colToLetters } from "../../src/core/grid";
import { FILL_UNDO_KEY, type FillOptions } from "../../src/core/fill";
import { ruleCategory } from "../../src/core/finding";
import { quarterRole } from "../../src/core/layout/types";
import { validate } from "../../src/core/rules";
import { analyzeQuarters } from "../../src/core/quarters/convention";
import { applyFill, canUndoFill, previewFill, selectionScope, undoFill } from "../../src/app/fill";
import { readWorkbookBasic, updateWorkbookBasic, type Workbook } from "../../src/core/port";
import type { XlsxWorkbook } from "../../src/xlsx/workbook";
import { numbersWithCountRow, openFixture, openSource, reopen, snapshot } from "./fillSupport";
import { excelFrom, xlsxFrom } from "../support/xlsx";

const AUTO: FillOptions = { strategy: { kind: "auto" }, columns: "both", overwrite: false };
const FIXTURES = ["fill-blank-seed.tsv", "fill-blank-numbers.tsv", "fill-blank-units.tsv"];

/** The blank quarter cells ("Sheet!G12") of every fillable row (an indicator or a target) of every table. */
async function blankQuarterCells(wb: XlsxWorkbook): Promise<Set<string>> {
  const grids = await Promise.all((await wb.sheets()).map((s) => wb.readGrid(s)));
  const out = new Set<string>();
  for (const plan of analyzeGrids(grids).plans) {
    for (const row of plan.rows) {
      if (!row.indikator && !row.target) continue;
      for (const set of Object.values(row.quarterSets())) {
        // A dash is the fill's only in a row of dashes alone (a placeholder); beside anything else it says nothing planned that quarter.
        const empty = set.readings().map((r) => r.kind === "empty");
        const blank = set.texts().map((t) => t.trim() === "");
        const placeholder = empty.every(Boolean) && !blank.some(Boolean);
        empty.forEach((e, q) => {
          if (e && (blank[q] || placeholder)) out.add(`${plan.sheet}!${colToLetters(set.cell(q).col)}${set.cell(q).row + 1}`);
        });
      }
    }
  }
  return out;
}

describe("fill end to end (through the xlsx adapter)", () => {
  it.each(FIXTURES)("%s: fills every blank quarter cell and changes nothing else", async (fixture) => {
    const wb = await openFixture(fixture);
    const blanks = await blankQuarterCells(wb);
    expect(blanks.size).toBeGreaterThan(10);
    const before = await snapshot(wb);
    const result = await applyFill(wb, AUTO);
    expect(result.problem).toBeUndefined();
    expect(result.applied).toBe(blanks.size);

    const saved = await reopen(wb.save());
    const after = await snapshot(saved);
    for (const key of blanks) expect(after.get(key)?.value ?? "null").not.toBe("null");
    for (const [key, state] of before) if (!blanks.has(key)) expect([key, after.get(key)]).toEqual([key, state]);
    for (const key of after.keys()) if (!before.has(key)) expect(blanks.has(key)).toBe(true);
    expect(await blankQuarterCells(saved)).toEqual(new Set());
  });

  it.each(FIXTURES)("%s: after the fill, validation reports no percent finding on the filled rows", async (fixture) => {
    const wb = await openFixture(fixture);
    const result = await applyFill(wb, AUTO);
    const filledRows = new Set(result.plan.edits.map((e) => `${e.sheet}!${e.row}`));
    const grids = await Promise.all((await wb.sheets()).map((s) => wb.readGrid(s)));
    for (const plan of analyzeGrids(grids).plans) {
      const percent = validate(plan).filter((f) => ruleCategory(f.rule) === "percent");
      const onFilled = percent.filter((f) => {
        for (let r = f.range.top; r <= f.range.bottom; r++) if (filledRows.has(`${f.sheet}!${r}`)) return true;
        return false;
      });
      expect(onFilled.map((f) => `${f.rule} ${f.range.top + 1}: ${f.message.en}`)).toEqual([]);
      // and every filled row reads back in the convention the fill used
      for (const row of plan.rows) {
        if (!filledRows.has(`${plan.sheet}!${row.row}`)) continue;
        for (const c of result.plan.preview.conventions.filter((x) => x.sheet === plan.sheet)) {
          const set = row.quarterSet(c.group);
          if (set) expect([row.row + 1, analyzeQuarters(set, row.target).fits]).toEqual([row.row + 1, expect.arrayContaining([c.convention])]);
        }
      }
    }
  });

  it("the example plan: each row written the way it writes, and nothing new on the written cells", async () => {
    const source = fs.readFileSync(path.resolve(__dirname, "..", "..", "examples", "src", "rencana-aksi-dinkop-nganjuk-2022.tsv"), "utf8");
    const wb = await openSource(source);
    const findings = async (w: XlsxWorkbook) =>
      analyzeGrids(await Promise.all((await w.sheets()).map((s) => w.readGrid(s)))).plans.flatMap((p) => validate(p));
    const key = (f: { sheet: string; rule: string; range: { top: number; left: number; bottom: number; right: number } }) =>
      `${f.sheet}!${f.range.top},${f.range.left},${f.range.bottom},${f.range.right} ${f.rule}`;
    const before = new Set((await findings(wb)).map(key));
    const result = await applyFill(wb, AUTO);
    expect(result.applied).toBeGreaterThan(40);
    const saved = await reopen(wb.save());
    const written = result.plan.edits;
    const fresh = (await findings(saved)).filter(
      (f) => !before.has(key(f)) && written.some((e) => e.sheet === f.sheet && e.row >= f.range.top && e.row <= f.range.bottom && e.col >= f.range.left && e.col <= f.range.right),
    );
    expect(fresh.map((f) => `${key(f)}: ${f.message.en}`)).toEqual([]);
    // a row of dashes in a table of text percentages: text percentages in every quarter, never bare 25 / 50
    const ws = (await excelFrom(saved)).getWorksheet("Lampiran I")!;
    for (const row of [47, 55, 61]) {
      const cells = ["G", "H", "I", "J", "K", "L", "M", "N"].map((c) => ws.getCell(`${c}${row}`).value);
      expect([row, cells.every((v) => typeof v === "string" && /^\d+(,\d+)? ?%$/.test(v))]).toEqual([row, true]);
    }
  });

  it("writes the seed's text percentages in the table's own style", async () => {
    const wb = await openFixture("fill-blank-seed.tsv");
    await applyFill(wb, AUTO);
    const ws = (await excelFrom(wb)).getWorksheet("Lampiran I")!;
    expect(["G12", "H12", "I12", "J12", "K12", "N12"].map((a) => ws.getCell(a).value)).toEqual(["25 %", "50 %", "75 %", "100 %", "25 %", "100 %"]);
    // kegiatan header rows (B., D.) keep what they had, garbled or not
    expect([ws.getCell("G17").value, ws.getCell("G21").value]).toEqual(["21,2 5%", "21,25 %"]);
  });

  it("writes percent numbers with the column's format where the table uses them", async () => {
    const wb = await openFixture("fill-blank-numbers.tsv");
    await applyFill(wb, AUTO);
    const ws = (await excelFrom(wb)).getWorksheet("RENAKSI 2024")!;
    expect(["F8", "G8", "H8", "I8", "M15"].map((a) => [ws.getCell(a).value, ws.getCell(a).numFmt])).toEqual(
      Array(5).fill([0.25, "0.00%"]),
    );
  });
});

describe("apply fill as one action", () => {
  it("with confirmOverwrite, filled cells in the way stop it before anything is written; the result says how many fills can be undone", async () => {
    const wb = await openSource(numbersWithCountRow());
    const before = await snapshot(wb);
    const options: FillOptions = { ...AUTO, strategy: { kind: "weights", weights: [1, 1, 1, 0] }, overwrite: true };
    const asked = await applyFill(wb, options, { confirmOverwrite: true });
    expect(asked.applied).toBe(0);
    expect(asked.confirm).toBe(asked.plan.preview.overwriteCount);
    expect(asked.confirm).toBeGreaterThan(0);
    expect(asked.undoDepth).toBe(0);
    expect(await snapshot(wb)).toEqual(before);
    const done = await applyFill(wb, options);
    expect(done.applied).toBeGreaterThan(0);
    expect(done.confirm).toBeUndefined();
    expect(done.undoDepth).toBe(1);
    expect(await canUndoFill(wb)).toBe(true);
  });

  it("without overwrite, confirmOverwrite changes nothing: the empty cells are filled at once", async () => {
    const wb = await openFixture("fill-blank-numbers.tsv");
    const result = await applyFill(wb, AUTO, { confirmOverwrite: true });
    expect(result.applied).toBeGreaterThan(0);
    expect(result.confirm).toBeUndefined();
    expect(result.undoDepth).toBe(1);
  });
});

describe("undo fill", () => {
  it("restores every cell's exact value and number format, overwrite included", async () => {
    const wb = await openSource(numbersWithCountRow());
    const before = await snapshot(wb);
    expect(await canUndoFill(wb)).toBe(false);
    const result = await applyFill(wb, { ...AUTO, strategy: { kind: "weights", weights: [1, 1, 1, 0] }, overwrite: true });
    expect(result.plan.preview.overwriteCount).toBeGreaterThan(0);
    expect(result.plan.edits.some((e) => e.previous.value === "-")).toBe(true);
    expect(await snapshot(wb)).not.toEqual(before);
    expect(await canUndoFill(wb)).toBe(true);
    const undone = await undoFill(wb);
    expect(undone).toMatchObject({ restored: result.applied, changedSince: 0, remaining: 0 });
    expect(await snapshot(wb)).toEqual(before);
    expect(await canUndoFill(wb)).toBe(false);
    expect((await excelFrom(wb)).worksheets.map((w) => w.name)).toEqual(["RENAKSI 2024"]);
  });

  it("works after the workbook was saved and opened again (the record lives in the workbook)", async () => {
    const wb = await openFixture("fill-blank-seed.tsv");
    const before = await snapshot(wb);
    await applyFill(wb, AUTO);
    const again = await reopen(wb.save());
    expect(await again.loadState(FILL_UNDO_KEY)).not.toBeNull();
    expect(await canUndoFill(again)).toBe(true);
    await undoFill(again);
    const final = await reopen(again.save());
    expect(await snapshot(final)).toEqual(before);
  });

  it("undoes several fills one at a time, last first", async () => {
    const wb = await openFixture("fill-blank-units.tsv");
    const original = await snapshot(wb);
    await applyFill(wb, { ...AUTO, columns: "kinerja" });
    const afterFirst = await snapshot(wb);
    await applyFill(wb, { ...AUTO, columns: "pelaksanaan" });
    expect((await undoFill(wb)).remaining).toBe(1);
    expect(await snapshot(wb)).toEqual(afterFirst);
    expect((await undoFill(wb)).remaining).toBe(0);
    expect(await snapshot(wb)).toEqual(original);
    const nothing = await undoFill(wb);
    expect(nothing.restored).toBe(0);
    expect(nothing.message.en).toMatch(/no fill to undo/i);
  });

  it("keeps a cell the user changed after the fill", async () => {
    const wb = await openFixture("fill-blank-units.tsv");
    const result = await applyFill(wb, AUTO);
    const edited = await excelFrom(wb); // the user opens the file in Excel
    expect(edited.getWorksheet("Sekretariat")!.getCell("D7").value).toBe(1);
    edited.getWorksheet("Sekretariat")!.getCell("D7").value = 2;
    const again = await xlsxFrom(edited);
    const undone = await undoFill(again);
    expect(undone.changedSince).toBe(1);
    expect(undone.restored).toBe(result.applied - 1);
    const ws = (await excelFrom(again)).getWorksheet("Sekretariat")!;
    expect(ws.getCell("D7").value).toBe(2);
    expect(ws.getCell("E7").value).toBeNull();
    expect(undone.message.id).toMatch(/1 sel telah diubah/);
  });
});

describe("preview and scope over a workbook", () => {
  it("previews without changing anything", async () => {
    const wb = await openFixture("fill-blank-units.tsv");
    const before = await snapshot(wb);
    const plan = await previewFill(wb, AUTO);
    expect(plan.preview.columns.map((c) => `${c.sheet}!${c.column}:${c.cells}`)).toEqual([
      "Sekretariat!D:3", "Sekretariat!E:3", "Sekretariat!F:3", "Sekretariat!G:3",
      "Sekretariat!H:3", "Sekretariat!I:3", "Sekretariat!J:3", "Sekretariat!K:3",
      "Pemerintahan!D:2", "Pemerintahan!E:2", "Pemerintahan!F:2", "Pemerintahan!G:2",
      "Pemerintahan!H:2", "Pemerintahan!I:2", "Pemerintahan!J:2", "Pemerintahan!K:2",
    ]);
    expect(await snapshot(wb)).toEqual(before);
    expect(await canUndoFill(wb)).toBe(false);
  });

  it("fills one table, or the rows of the selection", async () => {
    const wb = await openFixture("fill-blank-units.tsv");
    const one = await previewFill(wb, { ...AUTO, scope: { sheet: "pemerintahan" } });
    expect(new Set(one.edits.map((e) => e.sheet))).toEqual(new Set(["Pemerintahan"]));
    await wb.select("Sekretariat", { top: 7, left: 0, bottom: 8, right: 3 });
    const scope = await selectionScope(wb);
    expect(scope).toEqual({ sheet: "Sekretariat", rows: { top: 7, bottom: 8 } });
    const sel = await applyFill(wb, { ...AUTO, scope: scope ?? undefined });
    expect(new Set(sel.plan.edits.map((e) => `${e.sheet}!${e.row + 1}`))).toEqual(new Set(["Sekretariat!8", "Sekretariat!9"]));
  });

  it("says so when there is no table, or no such sheet", async () => {
    const none = await openSource("#sheet Catatan\nhanya catatan\n");
    const r = await applyFill(none, AUTO);
    expect(r.applied).toBe(0);
    expect(r.problem?.en).toMatch(/No Rencana Aksi table/);
    const wb = await openFixture("fill-blank-units.tsv");
    expect((await previewFill(wb, { ...AUTO, scope: { sheet: "Tidak Ada" } })).problem?.id).toMatch(/Tidak Ada/);
    expect((await previewFill(wb, { ...AUTO, strategy: { kind: "weights", weights: [1] } })).problem?.en).toMatch(/Weights/);
  });

  it("reads quarter columns from the grid it writes to (sanity of the fixture)", async () => {
    const wb = await openFixture("fill-blank-units.tsv");
    const grid = await wb.readGrid("Sekretariat");
    const plan = analyzeGrids([grid]).plans[0];
    expect(colToLetters(plan.recognition.columns[quarterRole("pelaksanaan", 4)] as number)).toBe("K");
    expect(new GridView(grid).rawValue(5, 3)).toBe(3);
  });
});

/** The xlsx workbook with some basic methods replaced; readGrids and update go through them (as XlsxWorkbook's do through its own). */
function overriding(wb: XlsxWorkbook, over: Partial<Workbook> = {}): Workbook {
  const port: Workbook = {
    sheets: () => wb.sheets(),
    readGrid: (s) => wb.readGrid(s),
    applyEdits: (e) => wb.applyEdits(e),
    addSheet: (spec, o) => wb.addSheet(spec, o),
    replaceSheet: (s, spec, o) => wb.replaceSheet(s, spec, o),
    mark: (f) => wb.mark(f),
    clearMarks: () => wb.clearMarks(),
    select: (s, r) => wb.select(s, r),
    loadState: (k) => wb.loadState(k),
    saveState: (k, v) => wb.saveState(k, v),
    readGrids: (request) => readWorkbookBasic(port, request),
    update: (request, decide) => updateWorkbookBasic(port, request, decide),
    ...over,
  };
  return port;
}

describe("failed writes", () => {
  it("a fill whose cells cannot be written puts the undo record back as it was", async () => {
    const wb = await openFixture("fill-blank-units.tsv");
    await applyFill(wb, { ...AUTO, columns: "kinerja" });
    const record = await wb.loadState(FILL_UNDO_KEY);
    const failing = overriding(wb, { applyEdits: () => Promise.reject(new Error("protected")) });
    await expect(applyFill(failing, { ...AUTO, columns: "pelaksanaan" })).rejects.toThrow("protected");
    expect(await wb.loadState(FILL_UNDO_KEY)).toBe(record);
  });

  it("an undo whose cells cannot be written keeps the fill in the record, to undo again", async () => {
    const wb = await openFixture("fill-blank-units.tsv");
    const filled = await applyFill(wb, AUTO);
    const failing = overriding(wb, { applyEdits: () => Promise.reject(new Error("protected")) });
    await expect(undoFill(failing)).rejects.toThrow("protected");
    expect(await canUndoFill(wb)).toBe(true);
    expect((await undoFill(wb)).restored).toBe(filled.applied);
  });
});
