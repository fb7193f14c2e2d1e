import { selectionScope } from "../../src/app/fill";
import { FakeBook, countSyncs, fakeWorkbook } from "./fake";
import { planSheet } from "./fixtures";

function book(): FakeBook {
  const b = new FakeBook();
  planSheet(b, "Plan", 20);
  planSheet(b, "Rencana Aksi 2027", 10);
  return b;
}

describe("ExcelWorkbook.selection", () => {
  test("the selected range and its sheet, in one sync", async () => {
    const b = book();
    b.selection = { sheet: "Rencana Aksi 2027", address: "C6:F9" };
    const report = await countSyncs(b, (wb) => wb.selection!());
    expect(report.result).toEqual({ sheet: "Rencana Aksi 2027", range: { top: 5, left: 2, bottom: 8, right: 5 } });
    expect(report.syncs).toBe(1);
  });

  test("what select() selected, and the fill's selected-rows scope from it", async () => {
    const { wb } = fakeWorkbook(book());
    await wb.select("Plan", { top: 9, left: 0, bottom: 12, right: 13 });
    expect(await wb.selection!()).toEqual({ sheet: "Plan", range: { top: 9, left: 0, bottom: 12, right: 13 } });
    expect(await selectionScope(wb)).toEqual({ sheet: "Plan", rows: { top: 9, bottom: 12 } });
  });

  test("whole rows and a single cell", async () => {
    const b = book();
    const { wb } = fakeWorkbook(b);
    b.selection = { sheet: "Plan", address: "5:7" };
    expect(await wb.selection!()).toEqual({ sheet: "Plan", range: { top: 4, left: 0, bottom: 6, right: 16_383 } });
    b.selection = { sheet: "Plan", address: "B3" };
    expect(await wb.selection!()).toEqual({ sheet: "Plan", range: { top: 2, left: 1, bottom: 2, right: 1 } });
  });

  test("a chart selected, or several areas: null (no selection), never an error", async () => {
    const b = book();
    const { wb } = fakeWorkbook(b);
    b.objectSelected = true;
    expect(await wb.selection!()).toBeNull();
    expect(await selectionScope(wb)).toBeNull();
    b.objectSelected = false;
    b.selection = { sheet: "Plan", address: "A1:B2,D4" };
    expect(await wb.selection!()).toBeNull();
  });
});
