import { measureSyncs } from "../../bench/syncs";
import { PAYLOAD_LIMIT_BYTES, WEB_SYNC_BUDGET } from "../../src/excel";

/**
 * The fill use case in Excel (app/fill applyFill over ExcelWorkbook.update):
 * sheet list, probes and the undo record's key column in one sync; every
 * sheet's cells and the undo record in the next; the record and the quarters
 * written together in the third. Cold = a new ExcelWorkbook; warm = one that
 * has read the workbook before (the task pane's).
 */
describe("fill: context.sync() calls", () => {
  test("desktop: the same number at 100 and 20,000 rows, at most 3", async () => {
    const small = await measureSyncs("fill", { rows: 100 });
    const large = await measureSyncs("fill", { rows: 20_000 });
    expect(small.result).toBeGreaterThan(0);
    expect(large.result).toBeGreaterThan(small.result);
    expect(large.syncs).toBe(small.syncs);
    expect(small.syncs).toBeLessThanOrEqual(3);
  }, 120_000);

  test("an undo record already there: still 3 once the workbook was read; one more the first time", async () => {
    expect((await measureSyncs("fill", { rows: 20_000, undoRecord: true, warm: true })).syncs).toBe(3);
    expect((await measureSyncs("fill", { rows: 100, undoRecord: true })).syncs).toBe(4);
  }, 120_000);

  test("three sheets: no sync more once the workbook was read", async () => {
    expect((await measureSyncs("fill", { rows: 100, sheets: 3, warm: true })).syncs).toBe(3);
    expect((await measureSyncs("fill", { rows: 5_000, sheets: 3, warm: true })).syncs).toBe(3);
    expect((await measureSyncs("fill", { rows: 100, sheets: 3 })).syncs).toBe(4);
  }, 120_000);

  test("Excel on the web: every request and response under 5 MB; syncs grow only with megabytes", async () => {
    const small = await measureSyncs("fill", { rows: 100, platform: "web" });
    expect(small.syncs).toBe(3);
    const large = await measureSyncs("fill", { rows: 20_000, platform: "web" });
    expect(large.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(large.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(large.records.every((r) => !r.failed)).toBe(true);
    const sent = large.records.reduce((n, r) => n + r.requestBytes, 0);
    const received = large.records.reduce((n, r) => n + r.responseBytes, 0);
    // Reads as for validate, writes one per 4 MB budget.
    expect(large.syncs).toBeGreaterThan(small.syncs);
    expect(large.syncs).toBeLessThanOrEqual(2 + Math.ceil(received / ((WEB_SYNC_BUDGET * 2) / 3)) + Math.ceil(sent / WEB_SYNC_BUDGET));
  }, 120_000);
});
