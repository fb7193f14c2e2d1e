/**
 * context.sync() calls of the Excel use cases, counted on the fake Office.js
 * context of test/excel (desktop: no payload cap, 64 MB budget; web: 4 MB
 * budget, 5 MB cap), for synthetic plans of any size on one or more sheets:
 * - validate: app/analyze analyzeWorkbook over ExcelWorkbook, then the engine;
 * - fill: app/fill applyFill over ExcelWorkbook on plans with empty quarters.
 * "Cold" is a new ExcelWorkbook (as each ribbon command makes); "warm" one that
 * has read the workbook before (the task pane's, after its first validation).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { analyzeWorkbook } from "../src/app/analyze";
import { lastEvent } from "../src/app/bus";
import { createDecree } from "../src/app/decree";
import { applyFill, previewFill, undoFill } from "../src/app/fill";
import { validateWorkbook } from "../src/app/validate";
import { commandDeps, insertTemplate as insertTemplateCommand } from "../src/commands/actions";
import { emptyMeta, mergeMeta } from "../src/core/decree";
import type { ExcelWorkbook } from "../src/excel";
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

/**
 * Whole user actions, each as the surface makes it (the use cases of src/app
 * and the ribbon's commands over one ExcelWorkbook), counted in Excel.run calls
 * and context.sync() calls on a one-sheet synthetic plan (desktop budget):
 * - validateRibbonCold: "Validasi Rencana" with the pane closed: the pane
 *   opens on a new ExcelWorkbook, its first reading and the ribbon's request
 *   (replayed at mount) made together;
 * - validateRibbonOpen: the same with the pane open (it has read the workbook);
 * - fillApplyPreview: "Terapkan" with a preview shown (applyFill);
 * - fillApplyNoPreview: "Terapkan" without one (applyFill with confirmOverwrite);
 * - undoFill: "Batalkan" after a fill;
 * - mark / clearMarks: after a validation (and, for clearMarks, a mark);
 * - insertTemplate: the ribbon's "Sisipkan Templat" on a new ExcelWorkbook;
 * - createDecree: "Buat Keputusan" with the Lampiran heading, from the pane's reading.
 * What comes before the counted action (the pane's reading, the preview, the
 * fill to undo, the mark to clear) runs on the same ExcelWorkbook, not counted.
 */
export const ACTIONS = [
  "validateRibbonCold", "validateRibbonOpen", "fillApplyPreview", "fillApplyNoPreview", "undoFill",
  "mark", "clearMarks", "insertTemplate", "createDecree",
] as const;
export type Action = (typeof ACTIONS)[number];

export interface ActionCount {
  /** Excel.run calls. */
  runs: number;
  /** context.sync() calls, all runs together. */
  syncs: number;
}

/** Per action: the counts at each size, keyed "rows100", "rows20000". */
export type ActionCounts = Record<string, Record<string, ActionCount | null>>;

/** Count one whole action at `rows` rows; throws when it did nothing. */
export async function measureAction(action: Action, rows: number): Promise<ActionCount> {
  const fill = action === "fillApplyPreview" || action === "fillApplyNoPreview" || action === "undoFill";
  const plan = syntheticPlan({ rows, seed: 8, quarters: fill ? "empty" : "mixed" });
  // The decree writes the Lampiran heading into empty cells: the synthetic plan's own heading lines go.
  if (action === "createDecree") plan.values.forEach((row) => /^(Lampiran|TENTANG|NOMOR|Tanggal)/.test(String(row.find((v) => v !== null) ?? "")) && row.fill(null));
  const { wb, contexts } = fakeWorkbook(fakeBookOf(plan), PLATFORMS.desktop.fake, { syncBudget: PLATFORMS.desktop.budget });
  const cold = action === "validateRibbonCold" || action === "insertTemplate";
  const before = cold ? null : await validateWorkbook(wb);
  if (action === "fillApplyPreview") await previewFill(wb, DEFAULT_FILL_OPTIONS);
  if (action === "undoFill" && (await applyFill(wb, DEFAULT_FILL_OPTIONS)).applied === 0) throw new Error("the fill to undo wrote nothing");
  if (action === "clearMarks") await wb.mark(before?.findings ?? []);
  const from = contexts.length;
  const done = await ACTION_RUNS[action](wb, before);
  if (!done) throw new Error(`${action} did nothing`);
  const report = syncReport(done, contexts.slice(from));
  return { runs: contexts.length - from, syncs: report.syncs };
}

type Validation = Awaited<ReturnType<typeof validateWorkbook>>;

/** Each action; true when it did what it is for. */
const ACTION_RUNS: Record<Action, (wb: ExcelWorkbook, before: Validation | null) => Promise<boolean>> = {
  validateRibbonCold: async (wb) => {
    const [reading, validation] = await Promise.all([analyzeWorkbook(wb), validateWorkbook(wb)]);
    return reading.plans.length > 0 && validation.findings.length > 0;
  },
  validateRibbonOpen: async (wb) => (await validateWorkbook(wb)).findings.length > 0,
  fillApplyPreview: async (wb) => (await applyFill(wb, DEFAULT_FILL_OPTIONS)).applied > 0,
  fillApplyNoPreview: async (wb) => (await applyFill(wb, DEFAULT_FILL_OPTIONS, { confirmOverwrite: true })).applied > 0,
  undoFill: async (wb) => (await undoFill(wb)).restored > 0,
  mark: async (wb, before) => {
    if (!before?.findings.length) return false;
    await wb.mark(before.findings);
    return true;
  },
  clearMarks: async (wb) => {
    await wb.clearMarks();
    return true;
  },
  insertTemplate: async (wb) => {
    commandDeps.workbook = () => wb;
    let completed = false;
    await insertTemplateCommand({ completed: () => void (completed = true) } as unknown as Office.AddinCommands.Event);
    const event = lastEvent();
    return completed && event?.type === "templateInserted";
  },
  createDecree: async (wb, before) => {
    const meta = mergeMeta(emptyMeta(), JSON.parse(fs.readFileSync(META_FILE, "utf8"))).meta;
    const made = await createDecree(wb, meta, { paper: "a4", lampiranHeading: true, analysis: before?.analysis, today: "2022-06-01" });
    return made.sheet !== null && made.lampiran !== undefined && "written" in made.lampiran;
  },
};

/** The decree metadata of the test fixtures (found from here or from lib/bench/bench, where the bench runs compiled). */
const META_FILE = ((): string => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, "test/fixtures/meta/dinkop-nganjuk-2022.json");
})();

/** Every action at each size; a failed one is null, its message in `errors`. */
export async function benchActions(sizes: readonly number[]): Promise<{ actions: ActionCounts; errors: string[] }> {
  const actions: ActionCounts = {};
  const errors: string[] = [];
  for (const action of ACTIONS) {
    actions[action] = {};
    for (const rows of sizes) {
      try {
        actions[action][`rows${rows}`] = await measureAction(action, rows);
      } catch (e) {
        actions[action][`rows${rows}`] = null;
        errors.push(`${action} ${rows} rows: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  return { actions, errors };
}
