import { ACTIONS, measureAction, type Action } from "../../bench/syncs";
import { DESKTOP_SYNC_BUDGET } from "../../src/excel";
import { FUZZ } from "../reliability/support/runs";

/**
 * Whole user actions (bench/syncs.ts measureAction, desktop budget): each in
 * at most 3 context.sync() calls, the same number at 100 rows and a large
 * table. The exact counts are held so that any extra round trip fails here.
 * The large table has 5,000 rows in `npm test` (on the desktop budget it is
 * read and written in the same single blocks as 20,000: 9 actions at 20,000
 * rows took 37 s of the suite) and the 20,000 under `npm run fuzz`;
 * `npm run bench` reports 20,000.
 */
const LARGE = FUZZ ? 20_000 : 5_000;
const EXPECTED: Record<Action, { runs: number; syncs: number }> = {
  validateRibbonCold: { runs: 1, syncs: 2 },
  validateRibbonOpen: { runs: 1, syncs: 2 },
  fillApplyPreview: { runs: 1, syncs: 3 },
  fillApplyNoPreview: { runs: 1, syncs: 3 },
  undoFill: { runs: 1, syncs: 3 },
  mark: { runs: 1, syncs: 2 },
  clearMarks: { runs: 1, syncs: 3 },
  insertTemplate: { runs: 2, syncs: 3 },
  // Reads the add-in's record of its Keputusan sheet first (a rerun gives that sheet the new content), then adds the
  // sheet, then writes the record with the Lampiran heading's cells.
  createDecree: { runs: 3, syncs: 4 },
};

describe(`whole actions: context.sync() calls (desktop budget ${DESKTOP_SYNC_BUDGET / 1024 / 1024} MB)`, () => {
  test.each(ACTIONS.map((a) => [a]))(`%s: the same at 100 and ${LARGE.toLocaleString("en")} rows, at most 3 (4 for the decree)`, async (action) => {
    const small = await measureAction(action, 100);
    const large = await measureAction(action, LARGE);
    expect(small).toEqual(EXPECTED[action]);
    expect(large).toEqual(EXPECTED[action]);
    expect(small.syncs).toBeLessThanOrEqual(action === "createDecree" ? 4 : 3);
  }, 180_000);
});
