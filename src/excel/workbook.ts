import type { CellEdit } from "../core/edits";
import type { Finding } from "../core/finding";
import type { Grid, RangeRef } from "../core/grid";
import type { Workbook, WorkbookDecision, WorkbookRead, WorkbookSnapshot } from "../core/port";
import type { SheetSpec } from "../core/sheetspec";
import { a1, parseArea } from "./address";
import { SyncBatcher, defaultSyncBudget } from "./budget";
import { applyMarks } from "./marks";
import { readSheetGrid } from "./readGrid";
import { excelRun, runAction, type RunBatch } from "./run";
import { addSpecSheet } from "./sheetSpec";
import { readSnapshot, type SheetMemory } from "./snapshot";
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

  constructor(opts: ExcelWorkbookOptions = {}) {
    this.run = opts.run ?? excelRun;
    this.budget = opts.syncBudget ?? defaultSyncBudget();
    this.supports = opts.supports ?? officeSupports;
  }

  /** Visible worksheets in workbook order (hidden and very hidden ones, like "_renaksi", are left out). 1 sync. */
  sheets(): Promise<string[]> {
    return runAction(this.run, async (context) => {
      const all = context.workbook.worksheets;
      all.load("items/name,items/visibility");
      await context.sync();
      const visible = all.items.filter((w) => w.visibility === "Visible").map((w) => w.name);
      this.memory = { visible, state: all.items.some((w) => w.name.toLowerCase() === STATE_SHEET) };
      return visible;
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
   */
  readGrids(request: WorkbookRead = {}): Promise<WorkbookSnapshot> {
    return runAction(
      this.run,
      async (context) => {
        const read = await readSnapshot(context, request, { syncBudget: this.budget, memory: this.memory });
        this.memory = read.memory;
        return { grids: read.grids, state: read.state };
      },
      request.sheets?.length === 1 ? request.sheets[0] : undefined,
    );
  }

  /** readGrids, decide, then the change written in one more sync (see update.ts): one Excel.run. */
  update<T>(request: WorkbookRead, decide: (snapshot: WorkbookSnapshot) => WorkbookDecision<T> | Promise<WorkbookDecision<T>>): Promise<T> {
    const remember = (memory: SheetMemory): void => void (this.memory = memory);
    return runAction(this.run, (context) => runUpdate(context, request, decide, { syncBudget: this.budget, memory: this.memory, remember }));
  }

  /** 1 sync (more only past the payload budget). */
  applyEdits(edits: readonly CellEdit[]): Promise<void> {
    if (edits.length === 0) return Promise.resolve();
    return runAction(this.run, (context) => writeEdits(context, edits, this.budget), edits[0].sheet);
  }

  /** 2 syncs: existing names, then the whole sheet, activated (in that sync) unless opts.activate is false. */
  async addSheet(spec: SheetSpec, opts: { activate?: boolean } = {}): Promise<string> {
    const activate = opts.activate !== false;
    const name = await runAction(this.run, (context) => addSpecSheet(context, spec, { activate, budget: this.budget, supports: this.supports }));
    if (this.memory) this.memory = { ...this.memory, visible: [...this.memory.visible, name] };
    return name;
  }

  /** 4 syncs: state index, marks record, current fills, writes. */
  mark(findings: readonly Finding[]): Promise<void> {
    return runAction(this.run, (context) => applyMarks(context, findings, this.budget)).then(() => {
      if (findings.length > 0) this.stateWritten();
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
    return runAction(this.run, async (context) => {
      const index = await readStateIndex(context);
      const batcher = new SyncBatcher(context, this.budget);
      await queueStateSave(context, index, key, value, batcher);
      await batcher.flush();
    }).then(() => {
      if (value !== null) this.stateWritten();
    });
  }

  /** The state sheet exists now: the next read looks for it in its first sync. */
  private stateWritten(): void {
    if (this.memory) this.memory = { ...this.memory, state: true };
  }
}
