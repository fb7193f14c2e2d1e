import * as ExcelJS from "exceljs";
import { PreviewSession } from "../../src/preview/session";
import { loadWorkbook } from "../../src/xlsx";
import type { SheetSpec } from "../../src/core/sheetspec";
import { openExcelJs, readBack } from "./books";

const spec: SheetSpec = {
  name: "Rencana Aksi 2025", cells: [{ row: 0, col: 0, value: "RENCANA AKSI" }], merges: [], columnWidths: {},
  pageSetup: { orientation: "landscape", paper: "a4" },
};

/** Sheets A, B (hidden), C, D with the workbook's active tab at `activeTab`. */
async function fourSheets(activeTab: number): Promise<PreviewSession> {
  const book = new ExcelJS.Workbook();
  for (const name of ["A", "B", "C", "D"]) book.addWorksheet(name).getCell("A1").value = name;
  book.getWorksheet("B")!.state = "hidden";
  book.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab, visibility: "visible" }];
  return new PreviewSession(await openExcelJs(book), "empat.xlsx");
}

test("a new session is an empty workbook: no sheet to show, and the task pane can add one", async () => {
  const session = new PreviewSession();
  expect(session.fileName).toBeNull();
  expect(await session.xlsx.sheets()).toEqual([]);
  expect(await session.firstSheet()).toBeNull();
  expect(session.sheetSource("Sheet1")).toBeUndefined();
  expect(await session.port.selection()).toBeNull();

  const name = await session.port.addSheet(spec);
  expect(await session.xlsx.sheets()).toEqual([name]);
  expect(await session.firstSheet()).toBe(name);
  expect(session.sheetSource(name)).toBeDefined();
  // what the new sheet holds is the adapter's (test/xlsx); here: the package saved from the blank one opens elsewhere
  expect((await readBack(session.xlsx.save())).worksheets.map((w) => w.name)).toEqual([name]);
});

test("two new sessions are two workbooks", async () => {
  const a = new PreviewSession();
  const b = new PreviewSession();
  expect(a.id).not.toBe(b.id);
  await a.port.addSheet(spec);
  expect(await b.xlsx.sheets()).toEqual([]);
});

test("the first sheet shown is the active tab when it is a visible worksheet, else the first visible sheet", async () => {
  expect(await (await fourSheets(2)).firstSheet()).toBe("C");
  expect(await (await fourSheets(0)).firstSheet()).toBe("A");
  expect(await (await fourSheets(1)).firstSheet()).toBe("A"); // B is hidden
  expect(await (await fourSheets(9)).firstSheet()).toBe("A"); // no such tab
});

test("a hidden first sheet is not shown first", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Rahasia").state = "veryHidden";
  book.addWorksheet("Lampiran").getCell("A1").value = 1;
  const session = new PreviewSession(await openExcelJs(book));
  expect(await session.firstSheet()).toBe("Lampiran");
});

test("showing a sheet makes it the active tab, kept in the download; the selection is left alone", async () => {
  const session = await fourSheets(0);
  await session.xlsx.select("A", { top: 2, left: 1, bottom: 2, right: 1 });
  session.showSheet("D");
  expect(await session.firstSheet()).toBe("D");
  expect(await session.port.selection()).toEqual({ sheet: "A", range: { top: 2, left: 1, bottom: 2, right: 1 } });
  session.showSheet("nope");
  const reopened = loadWorkbook(session.xlsx.save());
  if (!reopened.ok) throw new Error(reopened.reason);
  expect(reopened.workbook.book.workbook.activeTab).toBe(3);
  expect(await new PreviewSession(reopened.workbook).firstSheet()).toBe("D");
  expect((await readBack(session.xlsx.save())).getWorksheet("D")?.getCell("A1").value).toBe("D");
});

test("a sheet's source is its worksheet part and the styles; a name not in the workbook has none", async () => {
  const session = await fourSheets(0);
  const c = session.sheetSource("C");
  expect(c?.part.rows[0].cells[0]).toMatchObject({ col: 0 });
  expect(c?.styles).toBe(session.book.styles());
  expect(session.sheetSource("E")).toBeUndefined();
});
