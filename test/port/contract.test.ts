/**
 * The Workbook port's contract: the same scenarios against every
 * implementation (ExcelWorkbook over the fake Office.js, XlsxWorkbook, the
 * preview's NotifyingWorkbook). Reads between implementations: cross.test.ts.
 */
import { invertEdits, type CellEdit } from "../../src/core/edits";
import { msg } from "../../src/core/i18n";
import type { Grid } from "../../src/core/grid";
import type { SheetSpec } from "../../src/core/sheetspec";
import { MARK_COLORS, MARKS_KEY } from "../../src/core/state/marks";
import { STATE_SHEET } from "../../src/core/state/format";
import { IMPLEMENTATIONS, type Opened } from "./implementations";
import { GREEN, LONG_VALUE, PURPLE, baseBytes, finding } from "./workbooks";

/** A cell of a grid by absolute row and column. */
const at = (g: Grid, row: number, col: number): unknown => g.values[row - g.origin.row]?.[col - g.origin.col] ?? null;

/** What a port call threw, as the surfaces show it (a two-language text), or "no error". */
const refusal = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => "no error",
    (e: unknown) => (e as { text?: unknown }).text ?? e,
  );

const spec = (name: string): SheetSpec => ({
  name, cells: [{ row: 0, col: 0, value: "RENCANA AKSI" }], merges: [], columnWidths: {}, pageSetup: { orientation: "landscape", paper: "a4" },
});

describe.each(IMPLEMENTATIONS)("$name", (impl) => {
  let bytes: Uint8Array;
  let book: Opened;
  beforeAll(async () => void (bytes = await baseBytes()));
  beforeEach(async () => void (book = await impl.open(bytes)));

  test("sheets() lists the visible sheets in order; readGrid gives the used cells", async () => {
    expect(await book.wb.sheets()).toEqual(["Plan", "Catatan"]);
    const g = await book.wb.readGrid("Plan");
    expect(g.sheet).toBe("Plan");
    expect([at(g, 0, 0), at(g, 1, 1), at(g, 5, 4)]).toEqual(["Indikator 1", 0.25, 0.1]);
    expect(g.text[2 - g.origin.row][3 - g.origin.col]).toBe("25%");
  });

  test("applyEdits writes values and formats; the inverted edits give every cell back exactly", async () => {
    const before = await book.snapshot("Plan");
    const g = await book.wb.readGrid("Plan");
    const edit = (row: number, col: number, value: number | string, format?: string): CellEdit => ({
      sheet: "Plan", row, col, value, format, previous: { value: at(g, row, col) as number | string, format: g.formats[row - g.origin.row][col - g.origin.col] },
    });
    const edits = [edit(1, 1, 0.5, "0%"), edit(2, 3, 0.75), edit(3, 0, "Indikator baru")];
    await book.wb.applyEdits(edits);
    const after = await book.wb.readGrid("Plan");
    expect([at(after, 1, 1), at(after, 2, 3), at(after, 3, 0)]).toEqual([0.5, 0.75, "Indikator baru"]);
    expect(after.text[1 - after.origin.row][1 - after.origin.col]).toBe("50%");
    await book.wb.applyEdits(invertEdits(edits));
    expect(await book.snapshot("Plan")).toEqual(before);
  });

  test("readGrids reads what sheets(), readGrid() and loadState() read, and names the hidden sheets unread; update writes stateBefore, the edits, stateAfter", async () => {
    await book.wb.saveState("k", "lama");
    const one = await book.wb.readGrids({ sheets: ["plan", "Arsip"], state: ["k", "tidak.ada"] });
    // "Arsip" is hidden: named, never read, also when asked for by name; the state sheet is never named.
    expect(one).toEqual({ grids: [await book.wb.readGrid("Plan")], state: { k: "lama", "tidak.ada": null }, hidden: ["Arsip"] });
    expect((await book.wb.readGrids()).grids.map((g) => g.sheet)).toEqual(await book.wb.sheets());
    const g = one.grids[0];
    const edit: CellEdit = { sheet: "Plan", row: 1, col: 1, value: 0.5, previous: { value: at(g, 1, 1) as number, format: "General" } };
    const result = await book.wb.update({ sheets: ["Plan"], state: ["k"] }, ({ grids, state, hidden }) => ({
      result: [grids.length, state.k, hidden],
      change: { stateBefore: { a: "1" }, edits: [edit], stateAfter: { k: null } },
    }));
    expect(result).toEqual([1, "lama", ["Arsip"]]);
    expect(at(await book.wb.readGrid("Plan"), 1, 1)).toBe(0.5);
    expect([await book.wb.loadState("a"), await book.wb.loadState("k")]).toEqual(["1", null]);
  });

  test("update: a decision that throws or changes nothing writes nothing", async () => {
    const before = await book.snapshot("Plan");
    const oops = new Error("oops");
    await expect(book.wb.update({}, () => { throw oops; })).rejects.toBe(oops);
    expect(await book.wb.update({ state: ["k"] }, ({ state }) => ({ result: state.k }))).toBeNull();
    expect(await book.snapshot("Plan")).toEqual(before);
    expect((await book.allSheets()).filter((s) => s.toLowerCase() === STATE_SHEET)).toEqual([]);
  });

  test("addSheet never replaces a sheet, not even the hidden state sheet", async () => {
    const before = await book.snapshot("Plan");
    await book.wb.saveState("k", "v");
    const name = await book.wb.addSheet(spec("Plan"));
    expect(name).not.toBe("Plan");
    expect(await book.snapshot("Plan")).toEqual(before);
    const other = await book.wb.addSheet(spec(STATE_SHEET), { activate: false });
    expect(other.toLowerCase()).not.toBe(STATE_SHEET);
    expect(await book.wb.loadState("k")).toBe("v");
    expect(await book.wb.sheets()).toEqual(["Plan", "Catatan", name, other]);
  });

  test("addSheet puts a sheet before another (hidden sheets count, names ignore case); a hidden spec is listed only with hidden", async () => {
    await book.wb.saveState("k", "v");
    const decree = await book.wb.addSheet(spec("Keputusan"), { before: "arsip", activate: false });
    const info = await book.wb.addSheet({ ...spec("Info"), hidden: true });
    const last = await book.wb.addSheet(spec("Akhir"), { before: "tidak ada" });
    expect(await book.wb.sheets()).toEqual(["Plan", decree, "Catatan", last]);
    expect(await book.wb.sheets({ hidden: true })).toEqual(["Plan", decree, "Arsip", "Catatan", info, last]);
    const again = await book.reopen();
    expect(await again.wb.sheets()).toEqual(["Plan", "Keputusan", "Catatan", "Akhir"]);
    expect(await again.wb.sheets({ hidden: true })).toEqual(["Plan", "Keputusan", "Arsip", "Catatan", "Info", "Akhir"]);
    expect(at(await again.wb.readGrid("Info"), 0, 0)).toBe("RENCANA AKSI");
    expect(at(await again.wb.readGrid("Arsip"), 0, 0)).toBe("lama");
    expect(await again.wb.loadState("k")).toBe("v");
  });

  test("replaceSheet gives a sheet new content in its place and name; an unknown sheet is refused with nothing changed", async () => {
    const name = await book.wb.addSheet({ ...spec("Keputusan"), cells: [{ row: 3, col: 2, value: "lama" }] }, { before: "Catatan" });
    await book.wb.replaceSheet(name, { ...spec("ignored"), cells: [{ row: 0, col: 1, value: "baru" }] });
    expect(await book.wb.sheets()).toEqual(["Plan", "Keputusan", "Catatan"]);
    const g = await book.wb.readGrid("Keputusan");
    expect([at(g, 0, 1), at(g, 3, 2)]).toEqual(["baru", null]);
    const before = await book.wb.sheets({ hidden: true });
    expect(await refusal(book.wb.replaceSheet("Tidak Ada", spec("x")))).toMatchObject({ en: expect.stringContaining("Tidak Ada") });
    expect(await book.wb.sheets({ hidden: true })).toEqual(before);
    const again = await book.reopen();
    expect(at(await again.wb.readGrid("Keputusan"), 0, 1)).toBe("baru");
  });

  test("replaceSheet keeps a hidden sheet hidden; removeSheet leaves a hidden sheet alone", async () => {
    const info = await book.wb.addSheet({ ...spec("Info"), hidden: true });
    await book.wb.sheets({ hidden: true });
    await book.wb.replaceSheet(info, { ...spec("ignored"), cells: [{ row: 0, col: 0, value: "baru" }] });
    expect(await book.wb.sheets()).toEqual(["Plan", "Catatan"]);
    expect(await book.wb.sheets({ hidden: true })).toContain(info);
    expect(at(await book.wb.readGrid(info), 0, 0)).toBe("baru");
    await book.wb.removeSheet!(info);
    expect(await book.wb.sheets({ hidden: true })).toContain(info);
  });

  test("removeSheet takes away the sheet added, leaves the others and the state; an unknown name is a no-op", async () => {
    const before = await book.snapshot("Plan");
    await book.wb.saveState("k", "v");
    const name = await book.wb.addSheet(spec("Pemantauan"));
    await book.wb.removeSheet!(name);
    await book.wb.removeSheet!("Tidak Ada");
    expect(await book.wb.sheets()).toEqual(["Plan", "Catatan"]);
    expect(await book.snapshot("Plan")).toEqual(before);
    expect(await book.wb.loadState("k")).toBe("v");
  });

  test("state: absent is null; a value longer than a cell, odd characters and '' survive a new session; null removes a key", async () => {
    expect(await book.wb.loadState("fill.undo")).toBeNull();
    expect(LONG_VALUE.length).toBeGreaterThan(2 * 32_767);
    await book.wb.saveState("fill.undo", LONG_VALUE);
    await book.wb.saveState("rumus", "=1+1");
    await book.wb.saveState("kosong", "");
    const again = await book.reopen();
    expect(await again.wb.loadState("fill.undo")).toBe(LONG_VALUE);
    expect(await again.wb.loadState("rumus")).toBe("=1+1");
    expect(await again.wb.loadState("kosong")).toBe("");
    expect(await again.wb.sheets()).toEqual(["Plan", "Catatan"]);
    expect((await again.allSheets()).filter((s) => s.toLowerCase() === STATE_SHEET)).toHaveLength(1);
    await again.wb.saveState("fill.undo", null);
    await again.wb.saveState("tidak.ada", null);
    expect(await again.wb.loadState("fill.undo")).toBeNull();
    expect(await (await again.reopen()).wb.loadState("rumus")).toBe("=1+1");
  });

  test("mark paints by severity without touching values; clearMarks in a new session restores every fill exactly", async () => {
    const before = await book.snapshot("Plan");
    const values = (await book.wb.readGrid("Plan")).values;
    await book.wb.mark([finding("warning", 1, 1, 1, 2), finding("error", 1, 2), finding("info", 4, 0, 4, 4)]);
    expect(await book.fill("Plan", 1, 1)).toEqual({ pattern: "Solid", color: MARK_COLORS.warning });
    expect(await book.fill("Plan", 1, 2)).toEqual({ pattern: "Solid", color: MARK_COLORS.error });
    expect(await book.fill("Plan", 4, 4)).toEqual({ pattern: "Solid", color: MARK_COLORS.info });
    expect((await book.wb.readGrid("Plan")).values).toEqual(values);
    expect(await book.wb.loadState(MARKS_KEY)).not.toBeNull();
    const again = await book.reopen();
    await again.wb.clearMarks();
    expect(await again.snapshot("Plan")).toEqual(before);
    expect(await again.wb.loadState(MARKS_KEY)).toBeNull();
  });

  test("mark replaces the marks: cells no longer flagged get their fill back, a re-marked cell keeps its first fill", async () => {
    const before = await book.snapshot("Plan");
    await book.wb.mark([finding("error", 1, 1, 1, 2), finding("error", 5, 0)]);
    await book.wb.mark([finding("warning", 1, 2), finding("info", 3, 3)]);
    expect(await book.fill("Plan", 1, 1)).toEqual({ pattern: "Solid", color: GREEN });
    expect(await book.fill("Plan", 5, 0)).toEqual({ pattern: "None" });
    expect(await book.fill("Plan", 1, 2)).toEqual({ pattern: "Solid", color: MARK_COLORS.warning });
    await book.wb.clearMarks();
    expect(await book.snapshot("Plan")).toEqual(before);
  });

  test("a fill the user set on a marked cell is left alone", async () => {
    await book.wb.mark([finding("error", 3, 0, 3, 1)]);
    await book.paint("Plan", 3, 0, PURPLE);
    await book.wb.clearMarks();
    expect(await book.fill("Plan", 3, 0)).toEqual({ pattern: "Solid", color: PURPLE });
    expect(await book.fill("Plan", 3, 1)).toEqual({ pattern: "None" });
  });

  test("select, and selection() where the host has one", async () => {
    const range = { top: 4, left: 2, bottom: 5, right: 3 };
    await book.wb.select("Plan", range);
    if (book.wb.selection) expect(await book.wb.selection()).toEqual({ sheet: "Plan", range });
  });

  test.each([
    ["a value that is no marks record", (b: Opened) => b.wb.saveState(MARKS_KEY, '{"v":2,"fills":[')],
    ["a row whose cells do not decode", async (b: Opened) => await b.putStateRow(0, [MARKS_KEY, "j2", '~{"v":2,'])],
  ])("a damaged marks record (%s): mark and clearMarks refuse in both languages and write nothing", async (_, damage) => {
    await book.paint("Plan", 1, 1, MARK_COLORS.error); // B2 was green before a mark the record remembers
    await damage(book);
    const plan = await book.snapshot("Plan");
    const row = await book.stateRow(0);
    const record = await book.wb.loadState(MARKS_KEY);
    const unreadable = msg("workbook.marksUnreadable");
    expect(await refusal(book.wb.clearMarks())).toEqual(unreadable);
    expect(await refusal(book.wb.mark([finding("warning", 3, 3)]))).toEqual(unreadable);
    expect(await book.snapshot("Plan")).toEqual(plan);
    expect(await book.fill("Plan", 1, 1)).toEqual({ pattern: "Solid", color: MARK_COLORS.error });
    expect(await book.stateRow(0)).toEqual(row);
    const again = await book.reopen();
    expect(await again.wb.loadState(MARKS_KEY)).toBe(record);
    expect(await refusal(again.wb.clearMarks())).toEqual(unreadable);
  });

  test("a state row this version cannot read survives saves of other keys, exactly, in a new session too", async () => {
    const future = ["future.key", "v9", "~abc", 42];
    await book.putStateRow(0, future);
    await book.wb.saveState("other", "x");
    await book.wb.saveState("fill.undo", LONG_VALUE);
    await book.wb.saveState("other", null);
    await book.wb.mark([finding("error", 1, 1)]);
    expect(await book.stateRow(0)).toEqual(future);
    const again = await book.reopen();
    expect(await again.stateRow(0)).toEqual(future);
    expect(await again.wb.loadState("future.key")).toBeNull();
    expect(await again.wb.loadState("fill.undo")).toBe(LONG_VALUE);
    await again.wb.clearMarks();
    await again.wb.saveState("fill.undo", null);
    expect(await again.stateRow(0)).toEqual(future);
  });

  test("findings on a sheet that is gone: mark says which sheet and marks nothing, the earlier marks stay", async () => {
    await book.wb.mark([finding("info", 4, 0)]);
    const plan = await book.snapshot("Plan");
    const record = await book.wb.loadState(MARKS_KEY);
    const gone = [finding("error", 1, 1), finding("warning", 0, 0, 0, 0, "Hilang")];
    expect(await refusal(book.wb.mark(gone))).toEqual(msg("workbook.markSheetMissing", { sheet: "Hilang" }));
    expect(await book.snapshot("Plan")).toEqual(plan);
    expect(await book.fill("Plan", 1, 1)).toEqual({ pattern: "Solid", color: GREEN });
    expect(await book.wb.loadState(MARKS_KEY)).toBe(record);
    await book.wb.clearMarks();
    expect(await book.fill("Plan", 4, 0)).toEqual({ pattern: "None" });
  });
});
