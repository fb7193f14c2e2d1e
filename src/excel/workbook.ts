import { errorCode, WorkbookError } from "./errors";
import type { CellEdit } from "../core/edits";
import type { Finding } from "../core/finding";
import type { Grid, RangeRef } from "../core/grid";
import type { NewSheetOptions, SheetListOptions, Workbook, WorkbookDecision, WorkbookRead, WorkbookSnapshot } from "../core/port";
import type { SheetSpec } from "../core/sheetspec";
import { a1, parseArea } from "./address";
import { SyncBatcher, defaultSyncBudget } from "./budget";
import { MARKS_KEY, applyMarks, type MarksGuess } from "./marks";
import { readSheetGrid } from "./readGrid";
import { excelRun, runAction, type RunBatch } from "./run";
import { addSpecSheet } from "./sheetSpec";
import { protectedIn, readSnapshot, SHEET_LIST, stateRowsOf, type SheetMemory } from "./snapshot";
import { STATE_SHEET, queueStateLoad, queueStateSave, readStateIndex } from "./state";
import { runUpdate } from "./update";
import { writeEdits } from "./writeEdits";

export interface ExcelWorkbookOptions {
  /** Runs a batch: Excel.run by default; tests pass a fake. */
  run?: RunBatch;
  /** Bytes one context.sync() may carry; default by platform (4 MB on the web, see budget.ts). */
  syncBudget?: number;
  /** Requirement-set check; default Office.context.requirements.isSetSupported. */
  supports?: (set: string, version: string) => boolean;
}

function officeSupports(set: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  return req ? req.isSetSupported(set, version) : true;
}

/**
 * The Workbook port over Office.js. Each method is one Excel.run with a
 * constant number of context.sync() calls (see each module for the count);
 * failures arrive as WorkbookError.
 */
export class ExcelWorkbook implements Workbook {
  private readonly run: RunBatch;
  private readonly budget: number;
  private readonly supports: (set: string, version: string) => boolean;
  /** The sheet list as last seen, so readGrids/update probe the sheets in their first sync (checked every time). */
  private memory: SheetMemory | null = null;
  /** The read in flight, which a read of the same request made meanwhile joins (no write since it started). */
  private reading: { key: string; promise: Promise<WorkbookSnapshot> } | null = null;

  constructor(opts: ExcelWorkbookOptions = {}) {
    this.run = opts.run ?? excelRun;
    this.budget = opts.syncBudget ?? defaultSyncBudget();
    this.supports = opts.supports ?? officeSupports;
  }

  /** Visible worksheets in workbook order (hidden ones unless opts.hidden, and very hidden ones, like "_renaksi", left out). 1 sync. */
  sheets(opts?: SheetListOptions): Promise<string[]> {
    return runAction(this.run, async (context) => {
      const all = context.workbook.worksheets;
      all.load(SHEET_LIST);
      await context.sync();
      const visible = all.items.filter((w) => w.visibility === "Visible").map((w) => w.name);
      const state = all.items.some((w) => w.name.toLowerCase() === STATE_SHEET);
      this.memory = { ...this.memory, visible, state, all: all.items.map((w) => w.name), protectedSheets: protectedIn(all.items), ...(state ? {} : { stateRows: {} }) };
      if (!opts?.hidden) return visible;
      return all.items.filter((w) => w.visibility === "Visible" || (w.visibility === "Hidden" && w.name.toLowerCase() !== STATE_SHEET)).map((w) => w.name);
    });
  }

  /** 2 syncs (probe, data); on Excel on the web one more per ~4 MB of cell data. */
  readGrid(sheet: string): Promise<Grid> {
    return runAction(this.run, (context) => readSheetGrid(context, sheet, { syncBudget: this.budget }), sheet);
  }

  /**
   * Grids and state values in one Excel.run: 2 syncs when the sheet list is as
   * this object last saw it (or has at most two visible sheets), else 3;
   * see snapshot.ts. On Excel on the web one more per ~4 MB of cells.
   * A read asked for while the same read is in flight, with no write started
   * since, shares it: the pane's first reading and the ribbon's validation
   * requested at the same moment are one Excel.run.
   */
  readGrids(request: WorkbookRead = {}): Promise<WorkbookSnapshot> {
    const key = JSON.stringify([request.sheets ?? null, request.state ?? []]);
    if (this.reading?.key === key) return this.reading.promise;
    const promise = this.readOnce(request);
    const entry = { key, promise };
    this.reading = entry;
    const done = (): void => {
      if (this.reading === entry) this.reading = null;
    };
    promise.then(done, done);
    return promise;
  }

  private readOnce(request: WorkbookRead): Promise<WorkbookSnapshot> {
    return runAction(
      this.run,
      async (context) => {
        const read = await readSnapshot(context, request, { syncBudget: this.budget, memory: this.memory });
        this.memory = read.memory;
        return { grids: read.grids, state: read.state, hidden: read.hidden };
      },
      request.sheets?.length === 1 ? request.sheets[0] : undefined,
    );
  }

  /** readGrids, decide, then the change written in one more sync (see update.ts): one Excel.run. */
  update<T>(request: WorkbookRead, decide: (snapshot: WorkbookSnapshot) => WorkbookDecision<T> | Promise<WorkbookDecision<T>>): Promise<T> {
    this.writing();
    const remember = (memory: SheetMemory): void => void (this.memory = memory);
    return runAction(this.run, (context) => runUpdate(context, request, decide, { syncBudget: this.budget, memory: this.memory, remember }));
  }

  /** 1 sync (more only past the payload budget). */
  applyEdits(edits: readonly CellEdit[]): Promise<void> {
    if (edits.length === 0) return Promise.resolve();
    this.writing();
    return runAction(this.run, (context) => writeEdits(context, edits, this.budget), edits[0].sheet);
  }

  /**
   * 1 sync once this object has read the sheet names (the whole sheet, activated in that sync
   * unless opts.activate is false); 2 before (the names first).
   */
  async addSheet(spec: SheetSpec, opts: NewSheetOptions = {}): Promise<string> {
    this.writing();
    const activate = opts.activate !== false;
    const names = this.memory?.all;
    const name = await runAction(this.run, (context) =>
      addSpecSheet(context, spec, { activate, budget: this.budget, supports: this.supports, names, before: opts.before }),
    );
    if (this.memory) this.memory = withNewSheet(this.memory, name, opts.before, spec.hidden === true);
    return name;
  }

  /** 1 sync: the sheet deleted; a sheet that is not there (ItemNotFound), or one known to be hidden (the port removes visible sheets only), is a no-op. */
  removeSheet(name: string): Promise<void> {
    if (this.knownHidden(name)) return Promise.resolve();
    this.writing();
    return runAction(this.run, async (context) => {
      context.workbook.worksheets.getItem(name).delete();
      await context.sync().catch((e: unknown) => {
        if (errorCode(e) !== "ItemNotFound") throw e;
      });
    }).then(() => {
      const drop = (list: readonly string[]) => list.filter((n) => n.toLowerCase() !== name.toLowerCase());
      if (this.memory) this.memory = { ...this.memory, visible: drop(this.memory.visible), all: this.memory.all && drop(this.memory.all) };
    });
  }

  /** True when this object has read the sheet list and the sheet is there but not visible. */
  private knownHidden(name: string): boolean {
    const m = this.memory;
    const lower = name.toLowerCase();
    return !!m?.all?.some((n) => n.toLowerCase() === lower) && !m.visible.some((n) => n.toLowerCase() === lower);
  }

  /**
   * The same syncs as addSheet: the new content is built on a new sheet, then the old sheet
   * is deleted and the new one takes its name and place, and stays hidden when it was known to be.
   */
  async replaceSheet(sheet: string, spec: SheetSpec, opts: { activate?: boolean } = {}): Promise<void> {
    this.writing();
    // Excel lets a protected sheet be deleted: the add-in's own sheet the office protected is refused
    // here, as the .xlsx adapter refuses it (known from the sheet list this object read last).
    if (this.memory?.protectedSheets?.some((n) => n.toLowerCase() === sheet.toLowerCase())) throw new WorkbookError("workbook.sheetProtected", { sheet });
    const hidden = this.knownHidden(sheet);
    const activate = opts.activate !== false && !hidden;
    const names = this.memory?.all;
    await runAction(
      this.run,
      (context) => addSpecSheet(context, { ...spec, hidden }, { activate, budget: this.budget, supports: this.supports, names, replace: sheet }),
      sheet,
    );
  }

  /**
   * Once this object has read the workbook: 2 syncs for a first mark, 3 over earlier marks (the
   * state index tells where the record is); 4 before (see marks.ts).
   */
  mark(findings: readonly Finding[]): Promise<void> {
    this.writing();
    const m = this.memory;
    const row = m?.stateRows?.[MARKS_KEY];
    const guess: MarksGuess = m ? { state: m.state, ...(row ? { record: row } : {}) } : {};
    return runAction(this.run, (context) => applyMarks(context, findings, this.budget, guess)).then(({ index }) => {
      if (this.memory) this.memory = { ...this.memory, state: index !== null, stateRows: stateRowsOf(index) };
    });
  }

  clearMarks(): Promise<void> {
    return this.mark([]);
  }

  /** Activate the sheet and select the range. 1 sync. */
  select(sheet: string, range: RangeRef): Promise<void> {
    return runAction(
      this.run,
      async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(a1(range)).select();
        await context.sync();
      },
      sheet,
    );
  }

  /**
   * The selected range and its sheet (workbook.getSelectedRange, ExcelApi 1.1).
   * 1 sync. Null when cells are not what is selected: a chart or a shape, or
   * several areas (getSelectedRange fails on those), or an address it cannot read.
   */
  selection(): Promise<{ sheet: string; range: RangeRef } | null> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address,worksheet/name");
      await context.sync();
      const ref = parseArea(range.address);
      return ref ? { sheet: range.worksheet.name, range: ref } : null;
    }).catch(() => null);
  }

  /** 2 syncs: the key column of "_renaksi", then the value. */
  loadState(key: string): Promise<string | null> {
    return runAction(this.run, async (context) => {
      const index = await readStateIndex(context);
      const batcher = new SyncBatcher(context, this.budget);
      const value = await queueStateLoad(context, index, key, batcher);
      await batcher.flush();
      return value();
    });
  }

  /** 2 syncs: the key column of "_renaksi", then the write (null removes the key). */
  saveState(key: string, value: string | null): Promise<void> {
    this.writing();
    return runAction(this.run, async (context) => {
      const index = await readStateIndex(context);
      const batcher = new SyncBatcher(context, this.budget);
      await queueStateSave(context, index, key, value, batcher);
      await batcher.flush();
    }).then(() => {
      if (value !== null) this.stateWritten();
    });
  }

  /** The state sheet exists now: the next read looks for it in its first sync (its rows are read again). */
  private stateWritten(): void {
    if (this.memory) this.memory = { ...this.memory, state: true, stateRows: undefined };
  }

  /** A write starts: a read already in flight may not see it, so no later read joins that one. */
  private writing(): void {
    this.reading = null;
  }
}

/** The sheet list as remembered, with a sheet added at the end or before another (as addSpecSheet places it). */
function withNewSheet(memory: SheetMemory, name: string, before: string | undefined, hidden: boolean): SheetMemory {
  const place = (list: readonly string[]): string[] => {
    const at = before === undefined ? -1 : list.findIndex((n) => n.toLowerCase() === before.toLowerCase());
    return at < 0 ? [...list, name] : [...list.slice(0, at), name, ...list.slice(at)];
  };
  const all = memory.all && place(memory.all);
  const shown = new Set(memory.visible);
  const visible = hidden ? memory.visible : all ? all.filter((n) => n === name || shown.has(n)) : place(memory.visible);
  return { ...memory, visible, all };
}
