import * as ExcelJS from "exceljs";
import { NotifyingWorkbook, type WorkbookChange } from "../../src/preview/notifying";
import type { Finding } from "../../src/core/finding";
import type { SheetSpec } from "../../src/core/sheetspec";
import { openExcelJs, readBack } from "./books";

async function setup() {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Lampiran").getCell("B2").value = "x";
  const inner = await openExcelJs(book);
  const changes: WorkbookChange[] = [];
  /** B2 of Lampiran as another program reads the saved package. */
  const savedB2 = async () => (await readBack(inner.save())).getWorksheet("Lampiran")?.getCell("B2").value;
  return { inner, savedB2, port: new NotifyingWorkbook(inner, (c) => changes.push(c)), changes };
}

const finding: Finding = {
  rule: "percent.unreadable", severity: "error", sheet: "Lampiran",
  range: { top: 1, left: 1, bottom: 1, right: 1 }, message: { id: "x", en: "x" },
};
const spec: SheetSpec = {
  name: "Rencana Aksi 2025", cells: [{ row: 0, col: 0, value: "RENCANA AKSI" }], merges: [], columnWidths: {},
  pageSetup: { orientation: "landscape", paper: "a4" },
};

test("each call that changes what the grid shows is forwarded, then reported", async () => {
  const { savedB2, port, changes } = await setup();
  await port.applyEdits([{ sheet: "Lampiran", row: 1, col: 1, value: "y", previous: { value: "x", format: "General" } }]);
  expect(await savedB2()).toBe("y");
  await port.mark([finding]);
  await port.clearMarks();
  const name = await port.addSheet(spec);
  const hidden = await port.addSheet({ ...spec, name: "Info", hidden: true }, { before: "Lampiran" });
  await port.replaceSheet(name, { ...spec, cells: [{ row: 0, col: 0, value: "BARU" }] }, { activate: false });
  await port.select("lampiran", { top: 4, left: 2, bottom: 4, right: 2 });
  expect(changes).toEqual([
    { type: "cells" },
    { type: "cells" },
    { type: "cells" },
    { type: "sheetAdded", sheet: name, activate: true },
    // A hidden sheet is never shown: the page lists the sheets again, and stays where it is.
    { type: "sheetAdded", sheet: hidden, activate: false },
    { type: "sheetAdded", sheet: name, activate: false },
    { type: "selected", sheet: "Lampiran", range: { top: 4, left: 2, bottom: 4, right: 2 } },
  ]);
  expect(await port.sheets({ hidden: true })).toEqual(["Info", "Lampiran", name]);
  expect((await port.readGrid(name)).values[0][0]).toBe("BARU");
  expect(await port.selection()).toEqual({ sheet: "Lampiran", range: { top: 4, left: 2, bottom: 4, right: 2 } });
});

test("reads and state writes are forwarded without a report", async () => {
  const { port, changes } = await setup();
  expect(await port.sheets()).toEqual(["Lampiran"]);
  expect((await port.readGrid("Lampiran")).text[0][0]).toBe("x");
  await port.saveState("k", "v");
  expect(await port.loadState("k")).toBe("v");
  expect(changes).toEqual([]);
});

test("a failing change is still reported, and the error reaches the caller", async () => {
  const { inner, port, changes } = await setup();
  inner.applyEdits = async () => {
    throw new Error("boom");
  };
  await expect(port.applyEdits([])).rejects.toThrow("boom");
  inner.addSheet = async () => {
    throw new Error("no room");
  };
  await expect(port.addSheet(spec)).rejects.toThrow("no room");
  expect(changes).toEqual([{ type: "cells" }, { type: "cells" }]);
});

test("update goes to the adapter's own, reported once when it writes cells, not when it writes state only", async () => {
  const { savedB2, port, changes } = await setup();
  const edit = { sheet: "Lampiran", row: 1, col: 1, value: "y", previous: { value: "x", format: "General" } };
  expect((await port.readGrids({ state: ["k"] })).grids.map((g) => g.sheet)).toEqual(["Lampiran"]);
  expect(await port.update({ state: ["k"] }, ({ state }) => ({ result: state.k, change: { stateBefore: { k: "v" } } }))).toBeNull();
  expect(changes).toEqual([]);
  expect(await port.update({ state: ["k"] }, ({ state }) => ({ result: state.k, change: { edits: [edit], stateAfter: { k: null } } }))).toBe("v");
  expect(await savedB2()).toBe("y");
  expect(await port.loadState("k")).toBeNull();
  expect(changes).toEqual([{ type: "cells" }]);
});

test("an update whose cells fail to write is still reported; one whose decision throws writes and reports nothing", async () => {
  const { inner, port, changes } = await setup();
  const oops = new Error("oops");
  await expect(port.update({}, () => { throw oops; })).rejects.toBe(oops);
  expect(changes).toEqual([]);
  inner.applyEdits = async () => {
    throw new Error("protected");
  };
  const edit = { sheet: "Lampiran", row: 1, col: 1, value: "y", previous: { value: "x", format: "General" } };
  await expect(port.update({}, () => ({ result: 0, change: { edits: [edit] } }))).rejects.toThrow("protected");
  expect(changes).toEqual([{ type: "cells" }]);
});
