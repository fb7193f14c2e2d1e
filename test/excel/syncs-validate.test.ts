import { validateSyncs } from "../../bench/syncs";

/**
 * The validate use case in Excel (read every sheet through ExcelWorkbook, then
 * the engine) makes the same small number of context.sync() calls at 100 and
 * at 20,000 rows (desktop: no payload cap). On Excel on the web the count grows
 * only with megabytes of cells (see readGrid.test.ts).
 */
test("validate: the same number of syncs, at most 3, at 100 and 20,000 rows", async () => {
  const small = await validateSyncs(100, "desktop");
  const large = await validateSyncs(20_000, "desktop");
  expect(small).toBeLessThanOrEqual(3);
  expect(large).toBe(small);
}, 60_000);
