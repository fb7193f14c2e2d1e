/**
 * Excel refusing a call (a protected sheet or workbook, cell edit mode, a range
 * too large): each action of the add-in reports it in one line of the user's
 * language, from the catalogs, and leaves the workbook as it was.
 */
import { fakeBookOf } from "../../bench/syncs";
import { syntheticPlan } from "../../bench/synthetic";
import { applyFill, undoFill } from "../../src/app/fill";
import { insertTemplate } from "../../src/app/template";
import type { Finding } from "../../src/core/finding";
import { DEFAULT_FILL_OPTIONS } from "../../src/core/fill";
import { FILL_UNDO_KEY } from "../../src/core/fill";
import { MARKS_KEY, WorkbookError, type ExcelWorkbook } from "../../src/excel";
import { msg } from "../../src/excel/messages";
import { errorText } from "../../src/taskpane/errors";
import { FakeBook, fakeWorkbook, type FakeOptions } from "./fake";
import type { FailOn } from "./fake/model";

const finding = (top: number, left: number): Finding => ({
  rule: "percent.range",
  severity: "error",
  sheet: "Plan",
  range: { top, left, bottom: top, right: left + 2 },
  message: { id: "x", en: "x" },
});

/** Every sheet as stored (hidden ones too), one string per sheet part and per cell: names, visibility, cells, merges, layout; the active sheet. */
function whole(book: FakeBook): string[] {
  const out = [`active ${book.active}`];
  for (const s of book.sheets) {
    out.push(`sheet ${s.name} ${s.visibility} ${JSON.stringify([s.merges, s.validations, s.pageLayout])}`);
    for (const [k, c] of s.cells) if (c.type !== "Empty" || c.format !== "General" || Object.keys(c.style).length > 0) out.push(`${s.name}!${k} ${JSON.stringify(c)}`);
  }
  return out.sort();
}

/** What differs between two whole() lists, first few only (short failure messages). */
function changes(a: string[], b: string[], max = 6): string[] {
  const sa = new Set(a);
  const sb = new Set(b);
  return [...a.filter((x) => !sb.has(x)).map((x) => `- ${x}`), ...b.filter((x) => !sa.has(x)).map((x) => `+ ${x}`)].slice(0, max).map((x) => (max > 6 ? x : x.slice(0, 160)));
}

/** A plan that was filled once and marked once: undo and clearMarks have something to do. */
async function prepared(): Promise<{ book: FakeBook; wb: ExcelWorkbook }> {
  const book = fakeBookOf(syntheticPlan({ rows: 60, seed: 9, quarters: "empty" }));
  book.sheets[0].name = "Plan";
  book.active = "Plan";
  const { wb } = fakeWorkbook(book, { limitBytes: Infinity } as FakeOptions);
  expect((await applyFill(wb, { ...DEFAULT_FILL_OPTIONS, columns: "kinerja" })).applied).toBeGreaterThan(0); // the other group is left to fill
  await wb.mark([finding(8, 5)]);
  return { book, wb };
}

const ACTIONS: [string, (wb: ExcelWorkbook) => Promise<unknown>][] = [
  ["fill", (wb) => applyFill(wb, DEFAULT_FILL_OPTIONS)],
  ["undo", (wb) => undoFill(wb)],
  ["mark", (wb) => wb.mark([finding(12, 5), finding(14, 5)])],
  ["clearMarks", (wb) => wb.clearMarks()],
  ["insert template", (wb) => insertTemplate(wb, { year: 2028 })],
];

/** What fails, the message key, and the actions it does not stop (a new sheet is not protected; only a new sheet needs the structure). */
const FAILURES: [string, FailOn, string, string[]][] = [
  ["a protected sheet", { op: "write", sheet: "Plan", code: "AccessDenied" }, "ui.excel.protected", ["insert template"]],
  ["a protected workbook structure", { op: "addSheet", code: "AccessDenied" }, "ui.excel.protected", ["fill", "undo", "mark", "clearMarks"]],
  ["cell edit mode", { op: "*", code: "InvalidOperationInCellEditMode" }, "ui.excel.cellEditMode", []],
  ["a range too large", { op: "write", code: "RangeExceedsLimit" }, "ui.excel.tooLarge", []],
  // Late in the batch, after other writes ran: the undo record (fill), a number format (fill, undo), a new sheet's cells and styles (template).
  ["number formats refused on the plan", { op: "numberFormat", sheet: "Plan", code: "AccessDenied" }, "ui.excel.protected", ["mark", "clearMarks", "insert template"]],
  ["a new sheet's merge refused", { op: "merge", code: "MergedRangeConflict" }, "ui.excel.mergeConflict", ["fill", "undo", "mark", "clearMarks"]],
  ["a new sheet's page setup refused", { op: "pageLayout", code: "ApiNotFound" }, "ui.excel.unsupported", ["fill", "undo", "mark", "clearMarks"]],
];

describe.each(FAILURES)("Excel refuses: %s", (_, failOn, key, unaffected) => {
  test.each(ACTIONS)("%s: one clear line in both languages, and the workbook as it was", async (action, run) => {
    const { book, wb } = await prepared();
    const before = whole(book);
    const undoBefore = await wb.loadState(FILL_UNDO_KEY);
    const marksBefore = await wb.loadState(MARKS_KEY);
    book.failOn = failOn;
    const err = await run(wb).then(
      () => null,
      (e: unknown) => e,
    );
    book.failOn = undefined;
    if (unaffected.includes(action)) {
      expect(err).toBeNull();
      return;
    }
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).key).toBe(key);
    const text = errorText(err);
    expect(text).toEqual(msg(key as Parameters<typeof msg>[0], (err as WorkbookError).params));
    for (const line of [text.id, text.en]) {
      expect(line).toMatch(/^\S.*\.$/);
      expect(line).not.toMatch(/\n|RichApi|undefined|\{/);
    }
    expect(changes(before, whole(book))).toEqual([]);
    expect(await wb.loadState(FILL_UNDO_KEY)).toBe(undoBefore);
    expect(await wb.loadState(MARKS_KEY)).toBe(marksBefore);
  });
});

test("the failure switch fails only what it names: reads of a protected sheet go through", async () => {
  const { book, wb } = await prepared();
  book.failOn = { op: "write", sheet: "Plan", code: "AccessDenied" };
  expect((await wb.readGrids()).grids.map((g) => g.sheet)).toEqual(["Plan"]);
  expect(await wb.loadState(FILL_UNDO_KEY)).not.toBeNull();
  await expect(wb.applyEdits([{ sheet: "Plan", row: 30, col: 13, value: 1, previous: { value: null, format: "General" } }])).rejects.toMatchObject({ code: "AccessDenied" });
});

test.each(ACTIONS.slice(0, 2))(
  "%s when values are refused but formats are not (a sheet protected with 'Format cells' allowed): values and undo record as they were; only the number formats set before the refused values stay (known gap)",
  async (_, run) => {
    const { book, wb } = await prepared();
    const before = whole(book);
    const undoBefore = await wb.loadState(FILL_UNDO_KEY);
    book.failOn = { op: "values", sheet: "Plan", code: "AccessDenied" };
    await expect(run(wb)).rejects.toMatchObject({ key: "ui.excel.protected" });
    book.failOn = undefined;
    const left = changes(before, whole(book), Infinity).filter((c) => c.startsWith("+ ") || c.startsWith("- "));
    const valueOf = (line: string): unknown => (JSON.parse(line.slice(line.indexOf(" {") + 1)) as { value: unknown }).value;
    const removed = new Map(left.filter((c) => c.startsWith("- ")).map((c) => [c.split(" ")[1], valueOf(c)]));
    for (const c of left.filter((x) => x.startsWith("+ "))) {
      const cell = c.split(" ")[1];
      expect(cell.startsWith("Plan!")).toBe(true);
      expect(valueOf(c)).toEqual(removed.has(cell) ? removed.get(cell) : "");
    }
    expect(await wb.loadState(FILL_UNDO_KEY)).toBe(undoBefore);
  },
);
