import type { RangeRef } from "../core/grid";

/** getMergedAreasOrNullObject fails when a range holds more than this many merged areas. */
export const MAX_MERGED_AREAS_PER_CALL = 512;

/**
 * Tiles over a region for reading merged areas piecewise. Each tile overlaps
 * its right and lower neighbours by one column / row and holds at most
 * `maxCells` cells, so it can hold at most that many merged areas (each area
 * covers at least one of its cells): with maxCells <= 512 no call can fail.
 */
export function planMergeTiles(region: RangeRef, maxCells = 500): RangeRef[] {
  const rows = region.bottom - region.top + 1;
  const cols = region.right - region.left + 1;
  if (rows <= 0 || cols <= 0) return [];
  // Narrow regions: tiles span every column, overlapping by one row only.
  const fullWidth = cols * 2 <= maxCells;
  const stepCols = fullWidth ? cols : Math.floor(Math.sqrt(maxCells)) - 1;
  const width = fullWidth ? cols : stepCols + 1;
  const stepRows = Math.max(1, Math.floor(maxCells / width) - 1);
  const tiles: RangeRef[] = [];
  for (let top = region.top; top <= region.bottom; top += stepRows) {
    for (let left = region.left; left <= region.right; left += stepCols) {
      tiles.push({
        top,
        left,
        bottom: Math.min(region.bottom, top + stepRows),
        right: fullWidth ? region.right : Math.min(region.right, left + stepCols),
      });
    }
  }
  return tiles;
}

/**
 * Join the pieces of merged areas read tile by tile. Whether Office.js returns
 * an area clipped to the tile or whole, pieces of one area share cells through
 * the overlapping rows and columns, and pieces of different areas never do
 * (merged areas cannot overlap). So pieces sharing a cell are unioned; each
 * union's bounding box is one merged area. Duplicates collapse.
 */
export function joinMergePieces(pieces: readonly RangeRef[]): RangeRef[] {
  const parent = pieces.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const owner = new Map<number, number>();
  pieces.forEach((p, i) => {
    for (let r = p.top; r <= p.bottom; r++) {
      for (let c = p.left; c <= p.right; c++) {
        const key = r * 16384 + c;
        const other = owner.get(key);
        if (other === undefined) owner.set(key, i);
        else parent[find(i)] = find(other);
      }
    }
  });
  const boxes = new Map<number, RangeRef>();
  pieces.forEach((p, i) => {
    const root = find(i);
    const box = boxes.get(root);
    if (!box) boxes.set(root, { ...p });
    else {
      box.top = Math.min(box.top, p.top);
      box.left = Math.min(box.left, p.left);
      box.bottom = Math.max(box.bottom, p.bottom);
      box.right = Math.max(box.right, p.right);
    }
  });
  return [...boxes.values()]
    .filter((b) => b.bottom > b.top || b.right > b.left)
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
