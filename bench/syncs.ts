/**
 * context.sync() calls of the Excel use cases, counted on the fake Office.js
 * context of test/excel (desktop: no payload cap, 64 MB budget; web: 4 MB
 * budget, 5 MB cap), for synthetic plans of any size on one or more sheets:
 * - validate: app/analyze analyzeWorkbook over ExcelWorkbook, then the engine;
 * - fill: app/fill applyFill over ExcelWorkbook on plans with empty quarters.
 * "Cold" is a new ExcelWorkbook (as each ribbon command makes); "warm" one that
 * has read the workbook before (the task pane's, after its first validation).
 */
import { analyzeWorkbook } from "../src/app/analyze";
import { applyFill } from "../src/app/fill";
import { DEFAULT_FILL_OPTIONS, type FillOptions } from "../src/core/fill";
import { validateAnalysis } from "../src/core/rules";
import { DESKTOP_SYNC_BUDGET, WEB_SYNC_BUDGET } from "../src/excel/budget";
import { FakeBook, cellFor, fakeWorkbook, putValue, syncReport, type FakeOptions, type SyncReport } from "../test/excel/fake";
import { syntheticPlan, type SyntheticSheet } from "./synthetic";

export type Platform = "desktop" | "web";
export type UseCase = "validate" | "fill";

type Counts = Record<UseCase, Record<string, number | null>>;

/** Syncs per use case and row count; null when the use case failed (see `errors`). */
export type SyncCounts = Counts & {
  /** The same plans on three sheets, with a new ExcelWorkbook (cold). */
  threeSheets?: Counts;
  /** Three sheets, with an ExcelWorkbook that has read the workbook before (warm: the task pane's). */
  threeSheetsWarm?: Counts;
  errors?: string[];
};

export interface SyncCase {
  rows: number;
  platform?: Platform;
  /** Sheets holding a plan each (default 1). */
  sheets?: number;
  /** Read the workbook once (not counted) with the same ExcelWorkbook first. */
  warm?: boolean;
  /** Fill the Kinerja quarters first (not counted), so the counted fill finds an undo record (fill only). */
  undoRecord?: boolean;
}

/** Synthetic sheets as a fake Excel workbook. */
export function fakeBookOf(...sheets: SyntheticSheet[]): FakeBook {
  const book = new FakeBook();
  for (const s of sheets) {
    const sheet = book.addSheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) putValue(cellFor(sheet, r, c), v, s.formats[r][c]);
      }),
    );
    sheet.merges.push(...s.merges.map((m) => ({ ...m })));
  }
  return book;
}

const PLATFORMS: Record<Platform, { fake: FakeOptions; budget: number }> = {
  desktop: { fake: { limitBytes: Infinity }, budget: DESKTOP_SYNC_BUDGET },
  web: { fake: {}, budget: WEB_SYNC_BUDGET },
};

/** Count the syncs of one use case; throws when it read or wrote nothing. */
export async function measureSyncs(useCase: UseCase, c: SyncCase): Promise<SyncReport<number>> {
  const p = PLATFORMS[c.platform ?? "desktop"];
  const n = c.sheets ?? 1;
  const plans = Array.from({ length: n }, (_, i) =>
    syntheticPlan({ rows: c.rows, seed: 8 + i, quarters: useCase === "fill" ? "empty" : "mixed", sheet: n === 1 ? undefined : `Renaksi ${i + 1}` }),
  );
  const book = fakeBookOf(...plans);
  if (c.undoRecord) {
    const first: FillOptions = { ...DEFAULT_FILL_OPTIONS, columns: "kinerja" };
    if ((await applyFill(fakeWorkbook(book, p.fake, { syncBudget: p.budget }).wb, first)).applied === 0) throw new Error("the first fill wrote nothing");
  }
  const { wb, contexts } = fakeWorkbook(book, p.fake, { syncBudget: p.budget });
  if (c.warm) await analyzeWorkbook(wb);
  const from = contexts.length;
  let result: number;
  if (useCase === "validate") {
    result = validateAnalysis(await analyzeWorkbook(wb)).length;
    if (result === 0) throw new Error("validate found nothing: the plan was not read");
  } else {
    const fill = await applyFill(wb, c.undoRecord ? { ...DEFAULT_FILL_OPTIONS, columns: "pelaksanaan" } : DEFAULT_FILL_OPTIONS);
    result = fill.applied;
    if (result === 0) throw new Error(`fill wrote nothing: ${fill.problem?.en ?? "no edits"}`);
  }
  return syncReport(result, contexts.slice(from));
}

export async function validateSyncs(rows: number, platform: Platform = "desktop", sheets = 1): Promise<number> {
  return (await measureSyncs("validate", { rows, platform, sheets })).syncs;
}

export async function fillSyncs(rows: number, platform: Platform = "desktop", sheets = 1): Promise<number> {
  return (await measureSyncs("fill", { rows, platform, sheets })).syncs;
}

/** Cold counts at each size on one sheet and on three; warm counts on three. */
export async function benchSyncs(sizes: readonly number[], platform: Platform = "desktop"): Promise<SyncCounts> {
  const three: Counts = { validate: {}, fill: {} };
  const threeWarm: Counts = { validate: {}, fill: {} };
  const out: SyncCounts = { validate: {}, fill: {}, threeSheets: three, threeSheetsWarm: threeWarm };
  const errors: string[] = [];
  const attempt = async (useCase: UseCase, c: SyncCase): Promise<number | null> => {
    try {
      return (await measureSyncs(useCase, c)).syncs;
    } catch (e) {
      errors.push(`${useCase} ${JSON.stringify(c)}: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  };
  for (const rows of sizes) {
    for (const useCase of ["validate", "fill"] as const) {
      out[useCase][String(rows)] = await attempt(useCase, { rows, platform });
      three[useCase][String(rows)] = await attempt(useCase, { rows, platform, sheets: 3 });
      threeWarm[useCase][String(rows)] = await attempt(useCase, { rows, platform, sheets: 3, warm: true });
    }
  }
  if (errors.length > 0) out.errors = errors;
  return out;
}
