import { measureSyncs } from "../../bench/syncs";
import { PAYLOAD_LIMIT_BYTES, WEB_SYNC_BUDGET } from "../../src/excel";

/**
 * The validate use case in Excel (app/analyze analyzeWorkbook over
 * ExcelWorkbook.readGrids, then the engine): sheet list and probes in one
 * sync, every sheet's cells in the next. Cold = a new ExcelWorkbook (a ribbon
 * command's); warm = the task pane's, which has read the workbook before.
 */
describe("validate: context.sync() calls", () => {
  test("desktop: the same number at 100 and 20,000 rows, at most 3 (2)", async () => {
    const small = await measureSyncs("validate", { rows: 100 });
    const large = await measureSyncs("validate", { rows: 20_000 });
    expect(large.syncs).toBe(small.syncs);
    expect(small.syncs).toBeLessThanOrEqual(3);
    expect(small.syncs).toBe(2);
    expect(large.maxResponseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES); // 20,000 rows came back in one response
  }, 60_000);

  test("three sheets: no sync more once the workbook was read; one more the first time only", async () => {
    const one = await measureSyncs("validate", { rows: 100 });
    expect((await measureSyncs("validate", { rows: 100, sheets: 3, warm: true })).syncs).toBe(one.syncs);
    expect((await measureSyncs("validate", { rows: 20_000, sheets: 3, warm: true })).syncs).toBe(one.syncs);
    expect((await measureSyncs("validate", { rows: 100, sheets: 3 })).syncs).toBe(one.syncs + 1);
  }, 120_000);

  test("Excel on the web: every request and response under 5 MB; syncs grow only with megabytes of cells", async () => {
    const small = await measureSyncs("validate", { rows: 100, platform: "web" });
    expect(small.syncs).toBe(2);
    const large = await measureSyncs("validate", { rows: 20_000, platform: "web" });
    expect(large.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(large.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(large.records.every((r) => !r.failed)).toBe(true);
    const total = large.records.reduce((n, r) => n + r.responseBytes, 0);
    // After the probe sync, one per 2/3 of the 4 MB budget (the estimate keeps a margin), plus one for rounding.
    expect(large.syncs).toBeGreaterThan(small.syncs);
    expect(large.syncs).toBeLessThanOrEqual(2 + Math.ceil(total / ((WEB_SYNC_BUDGET * 2) / 3)));
  }, 60_000);
});
