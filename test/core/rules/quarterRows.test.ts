import { analyzeQuarters } from "../../../src/core/quarters/convention";
import { QuarterRows } from "../../../src/core/rules/quarterRows";
import { QUARTER_GROUPS } from "../../../src/core/layout/types";
import { fixture, planOf } from "./support";

describe("QuarterRows", () => {
  // The defects fixture has rows of every kind: empty, unreadable, out of range, mixed, fitting.
  const plan = planOf(fixture("rules-defects-one-each.tsv"));

  it("keeps each row's analysis as analyzeQuarters gives it, also when it grows past its first room", () => {
    for (const room of [1, plan.rows.length * 2]) {
      const rows = new QuarterRows(room);
      const expected = [];
      for (const group of QUARTER_GROUPS) {
        for (const row of plan.rows) {
          const set = row.quarterSet(group);
          if (!set) continue;
          rows.add(row, set);
          expected.push({ row, set, analysis: analyzeQuarters(set, row.target) });
        }
      }
      expect(expected.length).toBeGreaterThan(16); // more than the smallest room: the arrays grew
      expect(rows).toHaveLength(expected.length);
      expected.forEach((e, i) => {
        expect(rows.row(i)).toBe(e.row);
        const set = rows.set(i); // read again from the row: the same group, cells and texts
        expect([set.group, set.cells(), set.texts()]).toEqual([e.set.group, e.set.cells(), e.set.texts()]);
        const a = rows.analysis(i);
        for (const field of ["values", "empty", "allEmpty", "invalid", "percent", "percentCells", "fits", "sum", "last"] as const) {
          expect([i, field, a[field]]).toEqual([i, field, e.analysis[field]]);
        }
        for (let q = 0; q < 4; q++) expect(rows.value(i, q)).toBe(e.analysis.values[q]);
        expect(rows.allZero(i)).toBe(e.analysis.values.every((v) => v === 0));
      });
    }
  });
});
