import type { CellEdit } from "../core/edits";
import type { Finding } from "../core/finding";
import type { Grid, RangeRef } from "../core/grid";
import type { NewSheetOptions, SheetListOptions, Workbook, WorkbookDecision, WorkbookRead, WorkbookSnapshot } from "../core/port";
import type { SheetSpec } from "../core/sheetspec";

/** What changed in the workbook, for the page to show. */
export type WorkbookChange =
  | { type: "cells" }
  | { type: "sheetAdded"; sheet: string; activate: boolean }
  | { type: "sheetRemoved"; sheet: string }
  | { type: "selected"; sheet: string; range: RangeRef };

/** The port's mandatory part plus selection(), as XlsxWorkbook has it. */
export type SelectableWorkbook = Workbook & Required<Pick<Workbook, "selection" | "removeSheet">>;

/**
 * The task pane's workbook in the preview: forwards every call to the xlsx
 * adapter and tells the page after each call that changes what the grid shows
 * (cells, marks, new sheets, the selection) - also when the call failed half
 * way, so the page never shows stale cells. State writes (the hidden sheet)
 * change nothing visible and are not reported. The batched calls go to the
 * adapter's own, so the preview takes the path Excel takes.
 */
export class NotifyingWorkbook implements Workbook {
  constructor(
    readonly inner: SelectableWorkbook,
    private readonly notify: (change: WorkbookChange) => void,
  ) {}

  sheets(opts?: SheetListOptions): Promise<string[]> {
    return this.inner.sheets(opts);
  }

  readGrid(sheet: string): Promise<Grid> {
    return this.inner.readGrid(sheet);
  }

  readGrids(request?: WorkbookRead): Promise<WorkbookSnapshot> {
    return this.inner.readGrids(request);
  }

  /** The adapter's update; reported as a cells change when the decision wrote cells (also when the write failed half way). */
  async update<T>(request: WorkbookRead, decide: (snapshot: WorkbookSnapshot) => WorkbookDecision<T> | Promise<WorkbookDecision<T>>): Promise<T> {
    let writesCells = false;
    try {
      return await this.inner.update(request, async (snapshot) => {
        const decision = await decide(snapshot);
        writesCells = (decision.change?.edits?.length ?? 0) > 0;
        return decision;
      });
    } finally {
      if (writesCells) this.notify({ type: "cells" });
    }
  }

  async applyEdits(edits: readonly CellEdit[]): Promise<void> {
    try {
      await this.inner.applyEdits(edits);
    } finally {
      this.notify({ type: "cells" });
    }
  }

  async addSheet(spec: SheetSpec, opts?: NewSheetOptions): Promise<string> {
    let name: string | undefined;
    try {
      name = await this.inner.addSheet(spec, opts);
      return name;
    } finally {
      this.notify(name === undefined ? { type: "cells" } : { type: "sheetAdded", sheet: name, activate: opts?.activate !== false && !spec.hidden });
    }
  }

  async replaceSheet(sheet: string, spec: SheetSpec, opts?: { activate?: boolean }): Promise<void> {
    try {
      await this.inner.replaceSheet(sheet, spec, opts);
    } finally {
      this.notify({ type: "sheetAdded", sheet, activate: opts?.activate !== false });
    }
  }

  async removeSheet(name: string): Promise<void> {
    try {
      await this.inner.removeSheet(name);
    } finally {
      this.notify({ type: "sheetRemoved", sheet: name });
    }
  }

  async mark(findings: readonly Finding[]): Promise<void> {
    try {
      await this.inner.mark(findings);
    } finally {
      this.notify({ type: "cells" });
    }
  }

  async clearMarks(): Promise<void> {
    try {
      await this.inner.clearMarks();
    } finally {
      this.notify({ type: "cells" });
    }
  }

  /** Select in the workbook, then report the selection as the adapter recorded it (its sheet name). */
  async select(sheet: string, range: RangeRef): Promise<void> {
    await this.inner.select(sheet, range);
    const sel = await this.inner.selection();
    if (sel) this.notify({ type: "selected", sheet: sel.sheet, range: sel.range });
  }

  selection(): Promise<{ sheet: string; range: RangeRef } | null> {
    return this.inner.selection();
  }

  loadState(key: string): Promise<string | null> {
    return this.inner.loadState(key);
  }

  saveState(key: string, value: string | null): Promise<void> {
    return this.inner.saveState(key, value);
  }
}
