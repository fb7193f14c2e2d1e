import type { CellRef, GridView } from "../grid";
import { QUARTER_GROUPS, quarterRole, type QuarterGroup, type Recognition } from "../layout/types";
import { readCell, type NumberReading } from "../numbers";
import type { QuarterSet } from "./types";

/** The four columns of a quarter group the table has all of, found once per table. */
export interface QuarterColumns {
  group: QuarterGroup;
  cols: number[];
  percentHint: boolean | null;
  view: GridView;
}

export function quarterColumns(rec: Recognition, view: GridView): QuarterColumns[] {
  const out: QuarterColumns[] = [];
  for (const group of QUARTER_GROUPS) {
    const cols = ([1, 2, 3, 4] as const).map((q) => rec.columns[quarterRole(group, q)]);
    if (cols.some((c) => c === undefined)) continue;
    out.push({ group, cols: cols as number[], percentHint: rec.percentHeader[group] === true ? true : null, view });
  }
  return out;
}

/**
 * One row's four cells of a quarter group, read from the sheet when asked for. A table of
 * thousands of rows keeps one small object per row and group (its table's columns and its row)
 * instead of four positions, four texts and four readings living as long as the plan: the
 * texts and readings are fresh arrays on each read (take them once), the positions are worked
 * out once.
 */
class RowQuarterSet implements QuarterSet {
  private anchors: CellRef[] | undefined;

  constructor(
    private readonly table: QuarterColumns,
    private readonly row: number,
  ) {}

  get group(): QuarterGroup {
    return this.table.group;
  }

  get percentHint(): boolean | null {
    return this.table.percentHint;
  }

  get cells(): CellRef[] {
    if (this.anchors === undefined) {
      const { view, cols } = this.table;
      const cells: CellRef[] = new Array(4);
      for (let q = 0; q < 4; q++) cells[q] = view.anchorOf(this.row, cols[q]);
      this.anchors = cells;
    }
    return this.anchors;
  }

  get texts(): string[] {
    const { view, cols } = this.table;
    const texts: string[] = new Array(4);
    for (let q = 0; q < 4; q++) texts[q] = view.text(this.row, cols[q]);
    return texts;
  }

  get readings(): NumberReading[] {
    const readings: NumberReading[] = new Array(4);
    for (let q = 0; q < 4; q++) readings[q] = this.reading(q);
    return readings;
  }

  reading(q: number): NumberReading {
    const { view, cols } = this.table;
    const row = this.row;
    const c = cols[q];
    if (view.isCovered(row, c)) {
      const a = view.anchorOf(row, c);
      return readCell(view.rawValue(a.row, a.col), view.rawText(a.row, a.col), view.format(a.row, a.col));
    }
    // Straight from the grid's arrays: every quarter cell of the table passes here.
    const i = row - view.top;
    const k = c - view.left;
    return readCell(view.grid.values[i]?.[k] ?? null, view.grid.text[i]?.[k] ?? "", view.grid.formats[i]?.[k] || "General");
  }
}

/** A quarter set of arrays already read (a fill's result read back, tests). */
export function quarterSetOf(fields: Omit<QuarterSet, "reading">): QuarterSet {
  return {
    ...fields,
    reading(q) {
      return this.readings[q];
    },
  };
}

/** A row's quarter set of one group; undefined when the table lacks that group. */
export function readQuarter(groups: readonly QuarterColumns[], group: QuarterGroup, row: number): QuarterSet | undefined {
  for (const table of groups) if (table.group === group) return new RowQuarterSet(table, row);
  return undefined;
}

/** A row's quarter sets by group; an object literal of the groups present, sized exactly. */
export function readQuarters(groups: readonly QuarterColumns[], row: number): Partial<Record<QuarterGroup, QuarterSet>> {
  if (groups.length === 2 && groups[0].group === "kinerja" && groups[1].group === "pelaksanaan")
    return { kinerja: new RowQuarterSet(groups[0], row), pelaksanaan: new RowQuarterSet(groups[1], row) };
  const out: Partial<Record<QuarterGroup, QuarterSet>> = {};
  for (const table of groups) out[table.group] = new RowQuarterSet(table, row);
  return out;
}
