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

/** One row's four cells of a quarter group, read from the plan's view when asked for. */
class RowQuarterSet implements QuarterSet {
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

  cell(q: number): CellRef {
    return this.table.view.anchorOf(this.row, this.table.cols[q]);
  }

  cells(): CellRef[] {
    const cells: CellRef[] = new Array(4);
    for (let q = 0; q < 4; q++) cells[q] = this.cell(q);
    return cells;
  }

  text(q: number): string {
    return this.table.view.text(this.row, this.table.cols[q]);
  }

  texts(): string[] {
    const texts: string[] = new Array(4);
    for (let q = 0; q < 4; q++) texts[q] = this.text(q);
    return texts;
  }

  reading(q: number): NumberReading {
    return this.table.view.readWith(this.row, this.table.cols[q], readCell);
  }

  readings(): NumberReading[] {
    const readings: NumberReading[] = new Array(4);
    for (let q = 0; q < 4; q++) readings[q] = this.reading(q);
    return readings;
  }
}

/** What a quarter set is made of when read already: its four cells, readings and texts. */
export interface QuarterSetFields {
  group: QuarterGroup;
  cells: readonly CellRef[];
  readings: readonly NumberReading[];
  texts: readonly string[];
  percentHint: boolean | null;
}

/** A quarter set of arrays already read (a fill's result read back, tests); its lists are copied on each call, as a sheet's are made. */
export function quarterSetOf(fields: QuarterSetFields): QuarterSet {
  const { group, cells, readings, texts, percentHint } = fields;
  return {
    group,
    percentHint,
    cell: (q) => cells[q],
    cells: () => cells.slice(),
    text: (q) => texts[q],
    texts: () => texts.slice(),
    reading: (q) => readings[q],
    readings: () => readings.slice(),
  };
}

/** A row's quarter set of one group; undefined when the table lacks that group. */
export function readQuarter(groups: readonly QuarterColumns[], group: QuarterGroup, row: number): QuarterSet | undefined {
  for (const table of groups) if (table.group === group) return new RowQuarterSet(table, row);
  return undefined;
}

/** A row's quarter sets by group, of the groups its table has. */
export function readQuarters(groups: readonly QuarterColumns[], row: number): Partial<Record<QuarterGroup, QuarterSet>> {
  if (groups.length === 2 && groups[0].group === "kinerja" && groups[1].group === "pelaksanaan")
    return { kinerja: new RowQuarterSet(groups[0], row), pelaksanaan: new RowQuarterSet(groups[1], row) };
  const out: Partial<Record<QuarterGroup, QuarterSet>> = {};
  for (const table of groups) out[table.group] = new RowQuarterSet(table, row);
  return out;
}
