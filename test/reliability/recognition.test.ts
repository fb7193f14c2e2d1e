/**
 * Structure-aware generation: random but valid plans rendered in random layouts
 * (seed-like, one column per level, one shared column, full; 1-3 header rows,
 * quarter-label synonyms, Volume + Satuan, column numbers, extra columns, codes,
 * titles, offsets, merges), one to three tables on their own sheets beside a
 * sheet of notes. Recognition must find each table exactly where it is with
 * every column's role, and the parse must count exactly what was generated.
 */
import fc from "fast-check";
import { analyzeGrids } from "../../src/core/analyze";
import type { Grid } from "../../src/core/grid";
import { countPlan } from "../../src/core/plan/counts";
import { layout, planSpec } from "./support/planSpec";
import { renderPlan, type Expected } from "./support/render";
import { PROPERTY_TIMEOUT, runProperty } from "./support/runs";
import { ensure } from "./support/wellFormed";

const json = (x: unknown) => JSON.stringify(x);
const sorted = (o: object): [string, unknown][] => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1));

const NOTES: Grid = {
  sheet: "Catatan", origin: { row: 0, col: 0 }, merges: [],
  values: [["Catatan penyusunan rencana aksi"], ["Disusun oleh Subbag Perencanaan, 2024"]],
  text: [["Catatan penyusunan rencana aksi"], ["Disusun oleh Subbag Perencanaan, 2024"]],
  formats: [["General"], ["General"]],
};

describe("generated plans in generated layouts", () => {
  it("are recognized where they are, with every column's role, and counted exactly", () => {
    const tables = fc.array(fc.tuple(planSpec, layout), { minLength: 1, maxLength: 3 });
    runProperty(
      "recognition of generated plans",
      fc.property(tables, fc.boolean(), (pairs, notes) => {
        const rendered = pairs.map(([spec, l], i) => renderPlan(spec, l, `RA ${i + 1}`));
        const grids = rendered.map((r) => r.grid);
        const analysis = analyzeGrids(notes ? [NOTES, ...grids] : grids);
        ensure(json(analysis.plans.map((p) => p.sheet)) === json(grids.map((g) => g.sheet)), `tables found on ${json(analysis.plans.map((p) => p.sheet))}`);
        analysis.plans.forEach((plan, i) => {
          const e: Expected = rendered[i].expected;
          const rec = plan.recognition;
          ensure(rec.headerTop === e.headerTop && rec.headerRows === e.headerRows, `header ${rec.headerTop}+${rec.headerRows}, expected ${e.headerTop}+${e.headerRows}`);
          ensure(rec.dataTop === e.dataTop && rec.dataBottom === e.dataBottom, `data rows ${rec.dataTop}..${rec.dataBottom}, expected ${e.dataTop}..${e.dataBottom}`);
          ensure(json(sorted(rec.columns)) === json(sorted(e.columns)), `columns ${json(sorted(rec.columns))}, expected ${json(sorted(e.columns))}`);
          ensure(json(countPlan(plan)) === json(e.counts), `counts ${json(countPlan(plan))}, expected ${json(e.counts)}`);
          if (e.year !== null) ensure(rec.year === e.year && rec.office === e.office, `title ${rec.year} ${rec.office}`);
        });
      }),
      { short: 200, long: 30_000 },
    );
  }, PROPERTY_TIMEOUT);
});
