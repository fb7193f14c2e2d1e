import { BLOCK_BUDGET, PAYLOAD_LIMIT_BYTES, READ_BYTES_PER_CELL, planRowBlocks } from "../../src/excel";
import { SyncBatcher, jsonBytes } from "../../src/excel/budget";

describe("planRowBlocks", () => {
  test.each([
    [100, 14],
    [20_000, 14],
    [200_000, 30],
    [50, 16_384], // a row typed in column XFD
    [1, 16_384],
  ])("%i rows x %i columns: blocks cover every row once and stay within the block budget", (rows, cols) => {
    const blocks = planRowBlocks(rows, cols);
    let next = 0;
    for (const b of blocks) {
      expect(b.start).toBe(next);
      expect(b.count).toBeGreaterThanOrEqual(1);
      expect(b.count * cols * READ_BYTES_PER_CELL).toBeLessThanOrEqual(Math.max(BLOCK_BUDGET, cols * READ_BYTES_PER_CELL));
      next += b.count;
    }
    expect(next).toBe(rows);
  });

  test("long text cells give smaller blocks, each well under 5 MB", () => {
    // 2 columns of 32,767-character cells, read as values and text: about 131 KB per row.
    const perCell = 2 * 32_767 + 20;
    const blocks = planRowBlocks(1000, 2, { bytesPerCell: perCell });
    expect(blocks.length).toBeGreaterThan(100);
    for (const b of blocks) expect(b.count * 2 * perCell).toBeLessThan(PAYLOAD_LIMIT_BYTES / 2);
  });

  test("nothing to read gives no block", () => {
    expect(planRowBlocks(0, 10)).toEqual([]);
    expect(planRowBlocks(10, 0)).toEqual([]);
  });
});

describe("batching", () => {
  test("SyncBatcher syncs only when the next operation would not fit", async () => {
    let syncs = 0;
    const starts: number[] = [];
    const b = new SyncBatcher({ sync: async () => void syncs++ }, 10, () => starts.push(syncs));
    for (const n of [4, 4, 4, 9, 1]) await b.reserve(n);
    expect(syncs).toBe(2);
    await b.flush();
    await b.flush(); // nothing queued: no sync
    expect(syncs).toBe(3);
    expect(starts).toEqual([0, 1, 2]);
  });

  test("jsonBytes counts UTF-8 bytes of non-ASCII text", () => {
    expect(jsonBytes("abc")).toBe(5);
    expect(jsonBytes("é")).toBe(5);
  });
});
