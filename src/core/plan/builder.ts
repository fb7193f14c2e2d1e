/**
 * The objects of a parsed plan (rows, nodes, indicators) and the builder that links nodes into
 * the Sasaran > Program > Kegiatan > Sub Kegiatan tree. parse.ts reads the sheet and calls them.
 */
import type { CellRef, GridView } from "../grid";
import type { QuarterGroup } from "../layout/types";
import type { OpenNodes } from "./classify";
import { readQuarter, readQuarters, type QuarterColumns } from "./quarterSet";
import type { AksiStep, Indikator, Level, Numbering, PlanNode, PlanRow, QuarterSet, Support, Target } from "./types";

const PARENT_LEVELS: Record<Level, Level[]> = {
  sasaran: [],
  program: ["sasaran"],
  kegiatan: ["program", "sasaran"],
  subKegiatan: ["kegiatan", "program", "sasaran"],
};

/** The levels under each level: a new node closes them. */
const BELOW: Record<Level, Level[]> = {
  sasaran: ["program", "kegiatan", "subKegiatan"],
  program: ["kegiatan", "subKegiatan"],
  kegiatan: ["subKegiatan"],
  subKegiatan: [],
};

/**
 * A node starts with shared empty lists, and `appended` gives it a list of its own on its first
 * item (short lists are copied one item longer, exactly sized). Only `appended` adds to a node's
 * lists: the shared ones stay empty. Not frozen (BENCHMARKS.md, "Memory per row").
 */
const NO_CHILDREN: PlanNode[] = [];
const NO_INDIKATORS: Indikator[] = [];
const NO_AKSI: AksiStep[] = [];
const NO_SUPPORT: Support[] = [];

function appended<T>(list: T[], item: T): T[] {
  if (list.length === 0) return [item];
  if (list.length < SHORT_LIST) return list.concat([item]);
  list.push(item);
  return list;
}

/** Below this length a list grows by copying (see appended); a long one by pushing, without copying it again and again. */
const SHORT_LIST = 8;

/** What every row of one table shares: where its target and quarter cells are. */
export interface RowTable {
  view: GridView;
  targetCol: number | undefined;
  groups: readonly QuarterColumns[];
}

/** A data row of the plan: it keeps its row and its table, and reads the rest from the plan's view when asked. */
export class SheetRow implements PlanRow {
  owner: PlanNode | null = null;
  indikator: Indikator | null = null;

  constructor(
    readonly row: number,
    readonly target: Target | null,
    private readonly table: RowTable,
    /** Where this row's target was read when not the table's target column (the first target beside an empty changed one). */
    private readonly ownTargetCol?: number,
  ) {}

  get hasTargetColumn(): boolean {
    return this.table.targetCol !== undefined;
  }

  targetCell(): CellRef | null {
    const col = this.ownTargetCol ?? this.table.targetCol;
    return col === undefined ? null : this.table.view.anchorOf(this.row, col);
  }

  quarterSets(): Partial<Record<QuarterGroup, QuarterSet>> {
    return readQuarters(this.table.groups, this.row);
  }

  quarterSet(group: QuarterGroup): QuarterSet | undefined {
    return readQuarter(this.table.groups, group, this.row);
  }
}

/** An indicator of the plan: its cell is on its row, its target the row's when it is the row's indicator. */
export class RowIndikator implements Indikator {
  aksi: AksiStep[] = NO_AKSI;
  support: Support[] = NO_SUPPORT;

  constructor(
    /** As written; a name wrapped onto the next row is joined to it (parse.ts). */
    public text: string,
    private readonly col: number,
    readonly owner: PlanNode,
    readonly kind: Indikator["kind"],
    readonly planRow: SheetRow,
  ) {}

  cell(): CellRef {
    return { row: this.planRow.row, col: this.col };
  }

  /** The row's indicator (its lowest: the indicator column first, then Program, then Sasaran) has the row's target. */
  private get isRowIndikator(): boolean {
    return this.planRow.indikator === this;
  }

  get target(): Target | null {
    return this.isRowIndikator ? this.planRow.target : null;
  }

  get hasTargetColumn(): boolean {
    return this.isRowIndikator && this.planRow.hasTargetColumn;
  }
}

/** A node of the plan: its name and code cells are on its first row, made when asked. */
class SheetNode implements PlanNode {
  lastRow: number;
  children: PlanNode[] = NO_CHILDREN;
  indikators: Indikator[] = NO_INDIKATORS;

  constructor(
    readonly id: number,
    readonly level: Level,
    public name: string,
    readonly numbering: Numbering,
    readonly code: string | null,
    readonly parent: PlanNode | null,
    readonly firstRow: number,
    private readonly col: number,
    /** The code's column (a Kode column, or the name's own when the code is written there); -1 without a code. */
    private readonly codeCol: number,
  ) {
    this.lastRow = firstRow;
  }

  cell(): CellRef {
    return { row: this.firstRow, col: this.col };
  }

  codeCell(): CellRef | null {
    return this.codeCol < 0 ? null : { row: this.firstRow, col: this.codeCol };
  }
}

export class PlanBuilder {
  readonly nodes: PlanNode[] = [];
  readonly roots: PlanNode[] = [];
  readonly open: OpenNodes = { sasaran: null, program: null, kegiatan: null, subKegiatan: null };
  /** One object per numbering as written: a table repeats "1.", "A." and "a)" in every branch. */
  private readonly numberings = new Map<string, Numbering>();

  add(level: Level, name: string, numbering: Numbering, code: string | null, row: number, col: number, codeCol: number): PlanNode {
    let parent: PlanNode | null = null;
    for (const l of PARENT_LEVELS[level]) {
      if (this.open[l]) {
        parent = this.open[l];
        break;
      }
    }
    const node = new SheetNode(this.nodes.length + 1, level, name, this.shared(numbering), code, parent, row, col, codeCol);
    if (parent) parent.children = appended(parent.children, node);
    else this.roots.push(node);
    this.nodes.push(node);
    for (const l of BELOW[level]) this.open[l] = null;
    this.open[level] = node;
    return node;
  }

  /** Add an indicator to its owner's list. */
  attach(ind: Indikator): void {
    ind.owner.indikators = appended(ind.owner.indikators, ind);
  }

  /** Add Rencana Aksi steps to an indicator. */
  addSteps(ind: RowIndikator, steps: readonly AksiStep[]): void {
    for (const step of steps) ind.aksi = appended(ind.aksi, step);
  }

  /** Add a supporting Program / Kegiatan / Sub Kegiatan to an indicator (mixed genre). */
  addSupport(ind: RowIndikator, support: Support): void {
    ind.support = appended(ind.support, support);
  }

  private shared(numbering: Numbering): Numbering {
    // The style never holds a NUL, so style and raw text make a key of their own.
    const key = `${numbering.style}\u0000${numbering.raw}`;
    const known = this.numberings.get(key);
    if (known) return known;
    this.numberings.set(key, numbering);
    return numbering;
  }

  deepestOpen(): PlanNode | null {
    return this.open.subKegiatan ?? this.open.kegiatan ?? this.open.program ?? this.open.sasaran;
  }

  /** Extend lastRow of a node and its ancestors. */
  touch(node: PlanNode | null, row: number): void {
    for (let n = node; n; n = n.parent) if (n.lastRow < row) n.lastRow = row;
  }
}
