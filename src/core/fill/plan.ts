import type { QuarterGroup } from "../layout/types";
import { quarterRole } from "../layout/types";
import type { Plan, PlanRow, QuarterSet } from "../plan/types";
import { analyzeQuarters } from "../quarters/convention";
import { tableConventions } from "./conventions";
import { fillOptionsProblem } from "./options";
import { PreviewBuilder, emptyPreview } from "./preview";
import { Representations } from "./detect";
import { targetAmountFormat } from "./amountFormat";
import { measuredWay, rowMeasure } from "./level";
import type { RowOutcome } from "./row";
import { fillRow } from "./row";
import { typedConvention } from "./rowOwn";
import { rowSeries } from "./strategies/series";
import { readsUncomputed } from "../plan/uncomputed";
import type { FillOptions, FillPlan, FillWay } from "./types";

const OTHER: Record<QuarterGroup, QuarterGroup> = { kinerja: "pelaksanaan", pelaksanaan: "kinerja" };

/**
 * Rows that are filled: rows with an indicator or an annual target. Kegiatan
 * header rows with neither stay as they are. (Units conventions further need a
 * quantity: such rows without one are reported, see fillRow.)
 */
export function isFillableRow(row: PlanRow): boolean {
  return row.indikator !== null || row.target !== null;
}

function inScope(row: PlanRow, options: FillOptions): boolean {
  const rows = options.scope?.rows;
  return !rows || (row.row >= rows.top && row.row <= rows.bottom);
}

function isAllEmpty(row: PlanRow, group: QuarterGroup): boolean {
  const set = row.quarterSet(group);
  if (!set) return true;
  for (let q = 0; q < 4; q++) if (set.reading(q).kind !== "empty") return false;
  return true;
}

function isAllFilled(set: QuarterSet): boolean {
  for (let q = 0; q < 4; q++) if (set.reading(q).kind === "empty") return false;
  return true;
}

/**
 * The quarter groups to fill on a row, each with the group it copies from (copy only).
 * Copy with columns "both": into Kinerja from Pelaksanaan when Kinerja is empty
 * and Pelaksanaan is not; otherwise into Pelaksanaan from Kinerja.
 */
function targets(row: PlanRow, options: FillOptions): { group: QuarterGroup; source: QuarterGroup | null }[] {
  const copy = options.strategy.kind === "copy";
  if (options.columns !== "both") return [{ group: options.columns, source: copy ? OTHER[options.columns] : null }];
  if (!copy) return [{ group: "kinerja", source: null }, { group: "pelaksanaan", source: null }];
  const intoKinerja = isAllEmpty(row, "kinerja") && !isAllEmpty(row, "pelaksanaan");
  return intoKinerja ? [{ group: "kinerja", source: "pelaksanaan" }] : [{ group: "pelaksanaan", source: "kinerja" }];
}

/**
 * The edits that fill one table's quarter columns, with a preview. Pure: the
 * plan's view is only read. Options that cannot be used give a plan with a problem and
 * no edits; a table outside the scope's sheet gives an empty plan.
 */
export function planFill(plan: Plan, options: FillOptions): FillPlan {
  const problem = fillOptionsProblem(options);
  if (problem) return { edits: [], preview: emptyPreview(), problem };
  const sheet = options.scope?.sheet;
  if (sheet !== undefined && sheet.toLowerCase() !== plan.sheet.toLowerCase()) return { edits: [], preview: emptyPreview() };

  const conventions = tableConventions(plan, options.convention);
  const view = plan.view;
  const reps = new Representations(plan);
  const rec = plan.recognition;
  const columnsOf = (group: QuarterGroup): number[] => ([1, 2, 3, 4] as const).map((q) => rec.columns[quarterRole(group, q)] ?? -1);
  const cols = { kinerja: columnsOf("kinerja"), pelaksanaan: columnsOf("pelaksanaan") };
  const builder = new PreviewBuilder(plan.sheet);
  const claimed = new Set<number>();

  for (const row of plan.rows) {
    if (!isFillableRow(row) || !inScope(row, options)) continue;
    const quarters = row.quarterSets();
    const { measure, lower } = rowMeasure(row);
    for (const { group, source } of targets(row, options)) {
      const set = quarters[group];
      if (!set) continue;
      const table = conventions[group].convention;
      if (readsUncomputed(view, row, set)) {
        // Its target or a quarter cell is a formula with no computed value: nothing is known to fill from.
        if (options.overwrite || !isAllFilled(set)) builder.add(row.row, set, table, { kind: "skip", reason: "uncomputed", overwriteCount: 0 });
        continue;
      }
      const sourceSet = source ? quarters[source] : undefined;
      const way = measuredWay({
        measure, lower, strategy: options.strategy, convention: table, target: row.target, set, source: sourceSet,
      });
      if (way.kind === "leave") {
        // a row with nothing to fill and no overwrite is not reported (as fillRow does)
        if (options.overwrite || !isAllFilled(set)) builder.add(row.row, set, way.reason === "ownReading" ? "level" : table, { kind: "skip", reason: way.reason, overwriteCount: 0 });
        continue;
      }
      // auto, nothing forced: a partly typed row keeps the convention its typed quarters show (rowOwn.ts)
      const typed = options.strategy.kind === "auto" && !options.convention ? typedConvention(set, row.target, table) : table;
      const own = way.kind === "table" ? (way.convention ?? typed) : table;
      const convention: FillWay = way.kind === "level" ? "level" : own;
      const series = way.kind === "level" ? way.series : rowSeries(options.strategy, {
        target: row.target,
        convention: own,
        source: sourceSet ? analyzeQuarters(sourceSet, row.target) : null,
      });
      const outcome: RowOutcome = fillRow({
        sheet: plan.sheet, row: row.row, target: row.target, set, cols: cols[group], convention, lower,
        rep: reps.of(row, group, convention), series, overwrite: options.overwrite, view, claimed,
        amountFormat: targetAmountFormat(row, view),
      });
      builder.add(row.row, set, convention, outcome);
    }
  }
  const result = builder.finish();
  for (const group of ["kinerja", "pelaksanaan"] as const)
    if (rec.columns[quarterRole(group, 1)] !== undefined)
      result.preview.conventions.push({ sheet: plan.sheet, group, ...conventions[group] });
  return result;
}
