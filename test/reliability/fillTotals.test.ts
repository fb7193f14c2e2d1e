/**
 * Fill totals are exact end to end (test/core/fill/split.test.ts checks the
 * arithmetic; this checks what lands in the cells): for any annual target,
 * weights, strategy and convention, the filled cells, read back as the xlsx
 * adapter would show them, add up to the target (or end on it) exactly in the
 * written decimals, fit the convention, and raise no percent error.
 */
import fc from "fast-check";
import { analyzeGrids } from "../../src/core/analyze";
import { decimalsFor, planFill, type FillOptions } from "../../src/core/fill";
import { countsWholeThings } from "../../src/core/fill/strategies/series";
import type { CellValue, Grid } from "../../src/core/grid";
import { formatNumber } from "../../src/core/numbers";
import { analyzeQuarters, CONVENTIONS, isCumulativeConvention, isPercentConvention, type Convention } from "../../src/core/quarters/convention";
import { validate } from "../../src/core/rules";
import { displayText } from "../../src/xlsx/display";
import { strategyOf } from "./support/fillOptions";
import { PROPERTY_TIMEOUT, runProperty } from "./support/runs";
import { applyToGrid, ensure } from "./support/wellFormed";

const HEADER = ["Uraian", "Indikator", "Target", ...["Kinerja", "Pelaksanaan"].flatMap((g) => ["I", "II", "III", "IV"].map((q) => `Target ${g} TW ${q}`))];

interface Row {
  quantity: number;
  unit: string;
}

function tableGrid(rows: readonly Row[], format: string): Grid {
  const values: CellValue[][] = [HEADER, ...rows.map((r, i) => [`${i + 1}) Sub kegiatan ${i + 1}`, `Jumlah keluaran ${i + 1}`, `${formatNumber(r.quantity, "id", 3)} ${r.unit}`, ...Array<CellValue>(8).fill(null)])];
  const formats = values.map((row, r) => row.map((_, c) => (r > 0 && c >= 3 ? format : "General")));
  return withText({ sheet: "Lampiran", origin: { row: 0, col: 0 }, values, text: [], formats, merges: [] });
}

function withText(g: Grid): Grid {
  return { ...g, text: g.values.map((row, r) => row.map((v, c) => displayText(v, g.formats[r][c]))) };
}

const quantity = fc.oneof(
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.integer({ min: 1, max: 100_000_000 }).map((n) => n / 100),
  fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 1000),
);
const row = fc.record({ quantity, unit: fc.constantFrom("Bulan", "Dokumen", "Orang", "Unit Usaha") });
const strategy = fc.constantFrom("even", "months", "weights" as const).chain((k) => strategyOf(k));

describe("fill totals through the cells", () => {
  it("add up to the target exactly (or end on it), in every convention, for any target and weights", () => {
    runProperty(
      "fill totals",
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), strategy, fc.constantFrom(...CONVENTIONS), fc.constantFrom("General", "0.00%", "0%", "0.0"), (rows, s, convention: Convention, format) => {
        const grid = tableGrid(rows, format);
        const [plan] = analyzeGrids([grid]).plans;
        const options: FillOptions = { strategy: s, columns: "both", overwrite: false, convention };
        const fill = planFill(plan, options);
        ensure(fill.preview.skipped.length === 0, `rows skipped: ${JSON.stringify(fill.preview.skipped.map((x) => x.reason))}`);
        const filled = withText({ ...grid, ...applyToGrid(grid, fill.edits) });
        const [after] = analyzeGrids([filled]).plans;
        for (const r of after.rows) {
          for (const group of ["kinerja", "pelaksanaan"] as const) {
            const set = r.quarterSet(group);
            ensure(set, "quarter set");
            const a = analyzeQuarters(set, r.target);
            ensure(a.fits.includes(convention), `row ${r.row + 1} ${group}: ${JSON.stringify(set.texts())} does not fit ${convention}`);
            const total = isPercentConvention(convention) ? 100 : (r.target?.quantity as number);
            // Whole things (7 Dokumen) are split in whole numbers: their parts are off their shares by under 1.
            const d = !isPercentConvention(convention) && countsWholeThings(r.target) ? 0 : decimalsFor(total);
            const units = (x: number) => Math.round(x * 10 ** d);
            const got = isCumulativeConvention(convention) ? units(a.values[3]) : a.values.reduce((sum, v) => sum + units(v), 0);
            ensure(got === units(total), `row ${r.row + 1} ${group}: ${JSON.stringify(set.texts())} gives ${got}, not ${units(total)}`);
            if (s.kind === "weights") {
              const parts = isCumulativeConvention(convention) ? a.values.map((v, i) => units(v) - (i ? units(a.values[i - 1]) : 0)) : a.values.map(units);
              const sum = s.weights.reduce((x, y) => x + y, 0);
              parts.forEach((p, i) => ensure(Math.abs(p - (units(total) * s.weights[i]) / sum) < 1 + 1e-6, `part ${i + 1} ${p} is off its share`));
            }
          }
        }
        const errors = validate(after).filter((f) => f.severity === "error" && f.rule.startsWith("percent."));
        ensure(errors.length === 0, `percent errors after the fill: ${errors.map((f) => `${f.rule} ${f.message.en}`).join("; ")}`);
      }),
      { short: 200, long: 20_000 },
    );
  }, PROPERTY_TIMEOUT);
});
