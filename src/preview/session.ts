import type { CellValue } from "../core/grid";
import { PackageBook, XlsxWorkbook } from "../xlsx";
import { DATE1904_OFFSET, cellValueOf } from "../xlsx/cellValue";
import { blankWorkbookBytes } from "../xlsx/blank";
import { activate } from "../xlsx/views";
import type { SheetSource } from "./grid/model";
import { NotifyingWorkbook, type WorkbookChange } from "./notifying";

let nextId = 1;

/**
 * One workbook open in the page: the xlsx adapter over the package, and the
 * notifying port the task pane uses. A new file is a new session.
 */
export class PreviewSession {
  readonly id = nextId++;
  readonly port: NotifyingWorkbook;
  private readonly listeners = new Set<(change: WorkbookChange) => void>();

  /** `fileName` null: the empty workbook the page starts with (a package without sheets). */
  constructor(
    readonly xlsx: XlsxWorkbook = new XlsxWorkbook(PackageBook.open(blankWorkbookBytes())),
    readonly fileName: string | null = null,
  ) {
    this.port = new NotifyingWorkbook(this.xlsx, (change) => {
      for (const l of [...this.listeners]) l(change);
    });
  }

  /** The package the adapter edits. */
  get book(): PackageBook {
    return this.xlsx.book;
  }

  subscribe(listener: (change: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The sheet Excel would show on opening: the active tab when it is a visible worksheet, else the first visible sheet. */
  async firstSheet(): Promise<string | null> {
    const visible = await this.xlsx.sheets();
    const active = this.book.sheets()[this.book.workbook.activeTab];
    return active && active.kind === "worksheet" && visible.includes(active.name) ? active.name : visible[0] ?? null;
  }

  /** Make a sheet the active tab, as clicking its tab in Excel does (saved with the workbook); unknown names are ignored. */
  showSheet(name: string): void {
    const index = this.book.sheets().findIndex((s) => s.name === name && s.kind === "worksheet");
    if (index >= 0 && index !== this.book.workbook.activeTab) activate(this.book, index);
  }

  /** The worksheet part and styles the grid draws a sheet with; undefined for a name the workbook does not have. */
  sheetSource(name: string): SheetSource | undefined {
    const ws = this.book.sheets().find((s) => s.name === name && s.kind === "worksheet");
    return ws?.path ? { part: this.book.sheetPart(ws.path), styles: this.book.styles() } : undefined;
  }

  /**
   * A cell's value as the grid reads it (a formula's last result), for what the page shows of a
   * link to it; undefined for a sheet the workbook does not have (names compared as Excel does, ignoring case).
   */
  cellValue(sheet: string, row: number, col: number): CellValue | undefined {
    const ws = this.book.sheets().find((s) => s.name.toLowerCase() === sheet.toLowerCase() && s.kind === "worksheet");
    if (!ws?.path) return undefined;
    const rows = this.book.sheetPart(ws.path).rows;
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid].row < row) lo = mid + 1;
      else hi = mid;
    }
    const cell = rows[lo]?.row === row ? rows[lo].cells.find((c) => c.col === col) : undefined;
    if (!cell) return null;
    const v = cellValueOf(cell, this.book.sharedStrings());
    return typeof v === "number" && this.book.workbook.date1904 && this.book.styles().isDate(cell.s) ? v + DATE1904_OFFSET : v;
  }
}
