import type { CellEdit } from "../../../src/core/edits";
import { UNDO_DEPTH, lastUndo, popUndo, pushUndo, undoDepth } from "../../../src/core/fill";

function edit(row: number, value: CellEdit["value"], prev: CellEdit["value"], format = "0.00%"): CellEdit {
  return { sheet: "Lampiran I", row, col: 6, value, format: "0.00%", previous: { value: prev, format } };
}

/** What the record gives back: the edit without the format it set (undo restores the previous one). */
function stored(e: CellEdit): CellEdit {
  return { sheet: e.sheet, row: e.row, col: e.col, value: e.value, previous: e.previous };
}

describe("the fill's undo record", () => {
  it("keeps the cells of each fill, last one first out", () => {
    const first = [edit(10, 0.25, null), edit(11, 0.5, "-", "General")];
    const second = [edit(12, "25%", { error: "#REF!" }), edit(13, 0.75, true)];
    let json = pushUndo(null, first);
    json = pushUndo(json, second);
    expect(undoDepth(json)).toBe(2);
    expect(lastUndo(json)).toEqual(second.map(stored));
    json = popUndo(json);
    expect(lastUndo(json)).toEqual(first.map(stored));
    json = popUndo(json);
    expect(json).toBeNull();
    expect(lastUndo(json)).toBeNull();
  });

  it("keeps only the last fills", () => {
    let json: string | null = null;
    for (let i = 0; i < UNDO_DEPTH + 3; i++) json = pushUndo(json, [edit(i, i, null)]);
    expect(undoDepth(json)).toBe(UNDO_DEPTH);
    expect(lastUndo(json)?.[0].row).toBe(UNDO_DEPTH + 2);
  });

  it("reads a damaged record as nothing to undo", () => {
    for (const bad of ["{", "null", '{"v":2,"stack":[]}', '{"v":1,"stack":[{"sheets":[],"formats":[],"cells":[[0,1,1,1,1,0]]}]}']) {
      expect(lastUndo(bad)).toBeNull();
      expect(undoDepth(bad)).toBe(0);
    }
  });

  it("keeps a formula the cell held, so undo can write it back; records without one read as before", () => {
    const withFormula: CellEdit = { ...edit(20, 0.25, 0.2, "0%"), previous: { value: 0.2, format: "0%", formula: "=10%*2" } };
    const json = pushUndo(pushUndo(null, [edit(19, 0.5, null)]), [withFormula, edit(21, 0.75, null)]);
    expect(lastUndo(json)).toEqual([stored(withFormula), stored(edit(21, 0.75, null))]);
    expect(lastUndo(json)?.[1].previous).not.toHaveProperty("formula");
    expect(lastUndo(popUndo(json))).toEqual([stored(edit(19, 0.5, null))]);
    const old = '{"v":1,"stack":[{"sheets":["S"],"formats":["0%"],"cells":[[0,1,1,0.5,null,0]]}]}';
    expect(lastUndo(old)).toEqual([{ sheet: "S", row: 1, col: 1, value: 0.5, previous: { value: null, format: "0%" } }]);
    expect(lastUndo('{"v":1,"stack":[{"sheets":["S"],"formats":["0%"],"cells":[[0,1,1,0.5,null,0,7]]}]}')).toBeNull();
  });
});
