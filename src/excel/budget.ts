/**
 * Payload budgets and block sizing for Office.js round trips.
 *
 * Excel on the web rejects a request or a response above 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). The
 * limit is per context.sync(): everything queued before a sync travels in one
 * request and comes back in one response. So large reads and writes are split
 * twice: into blocks (one range object each, so no single operation is huge)
 * and into batches of blocks (one sync each) whose estimated size stays under
 * the sync budget. Below the budget everything goes in one sync.
 */

export const MB = 1024 * 1024;
/** Excel on the web's limit for one request or response. */
export const PAYLOAD_LIMIT_BYTES = 5 * MB;
/** What one sync may carry on Excel on the web: well under the limit. */
export const WEB_SYNC_BUDGET = 4 * MB;
/** Desktop Excel has no payload limit; a batch is still bounded. */
export const DESKTOP_SYNC_BUDGET = 64 * MB;
/** One range operation is kept below this. */
export const BLOCK_BUDGET = 1 * MB;
/**
 * Estimated response bytes per cell when reading values, text, numberFormat and
 * valueTypes: an empty cell costs about 24 bytes of JSON ("", "", "General",
 * "Empty"), a 20-character text about 65, an 80-character text about 185.
 * Planning tables average 40-60; 64 keeps a margin.
 */
export const READ_BYTES_PER_CELL = 64;
/** Fixed request cost of one queued range operation (object path + action). */
export const OPERATION_OVERHEAD_BYTES = 400;

export interface RowBlock {
  /** First row of the block, relative to the region's top. */
  start: number;
  count: number;
}

/**
 * Split `rows` rows of `cols` columns into row blocks whose estimated size
 * (rows x cols x bytesPerCell) stays within blockBytes. A block has at least one row.
 */
export function planRowBlocks(
  rows: number,
  cols: number,
  opts: { blockBytes?: number; bytesPerCell?: number } = {},
): RowBlock[] {
  if (rows <= 0 || cols <= 0) return [];
  const rowBytes = cols * (opts.bytesPerCell ?? READ_BYTES_PER_CELL);
  const perBlock = Math.max(1, Math.floor((opts.blockBytes ?? BLOCK_BUDGET) / rowBytes));
  const blocks: RowBlock[] = [];
  for (let start = 0; start < rows; start += perBlock) {
    blocks.push({ start, count: Math.min(perBlock, rows - start) });
  }
  return blocks;
}

/** JSON size of a value as it would travel, in UTF-8 bytes (non-ASCII counted as 3). */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? "";
  return s.length + (s.match(/[\u0080-\uffff]/g)?.length ?? 0) * 2;
}

/**
 * The sync budget for the running platform: Excel on the web (or unknown) gets
 * WEB_SYNC_BUDGET, desktop and Mac DESKTOP_SYNC_BUDGET.
 */
export function defaultSyncBudget(): number {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const platform = office?.context?.platform;
  if (platform === undefined || platform === null) return WEB_SYNC_BUDGET;
  return String(platform) === "OfficeOnline" ? WEB_SYNC_BUDGET : DESKTOP_SYNC_BUDGET;
}

/**
 * Queues operations and syncs whenever the estimated payload of what is queued
 * would pass the budget, so each sync stays under it. flush() syncs the rest.
 */
export class SyncBatcher {
  private used = 0;
  private pending = 0;
  /** Syncs made so far. */
  syncs = 0;
  constructor(
    private readonly context: { sync(): Promise<unknown> },
    private readonly budget: number,
    /** Called before the first operation of each batch (e.g. to suspend calculation until its sync). */
    private readonly startBatch?: () => void,
  ) {}

  /** Account for `bytes` about to be queued: syncs first when they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.used + bytes > this.budget) await this.flush();
    if (this.pending === 0) this.startBatch?.();
    this.used += bytes;
    this.pending++;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    this.used = 0;
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
  }
}
