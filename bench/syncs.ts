/**
 * context.sync() calls of the Excel use cases, counted on the fake Office.js
 * context of test/excel (desktop-like: no payload cap), at 100 and 20,000 rows:
 * - validate: read every sheet (ExcelWorkbook.sheets + readGrid each, as
 *   app/analyze does) and run the engine;
 * - fill: app/fill applyFill over ExcelWorkbook on a plan with empty quarters.
 * The same use cases are also counted with Excel on the web's 4 MB budget and 5 MB cap.
 */
import { analyzeWorkbook } from "../src/app/analyze";
import { applyFill } from "../src/app/fill";
import { DEFAULT_FILL_OPTIONS } from "../src/core/fill";
import { validateAnalysis } from "../src/core/rules";
import { DESKTOP_SYNC_BUDGET, WEB_SYNC_BUDGET } from "../src/excel/budget";
import { FakeBook, cellFor, countSyncs, type FakeOptions } from "../test/excel/fake";
import { syntheticPlan, type SyntheticSheet } from "./synthetic";

/** Syncs per use case and row count; null when the use case failed (see `errors`). */
export type SyncCounts = Record<"validate" | "fill", Record<string, number | null>> & { errors?: string[] };

/** The synthetic sheet as a fake Excel workbook. */
export function fakeBookOf(s: SyntheticSheet): FakeBook {
  const book = new FakeBook();
  const sheet = book.addSheet(s.name);
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = cellFor(sheet, r, c);
      cell.format = s.formats[r][c];
      if (typeof v === "object") {
        cell.value = v.error;
        cell.type = "Error";
      } else {
        cell.value = v;
        cell.type = typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
      }
    }),
  );
  sheet.merges.push(...s.merges.map((m) => ({ ...m })));
  return book;
}

const PLATFORMS: Record<"desktop" | "web", { fake: FakeOptions; budget: number }> = {
  desktop: { fake: { limitBytes: Infinity }, budget: DESKTOP_SYNC_BUDGET },
  web: { fake: {}, budget: WEB_SYNC_BUDGET },
};

export async function validateSyncs(rows: number, platform: keyof typeof PLATFORMS = "desktop"): Promise<number> {
  const p = PLATFORMS[platform];
  const book = fakeBookOf(syntheticPlan({ rows, seed: 8 }));
  const report = await countSyncs(book, async (wb) => validateAnalysis(await analyzeWorkbook(wb)), p.fake, { syncBudget: p.budget });
  if (report.result.length === 0) throw new Error("validate found nothing: the plan was not read");
  return report.syncs;
}

export async function fillSyncs(rows: number, platform: keyof typeof PLATFORMS = "desktop"): Promise<number> {
  const p = PLATFORMS[platform];
  const book = fakeBookOf(syntheticPlan({ rows, seed: 8, quarters: "empty" }));
  const report = await countSyncs(book, (wb) => applyFill(wb, DEFAULT_FILL_OPTIONS), p.fake, { syncBudget: p.budget });
  if (report.result.applied === 0) throw new Error(`fill wrote nothing: ${report.result.problem?.en ?? "no edits"}`);
  return report.syncs;
}

export async function benchSyncs(sizes: readonly number[], platform: keyof typeof PLATFORMS = "desktop"): Promise<SyncCounts> {
  const out: SyncCounts = { validate: {}, fill: {} };
  const errors: string[] = [];
  const attempt = async (count: () => Promise<number>, what: string): Promise<number | null> => {
    try {
      return await count();
    } catch (e) {
      errors.push(`${what}: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  };
  for (const rows of sizes) {
    out.validate[String(rows)] = await attempt(() => validateSyncs(rows, platform), `validate ${rows} rows (${platform})`);
    out.fill[String(rows)] = await attempt(() => fillSyncs(rows, platform), `fill ${rows} rows (${platform})`);
  }
  if (errors.length > 0) out.errors = errors;
  return out;
}
