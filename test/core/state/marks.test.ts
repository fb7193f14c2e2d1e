import type { Finding, Severity } from "../../../src/core/finding";
import { MARK_COLORS, MARKS_KEY, decodeMarks, encodeMarks, isPainted, type CellFill, type MarkedCell } from "../../../src/core/state/marks";
import { cellId, cellsToRead, planMarks, recordedMarks, wantedMarks } from "../../../src/core/state/markPlan";

const finding = (severity: Severity, top: number, left: number, bottom = top, right = left, sheet = "Plan"): Finding => ({
  rule: "percent.range", severity, sheet, range: { top, left, bottom, right }, message: { id: "x", en: "x" },
});
const GREEN: CellFill = { pattern: "Solid", color: "#00B050" };

describe("marks record", () => {
  test("key, colours and a compact record that reads back; none is null", () => {
    expect(MARKS_KEY).toBe("renaksi.marks");
    expect(MARK_COLORS).toEqual({ error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" });
    const cells: MarkedCell[] = [
      { s: "Plan", r: 1, c: 2, f: GREEN, m: MARK_COLORS.error },
      { s: "Plan", r: 1, c: 3, f: { pattern: "None" }, m: MARK_COLORS.error },
      { s: "Lain", r: 0, c: 0, f: { pattern: "Solid", color: "#112233", file: { theme: 4 } }, m: MARK_COLORS.info },
    ];
    const raw = encodeMarks(cells)!;
    expect(JSON.parse(raw)).toMatchObject({ v: 2, colors: [MARK_COLORS.error, MARK_COLORS.info], sheets: { Plan: [[1, 2, 0, 0], [1, 3, 1, 0]] } });
    expect(decodeMarks(raw)).toEqual(cells);
    expect(encodeMarks([])).toBeNull();
    expect(decodeMarks(null)).toEqual([]);
  });

  test("a damaged record is null, not an empty list", () => {
    for (const raw of ["{", '{"v":1}', '{"v":2,"fills":[],"colors":[],"sheets":{"P":[[0,0,0,0]]}}', '{"v":2,"fills":[{"pattern":"None"}],"colors":["#FFF"],"sheets":{"P":[[0,-1,0,0]]}}']) {
      expect(decodeMarks(raw)).toBeNull();
    }
  });

  test("isPainted: only our exact solid colour", () => {
    expect(isPainted({ pattern: "Solid", color: "#ffc7ce" }, "#FFC7CE")).toBe(true);
    expect(isPainted({ pattern: "Solid", color: "#FFC7CE", tint: 0.2 }, "#FFC7CE")).toBe(false);
    expect(isPainted({ pattern: "Gray50", color: "#FFC7CE" }, "#FFC7CE")).toBe(false);
    expect(isPainted(undefined, "#FFC7CE")).toBe(false);
  });
});

describe("mark semantics", () => {
  test("the most severe finding wins a cell; ranges clip to a known extent, unknown sheets drop out", () => {
    const w = wantedMarks([finding("warning", 1, 1, 1, 2), finding("error", 1, 2), finding("info", 0, 0, 9999, 9999), finding("error", 0, 0, 0, 0, "Hilang")], (s) =>
      s === "Plan" ? { rows: 3, cols: 3 } : undefined,
    );
    expect(w.get(cellId("Plan", 1, 1))?.m).toBe(MARK_COLORS.warning);
    expect(w.get(cellId("Plan", 1, 2))?.m).toBe(MARK_COLORS.error);
    expect(w.size).toBe(9);
    expect(wantedMarks([finding("error", 0, 0, 0, 0, "Hilang")]).size).toBe(1); // without extent: kept
  });

  test("mark replaces: cells no longer flagged are restored, a re-marked cell keeps its first fill, a user's fill is left alone", () => {
    const now = new Map<string, CellFill>([
      [cellId("Plan", 0, 0), { pattern: "Solid", color: MARK_COLORS.error }], // still ours
      [cellId("Plan", 0, 1), { pattern: "Solid", color: "#7030A0" }], // the user painted over our mark
      [cellId("Plan", 0, 2), { pattern: "Solid", color: MARK_COLORS.error }], // ours, flagged again
      [cellId("Plan", 5, 5), GREEN],
    ]);
    const recorded = recordedMarks(
      [
        { s: "Plan", r: 0, c: 0, f: GREEN, m: MARK_COLORS.error },
        { s: "Plan", r: 0, c: 1, f: { pattern: "None" }, m: MARK_COLORS.error },
        { s: "Plan", r: 0, c: 2, f: { pattern: "Gray50", color: "#FFFF00" }, m: MARK_COLORS.error },
        { s: "Dihapus", r: 0, c: 0, f: GREEN, m: MARK_COLORS.error },
      ],
      (s) => s === "Plan",
    );
    expect(recorded.size).toBe(3);
    const wanted = wantedMarks([finding("warning", 0, 2), finding("info", 5, 5)]);
    expect(cellsToRead(recorded, wanted)).toHaveLength(4);
    const plan = planMarks(recorded, wanted, (s, r, c) => now.get(cellId(s, r, c)));
    expect(plan.writes).toEqual([
      { s: "Plan", r: 0, c: 0, fill: GREEN },
      { s: "Plan", r: 0, c: 2, fill: { pattern: "Solid", color: MARK_COLORS.warning } },
      { s: "Plan", r: 5, c: 5, fill: { pattern: "Solid", color: MARK_COLORS.info } },
    ]);
    expect(plan.next).toEqual([
      { s: "Plan", r: 0, c: 2, f: { pattern: "Gray50", color: "#FFFF00" }, m: MARK_COLORS.warning },
      { s: "Plan", r: 5, c: 5, f: GREEN, m: MARK_COLORS.info },
    ]);
  });

  test("clear (no findings) restores every cell still ours and leaves an empty record", () => {
    const recorded = recordedMarks([{ s: "Plan", r: 2, c: 2, f: { pattern: "None" }, m: MARK_COLORS.info }], () => true);
    const plan = planMarks(recorded, wantedMarks([]), () => ({ pattern: "Solid", color: MARK_COLORS.info }));
    expect(plan).toEqual({ writes: [{ s: "Plan", r: 2, c: 2, fill: { pattern: "None" } }], next: [] });
    expect(encodeMarks(plan.next)).toBeNull();
  });
});
