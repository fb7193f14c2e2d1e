import { WorkbookError, toWorkbookError } from "../../src/excel";
import { excelMessages } from "../../src/excel/messages";
import { FakeBook, FakeOfficeError, fakeWorkbook } from "./fake";
import type { RunBatch } from "../../src/excel/run";
import { ExcelWorkbook } from "../../src/excel";

/** A run whose sync fails like Excel does, with a RichApi.Error carrying a code. */
function failing(code: string): RunBatch {
  return async (batch) =>
    batch({
      workbook: { worksheets: { getItem: () => ({ activate() {}, getRange: () => ({ select() {} }) }), load() {} } },
      sync: async () => {
        throw new FakeOfficeError(code, `RichApi.Error: ${code}`);
      },
    } as unknown as Excel.RequestContext);
}

describe("errors from Office.js", () => {
  test.each([
    ["AccessDenied", "ui.excel.protected"],
    ["InvalidOperationInCellEditMode", "ui.excel.cellEditMode"],
    ["RequestPayloadSizeLimitExceeded", "ui.excel.tooLarge"],
    ["ApiNotFound", "ui.excel.unsupported"],
    ["SomethingNew", "ui.excel.failed"],
  ])("%s becomes a WorkbookError with key %s", async (code, key) => {
    const wb = new ExcelWorkbook({ run: failing(code), supports: () => true });
    const err = await wb.sheets().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).key).toBe(key);
    expect((err as WorkbookError).code).toBe(code);
    expect((err as WorkbookError).text.id).not.toBe((err as WorkbookError).text.en);
  });

  test("ItemNotFound on a sheet operation names the sheet", async () => {
    const wb = new ExcelWorkbook({ run: failing("ItemNotFound"), supports: () => true });
    const err = (await wb.select("Lampiran", { top: 0, left: 0, bottom: 0, right: 0 }).catch((e: unknown) => e)) as WorkbookError;
    expect(err.key).toBe("ui.excel.sheetNotFound");
    expect(err.text.en).toContain("Lampiran");
  });

  test("anything thrown is wrapped, and a WorkbookError passes through unchanged", () => {
    const plain = toWorkbookError(new TypeError("boom"));
    expect(plain.key).toBe("ui.excel.failed");
    expect(plain.text.en).toContain("TypeError");
    expect(toWorkbookError(plain)).toBe(plain);
  });

  test("every ui.excel key has both languages", () => {
    const entries = Object.entries(excelMessages);
    expect(entries.length).toBeGreaterThanOrEqual(9); // refusals both adapters share are "workbook.*"
    for (const [k, entry] of entries) {
      expect(k).toMatch(/^ui\.excel\./);
      expect(entry.id.length).toBeGreaterThan(0);
      expect(entry.en.length).toBeGreaterThan(0);
    }
  });

  test("select activates the sheet and selects the range in one sync", async () => {
    const book = new FakeBook();
    book.addSheet("Satu");
    book.addSheet("Dua");
    const { wb, contexts } = fakeWorkbook(book);
    await wb.select("Dua", { top: 6, left: 1, bottom: 6, right: 4 });
    expect(book.active).toBe("Dua");
    expect(book.selection).toEqual({ sheet: "Dua", address: "B7:E7" });
    expect(contexts[0].syncCount).toBe(1);
  });
});
