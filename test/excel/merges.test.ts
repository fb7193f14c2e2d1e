import type { RangeRef } from "../../src/core/grid";
import { MAX_MERGED_AREAS_PER_CALL, joinMergePieces, planMergeTiles } from "../../src/excel/merges";

const cells = (r: RangeRef): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);
const clip = (m: RangeRef, t: RangeRef): RangeRef | null => {
  const r = { top: Math.max(m.top, t.top), left: Math.max(m.left, t.left), bottom: Math.min(m.bottom, t.bottom), right: Math.min(m.right, t.right) };
  return r.top > r.bottom || r.left > r.right ? null : r;
};

describe("merge tiles", () => {
  test.each([
    [{ top: 4, left: 0, bottom: 20_003, right: 13 }],
    [{ top: 0, left: 0, bottom: 99, right: 999 }],
    [{ top: 10, left: 3, bottom: 10, right: 3 }],
  ])("tiles of %j hold at most 512 cells and cover the region with one-cell overlaps", (region) => {
    const tiles = planMergeTiles(region);
    const covered = new Set<number>();
    for (const t of tiles) {
      expect(cells(t)).toBeLessThanOrEqual(MAX_MERGED_AREAS_PER_CALL);
      for (let r = t.top; r <= t.bottom; r++) for (let c = t.left; c <= t.right; c++) covered.add(r * 16384 + c);
    }
    expect(covered.size).toBe(cells(region));
  });

  test("pieces read per tile join back into the original areas, clipped or not", () => {
    const region = { top: 0, left: 0, bottom: 299, right: 39 };
    const merges: RangeRef[] = [
      { top: 0, left: 0, bottom: 299, right: 0 }, // crosses every tile row
      { top: 0, left: 1, bottom: 0, right: 39 }, // crosses every tile column
      { top: 5, left: 5, bottom: 60, right: 30 }, // crosses both
    ];
    // Stacked merges sharing edges with each other, some exactly on tile boundaries.
    for (let r = 61; r < 299; r += 2) merges.push({ top: r, left: 2, bottom: r + 1, right: 3 });
    const tiles = planMergeTiles(region);
    for (const clipped of [true, false]) {
      const pieces = tiles.flatMap((t) => merges.filter((m) => clip(m, t)).map((m) => (clipped ? (clip(m, t) as RangeRef) : m)));
      expect(joinMergePieces(pieces)).toEqual([...merges].sort((a, b) => a.top - b.top || a.left - b.left));
    }
  });
});
