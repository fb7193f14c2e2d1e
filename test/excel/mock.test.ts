/**
 * The adapter against office-addin-mock, Microsoft's mock for Office.js.
 *
 * office-addin-mock models load/sync of properties only: methods that return
 * objects (getItem, getRangeByIndexes, ...) are written into the mock data by
 * hand and must return objects inside the mock tree, or sync() does not reach
 * them. Its sync() also updates nested objects in promise callbacks it does not
 * await, so the counting wrapper below lets them settle. The bulk of the tests
 * use the fake in ./fake, which keeps Office.js's deferred execution.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose
// dependency chain loads ES modules (strip-bom) that this jest set-up does not
// transform; the enum is given here instead.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { ExcelWorkbook } from "../../src/excel";
import type { RunBatch } from "../../src/excel/run";

interface Counted {
  run: RunBatch;
  syncs: () => number;
  mock: Record<string, unknown>;
}

function counted(data: Record<string, unknown>): Counted {
  const mock = new OfficeMockObject(data) as unknown as { context: { sync: () => Promise<void> } } & Record<string, unknown>;
  let n = 0;
  const ctx = mock.context;
  const sync = ctx.sync.bind(ctx);
  ctx.sync = async () => {
    n++;
    await sync();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { run: (batch) => batch(ctx as unknown as Excel.RequestContext), syncs: () => n, mock };
}

describe("with office-addin-mock", () => {
  test("readGrid of a small sheet: values, text, formats, errors, merges, hidden rows, formula cells, in two syncs", async () => {
    const range = {
      values: [["Sasaran", "TW I"], ["Sasaran 1", 0.25], ["", "#REF!"]],
      text: [["Sasaran", "TW I"], ["Sasaran 1", "25%"], ["", "#REF!"]],
      numberFormat: [["General", "General"], ["General", "0%"], ["General", "General"]],
      valueTypes: [["String", "String"], ["String", "Double"], ["Empty", "Error"]],
      merged: { address: "Lampiran!C4:C5", areaCount: 1 },
      getMergedAreasOrNullObject() {
        return (this as unknown as { merged: unknown }).merged;
      },
      formulaAreas: { address: "Lampiran!D5", areaCount: 1 },
      getSpecialCellsOrNullObject(kind: string) {
        if (kind !== "Formulas") throw new Error(`unexpected special cells ${kind}`);
        return (this as unknown as { formulaAreas: unknown }).formulaAreas;
      },
    };
    const data = {
      context: {
        workbook: {
          worksheets: {
            sheet: {
              used: { rowIndex: 3, columnIndex: 2, rowCount: 3, columnCount: 2 },
              whole: {
                visible: { address: "Lampiran!1:4, Lampiran!6:1048576", areaCount: 2 },
                getSpecialCellsOrNullObject() {
                  return (this as unknown as { visible: unknown }).visible;
                },
              },
              range,
              getUsedRangeOrNullObject() {
                return (this as unknown as { used: unknown }).used;
              },
              getRange() {
                return (this as unknown as { whole: unknown }).whole;
              },
              getRangeByIndexes() {
                return (this as unknown as { range: unknown }).range;
              },
            },
            getItem() {
              return (this as unknown as { sheet: unknown }).sheet;
            },
          },
        },
      },
    };
    const { run, syncs, mock } = counted(data);
    // isNullObject is no loadable property in the mock: set it as plain fields.
    const sheet = (mock.context as { workbook: { worksheets: { sheet: Record<string, Record<string, unknown>> } } }).workbook.worksheets.sheet;
    sheet.used.isNullObject = false;
    (sheet.whole.visible as Record<string, unknown>).isNullObject = false;
    (sheet.range.merged as Record<string, unknown>).isNullObject = false;
    (sheet.range.formulaAreas as Record<string, unknown>).isNullObject = false;

    const grid = await new ExcelWorkbook({ run, supports: () => true, syncBudget: 4 * 1024 * 1024 }).readGrid("Lampiran");
    expect(syncs()).toBe(2);
    expect(grid.origin).toEqual({ row: 3, col: 2 });
    expect(grid.values).toEqual([["Sasaran", "TW I"], ["Sasaran 1", 0.25], [null, { error: "#REF!" }]]);
    expect(grid.text[1][1]).toBe("25%");
    expect(grid.formats[1][1]).toBe("0%");
    expect(grid.merges).toEqual([{ top: 3, left: 2, bottom: 4, right: 2 }]);
    expect(grid.hiddenRows).toEqual([4]);
    expect(grid.formulaCells).toEqual([{ top: 4, left: 3, bottom: 4, right: 3 }]);
  });

  test("select activates the sheet and selects the range in one sync", async () => {
    const data = {
      context: {
        workbook: {
          worksheets: {
            sheet: {
              activated: false,
              range: { address: "", selected: false, select() { (this as unknown as { selected: boolean }).selected = true; } },
              activate() { (this as unknown as { activated: boolean }).activated = true; },
              getRange(address: string) {
                const r = (this as unknown as { range: { address: string } }).range;
                r.address = address;
                return r;
              },
            },
            getItem() {
              return (this as unknown as { sheet: unknown }).sheet;
            },
          },
        },
      },
    };
    const { run, syncs, mock } = counted(data);
    await new ExcelWorkbook({ run, supports: () => true }).select("Lampiran", { top: 6, left: 1, bottom: 8, right: 4 });
    const sheet = (mock.context as { workbook: { worksheets: { sheet: { activated: boolean; range: { address: string; selected: boolean } } } } }).workbook.worksheets.sheet;
    expect(sheet.activated).toBe(true);
    expect(sheet.range).toMatchObject({ address: "B7:E9", selected: true });
    expect(syncs()).toBe(1);
  });
});
