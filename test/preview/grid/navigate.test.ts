import { gridFromRows } from "../../../src/core/grid";
import { step } from "../../../src/preview/grid/navigate";

const grid = gridFromRows("S", [
  ["a", "b", "c"],
  ["d", "e", "f"],
  ["g", "h", "i"],
  ["j", "k", "l"],
], { merges: [{ top: 1, left: 0, bottom: 2, right: 1 }] });
const rows = [0, 1, 2, 3];
const cols = [0, 1, 2];
const cell = (row: number, col: number) => ({ top: row, left: col, bottom: row, right: col });

test("the arrows move one shown row or column, and stop at the edges", () => {
  expect(step(grid, rows, cols, cell(0, 2), "down")).toEqual(cell(1, 2));
  expect(step(grid, rows, cols, cell(0, 2), "up")).toEqual(cell(0, 2));
  expect(step(grid, rows, cols, cell(3, 2), "right")).toEqual(cell(3, 2));
  expect(step(grid, rows, [0, 2], cell(0, 0), "right")).toEqual(cell(0, 2)); // a hidden column is skipped
});

test("moving into a merged area selects all of it; moving out leaves from its edge", () => {
  const merged = { top: 1, left: 0, bottom: 2, right: 1 };
  expect(step(grid, rows, cols, cell(0, 0), "down")).toEqual(merged);
  expect(step(grid, rows, cols, merged, "down")).toEqual(cell(3, 0));
  expect(step(grid, rows, cols, merged, "right")).toEqual(cell(1, 2));
  expect(step(grid, rows, cols, cell(3, 1), "up")).toEqual(merged);
});
