import * as ExcelJS from "exceljs";
import { XlsxWorkbook } from "../xlsx";
import { activeSheet } from "../xlsx/views";
import { NotifyingWorkbook, type WorkbookChange } from "./notifying";

let nextId = 1;

/**
 * One workbook open in the page: the ExcelJS workbook, the xlsx adapter over
 * it, and the notifying port the task pane uses. A new file is a new session.
 */
export class PreviewSession {
  readonly id = nextId++;
  readonly xlsx: XlsxWorkbook;
  readonly port: NotifyingWorkbook;
  private readonly listeners = new Set<(change: WorkbookChange) => void>();

  /** `fileName` null: the empty workbook the page starts with. */
  constructor(
    readonly book: ExcelJS.Workbook = new ExcelJS.Workbook(),
    readonly fileName: string | null = null,
  ) {
    this.xlsx = new XlsxWorkbook(book);
    this.port = new NotifyingWorkbook(this.xlsx, (change) => {
      for (const l of [...this.listeners]) l(change);
    });
  }

  subscribe(listener: (change: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The sheet Excel would show on opening: the active tab when visible, else the first visible sheet. */
  async firstSheet(): Promise<string | null> {
    const visible = await this.xlsx.sheets();
    const active = activeSheet(this.book)?.name;
    return active !== undefined && visible.includes(active) ? active : visible[0] ?? null;
  }
}
