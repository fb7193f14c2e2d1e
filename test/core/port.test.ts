import type { CellEdit } from "../../src/core/edits";
import { gridFromRows, type Grid } from "../../src/core/grid";
import { readWorkbookBasic, updateWorkbookBasic, type BasicWorkbook, type WorkbookSnapshot } from "../../src/core/port";

/** A port's basic methods, over plain data (and a hidden sheet "Arsip", never read), logging every call. */
function basicPort(sheets: Record<string, Grid>, state: Record<string, string> = {}): BasicWorkbook & { calls: string[]; state: Record<string, string> } {
  const calls: string[] = [];
  return {
    calls,
    state,
    sheets: async (opts) => (calls.push(opts?.hidden ? "sheets hidden" : "sheets"), [...Object.keys(sheets), ...(opts?.hidden ? ["Arsip"] : [])]),
    readGrid: async (s) => (calls.push(`readGrid ${s}`), sheets[s]),
    loadState: async (k) => (calls.push(`loadState ${k}`), state[k] ?? null),
    saveState: async (k, v) => {
      calls.push(`saveState ${k}=${v}`);
      if (v === null) delete state[k];
      else state[k] = v;
    },
    applyEdits: async (e) => void calls.push(`applyEdits ${e.length}`),
    addSheet: async () => "x",
    replaceSheet: async () => undefined,
    mark: async () => undefined,
    clearMarks: async () => undefined,
    select: async () => undefined,
  };
}

const grids = { Satu: gridFromRows("Satu", [["a"]]), Dua: gridFromRows("Dua", [["b"]]) };
const edit: CellEdit = { sheet: "Satu", row: 0, col: 0, value: 1, previous: { value: "a", format: "General" } };

describe("readWorkbookBasic: what readGrids means", () => {
  test("every visible sheet in order, each state key asked for (null when absent), the hidden sheets named", async () => {
    const wb = basicPort(grids, { k: "v" });
    expect(await readWorkbookBasic(wb, { state: ["k", "none"] })).toEqual({ grids: [grids.Satu, grids.Dua], state: { k: "v", none: null }, hidden: ["Arsip"] });
  });

  test("only the sheets asked for, names in any case; none for an empty list", async () => {
    const wb = basicPort(grids);
    expect((await readWorkbookBasic(wb, { sheets: ["dUA", "Tiga"] })).grids).toEqual([grids.Dua]);
    expect((await readWorkbookBasic(wb, { sheets: [] })).grids).toEqual([]);
    expect(wb.calls).toEqual(["sheets", "readGrid Dua", "sheets hidden", "sheets", "sheets hidden"]);
  });
});

describe("updateWorkbookBasic: what update means", () => {
  test("reads, decides, then writes state before, the edits, state after, in this order", async () => {
    const wb = basicPort(grids, { k: "lama" });
    const seen: WorkbookSnapshot[] = [];
    const result = await updateWorkbookBasic(wb, { sheets: ["Satu"], state: ["k"] }, (s) => {
      seen.push(s);
      return { result: 42, change: { stateAfter: { b: null }, edits: [edit], stateBefore: { a: "1" } } };
    });
    expect(result).toBe(42);
    expect(seen).toEqual([{ grids: [grids.Satu], state: { k: "lama" }, hidden: ["Arsip"] }]);
    expect(wb.calls.slice(-3)).toEqual(["saveState a=1", "applyEdits 1", "saveState b=null"]);
  });

  test("no change, or an empty one: nothing is written", async () => {
    const wb = basicPort(grids);
    await updateWorkbookBasic(wb, {}, () => ({ result: 0 }));
    await updateWorkbookBasic(wb, {}, () => ({ result: 0, change: { edits: [] } }));
    expect(wb.calls.filter((c) => !c.startsWith("sheets") && !c.startsWith("readGrid"))).toEqual([]);
  });
});
