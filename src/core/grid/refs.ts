/**
 * Cell and range coordinates: absolute, 0-based (row 0 = Excel row 1). Their own
 * module so that grid.ts and what it builds on (formulaCells.ts) share them
 * without importing each other; grid.ts re-exports them.
 */
export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number; // inclusive
  right: number; // inclusive
}
