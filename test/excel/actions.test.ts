import type { Finding } from "../../src/core/finding";
import type { SheetSpec } from "../../src/core/sheetspec";
import { MARK_COLORS, STATE_SHEET } from "../../src/excel";
import { FakeBook, cellFor, fakeWorkbook, getCell, putValue, type FakeSheet } from "./fake";
import { paint, planSheet } from "./fixtures";

/** What the shorter paths of whole actions must still get right (bench/syncs.ts counts them). */
const finding = (top: number, left: number, sheet = "Plan"): Finding => ({
  rule: "percent.range",
  severity: "error",
  sheet,
  range: { top, left, bottom: top, right: left },
  message: { id: "x", en: "x" },
});

/** A one-cell sheet. */
function blankTemplateSpec(name: string): SheetSpec {
  const margins = { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 };
  return { name, cells: [{ row: 0, col: 0, value: "judul" }], merges: [], columnWidths: {}, pageSetup: { orientation: "portrait", paper: "a4", margins } };
}

function styles(s: FakeSheet): string {
  const styled = [...s.cells.entries()].filter(([, c]) => Object.keys(c.style).length > 0);
  return JSON.stringify(styled.sort((a, b) => a[0] - b[0]).map(([k, c]) => [k, c.style]));
}

describe("marks after a read: the state index tells where the record is", () => {
  test("a mark over earlier marks from another session, then clear: 3 syncs each, every fill back exactly", async () => {
    const b = new FakeBook();
    const sheet = planSheet(b, "Plan", 30);
    paint(sheet, 7, 5, "#00B050");
    const before = styles(sheet);
    await fakeWorkbook(b).wb.mark([finding(7, 5), finding(9, 2)]); // an earlier session
    const { wb, contexts } = fakeWorkbook(b);
    await wb.readGrids();
    const from = contexts.length;
    await wb.mark([finding(9, 2), finding(11, 3)]);
    expect(contexts.slice(from).flatMap((c) => c.syncs)).toHaveLength(3);
    expect(getCell(sheet, 7, 5).style["fill.color"]).toBe("#00B050"); // no longer flagged: its green is back
    expect(getCell(sheet, 11, 3).style["fill.color"]).toBe(MARK_COLORS.error);
    const again = contexts.length;
    await wb.clearMarks();
    expect(contexts.slice(again).flatMap((c) => c.syncs)).toHaveLength(3);
    expect(styles(sheet)).toBe(before);
  });

  test("a record that moved since it was seen costs one sync more, and is still read right", async () => {
    const b = new FakeBook();
    const sheet = planSheet(b, "Plan", 30);
    const before = styles(sheet);
    const { wb, contexts } = fakeWorkbook(b);
    await wb.readGrids();
    await wb.mark([finding(9, 2)]);
    // Another session moves the record one row down (a key written above it).
    const state = b.sheet(STATE_SHEET)!;
    for (const [key, cell] of [...state.cells.entries()].sort((x, y) => y[0] - x[0])) {
      state.cells.delete(key);
      const to = cellFor(state, Math.floor(key / 16384) + 1, key % 16384);
      Object.assign(to, cell);
    }
    const from = contexts.length;
    await wb.clearMarks();
    expect(contexts.slice(from).flatMap((c) => c.syncs)).toHaveLength(4);
    expect(styles(sheet)).toBe(before);
  });

  test("a finding on a sheet that is gone is still refused by name, nothing written", async () => {
    const b = new FakeBook();
    const sheet = planSheet(b, "Plan", 30);
    const before = styles(sheet);
    const { wb } = fakeWorkbook(b);
    await wb.readGrids();
    await expect(wb.mark([finding(9, 2), finding(1, 1, "Hilang")])).rejects.toMatchObject({ key: "workbook.markSheetMissing" });
    expect(styles(sheet)).toBe(before);
  });
});

describe("reads made together share one Excel.run", () => {
  test("two reads asked at once are one run; a read asked after a write started is a run of its own", async () => {
    const b = new FakeBook();
    planSheet(b, "Plan", 30);
    const { wb, contexts } = fakeWorkbook(b);
    const [a, c] = await Promise.all([wb.readGrids(), wb.readGrids()]);
    expect(contexts).toHaveLength(1);
    expect(c).toBe(a);
    const first = wb.readGrids();
    const write = wb.applyEdits([{ sheet: "Plan", row: 40, col: 0, value: "baru", previous: { value: null, format: "General" } }]);
    const second = wb.readGrids();
    expect(second).not.toBe(first);
    await Promise.all([first, write, second]);
    expect(contexts).toHaveLength(4);
    expect(JSON.stringify((await wb.readGrids()).grids[0].values)).toContain("baru");
  });
});

describe("addSheet after a read: one sync, and a name taken meanwhile is still never replaced", () => {
  test("one sync when the names are known", async () => {
    const b = new FakeBook();
    planSheet(b, "Plan", 30);
    const { wb, contexts } = fakeWorkbook(b);
    await wb.readGrids();
    const n = contexts.length;
    expect(await wb.addSheet(blankTemplateSpec("Baru"))).toBe("Baru");
    expect(contexts.slice(n).flatMap((c) => c.syncs)).toHaveLength(1);
  });

  test("a sheet of that name added by someone else since: the names are read again and the next free one used", async () => {
    const b = new FakeBook();
    planSheet(b, "Plan", 30);
    const { wb } = fakeWorkbook(b);
    await wb.readGrids();
    const theirs = b.addSheet("Baru");
    putValue(cellFor(theirs, 0, 0), "milik orang lain", "General");
    expect(await wb.addSheet(blankTemplateSpec("Baru"))).toBe("Baru (2)");
    expect(getCell(theirs, 0, 0).value).toBe("milik orang lain");
    expect(getCell(b.sheet("Baru (2)")!, 0, 0).value).toBe("judul");
  });
});
