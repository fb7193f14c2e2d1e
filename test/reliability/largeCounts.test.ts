/**
 * Very many findings from one rule: 160,000 Sub Kegiatan all numbered "7)"
 * give 160,000 numbering findings at once. `out.push(...list)` with a list
 * that long overflowed the call stack ("Maximum call stack size exceeded",
 * found on a 200,000-row sheet; Node's limit is about 125,000 arguments); the
 * rules must return them all.
 *
 * The 160,000 rows run under `npm run fuzz` (RENAKSI_FUZZ=1; about 30 s); `npm test`
 * runs 20,000, which still checks that every finding comes back.
 */
import { analyzeGrids } from "../../src/core/analyze";
import { gridFromRows, type CellValue } from "../../src/core/grid";
import { numberingRule } from "../../src/core/rules/numbering";
import { buildContext, validate } from "../../src/core/rules";
import { FUZZ, PROPERTY_TIMEOUT } from "./support/runs";

const ROWS = FUZZ ? 160_000 : 20_000;

test(`${ROWS.toLocaleString("en")} duplicate numbers are ${ROWS.toLocaleString("en")} findings, not a stack overflow`, () => {
  const rows: CellValue[][] = [["Kegiatan/Sub Kegiatan", "Indikator", "Target"], ["A. Kegiatan pertama", "Jumlah dokumen", "1 Dokumen"]];
  for (let i = 0; i < ROWS; i++) rows.push(["7) Sub kegiatan yang sama", null, null]);
  const [plan] = analyzeGrids([gridFromRows("Lampiran", rows)]).plans;
  expect(plan.nodes).toHaveLength(ROWS + 1);
  const numbering = numberingRule(buildContext(plan));
  expect(numbering.filter((f) => f.rule === "numbering.duplicate")).toHaveLength(ROWS - 1);
  expect(validate(plan).length).toBeGreaterThanOrEqual(ROWS);
}, PROPERTY_TIMEOUT);
