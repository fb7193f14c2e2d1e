/**
 * A hand-written fake of the slice of the Office.js Excel API the adapter uses.
 *
 * It keeps Office.js's batch semantics honest: operations are queued and run
 * only at context.sync(), in order; a loaded property can be read only after
 * the sync that loaded it (reading earlier throws, as Office.js does); a sync
 * whose estimated request or response passes `limitBytes` (5 MB, Excel on the
 * web) fails with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded;
 * an operation that fails (ItemNotFound, more than 512 merged areas) fails the
 * sync after the operations before it ran. Every sync is counted, failed ones too.
 *
 * office-addin-mock (used in mock.test.ts) cannot express this: it has no
 * methods that create objects on the fly, no deferred execution, no failures.
 */
import { FakeBook, type FakeSheet } from "./model";
import { FakeOfficeError, jsonLength } from "./base";
import { FakeWorkbookProxy } from "./collection";

export { FakeOfficeError, jsonLength } from "./base";

export interface FakeOptions {
  /** Request and response limit per sync (default 5 MB, Excel on the web); Infinity for desktop. */
  limitBytes?: number;
  /** getMergedAreasOrNullObject fails above this many areas (512). */
  mergedAreasLimit?: number;
  /** Whether merged areas come back clipped to the range asked about (default true). */
  clipMergedAreas?: boolean;
  /** Make getSpecialCellsOrNullObject("Visible") fail the sync (as on hosts that cannot list them). */
  failVisibleCells?: boolean;
  /** Make getSpecialCellsOrNullObject("Formulas") fail the sync. */
  failFormulaCells?: boolean;
  /** A RangeAreas address lists at most this many areas (areaCount still counts them all), as Excel cuts long addresses short. */
  addressAreasLimit?: number;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  failed?: string;
}

export interface LogEntry {
  op: string;
  sheet?: string;
  address?: string;
  key?: string;
  value?: unknown;
}

interface Queued {
  requestBytes: number;
  /** Runs the operation; returns the response (for loads) and what to publish after a good sync. */
  run: () => { response?: unknown; publish?: () => void } | void;
}

export class FakeContext {
  readonly options: Required<FakeOptions>;
  readonly syncs: SyncRecord[] = [];
  readonly log: LogEntry[] = [];
  readonly workbook: FakeWorkbookProxy;
  /** Set by suspendApiCalculationUntilNextSync for the rest of the sync it runs in. */
  calculationSuspended = false;
  private queue: Queued[] = [];

  constructor(
    readonly book: FakeBook = new FakeBook(),
    options: FakeOptions = {},
  ) {
    this.options = {
      limitBytes: options.limitBytes ?? 5 * 1024 * 1024,
      mergedAreasLimit: options.mergedAreasLimit ?? 512,
      clipMergedAreas: options.clipMergedAreas ?? true,
      failVisibleCells: options.failVisibleCells ?? false,
      failFormulaCells: options.failFormulaCells ?? false,
      addressAreasLimit: options.addressAreasLimit ?? Infinity,
    };
    this.workbook = new FakeWorkbookProxy(this);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  enqueue(op: Queued): void {
    this.queue.push(op);
  }

  /** Queue a write: logged and applied at sync. */
  write(entry: LogEntry, apply: () => void, argBytes = 0): void {
    this.enqueue({
      requestBytes: 100 + argBytes,
      run: () => {
        this.check(entry.op, entry.sheet);
        apply();
        this.log.push(entry);
      },
    });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const record: SyncRecord = { requestBytes: queue.reduce((n, q) => n + q.requestBytes, 0), responseBytes: 0, operations: queue.length };
    this.syncs.push(record);
    await Promise.resolve();
    if (record.requestBytes > this.options.limitBytes) {
      record.failed = "RequestPayloadSizeLimitExceeded";
      throw new FakeOfficeError(record.failed);
    }
    const publish: (() => void)[] = [];
    try {
      for (const q of queue) {
        try {
          const out = q.run();
          if (out) {
            record.responseBytes += jsonLength(out.response);
            if (out.publish) publish.push(out.publish);
          }
        } catch (e) {
          record.failed = e instanceof FakeOfficeError ? e.code : String(e);
          throw e;
        }
      }
    } finally {
      this.calculationSuspended = false;
    }
    if (record.responseBytes > this.options.limitBytes) {
      record.failed = "ResponsePayloadSizeLimitExceeded";
      throw new FakeOfficeError(record.failed);
    }
    publish.forEach((p) => p());
  }

  /** Throw the book's chosen failure (FakeBook.failOn) when it matches this operation. */
  check(op: string, sheetOf?: string | (() => string | undefined)): void {
    const f = this.book.failOn;
    if (!f) return;
    const sheet = typeof sheetOf === "function" ? sheetOf() : sheetOf;
    const opMatches = f.op === "*" || f.op === op || (f.op === "write" && op !== "load");
    const sheetMatches = f.sheet === undefined || (sheet !== undefined && sheet.toLowerCase() === f.sheet.toLowerCase());
    if (opMatches && sheetMatches) throw new FakeOfficeError(f.code, f.message ?? `${f.code} (${op}${sheet ? ` on ${sheet}` : ""})`);
  }

  sheetOrThrow(name: string): FakeSheet {
    const s = this.book.sheet(name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
    return s;
  }
}

