import { GridView, type CellRef, type Grid } from "../grid";
import type { ColumnRole, QuarterGroup, Recognition } from "../layout/types";
import { isDateFormat } from "../numbers";
import { parseTarget } from "./target";
import { quarterColumns, readQuarter, readQuarters, type QuarterColumns } from "./quarterSet";
import { hiddenFindings } from "./hidden";
import { CODE_RE } from "./numbering";
import { classifyCell, type OpenNodes } from "./classify";
import type { Indikator, Level, Numbering, Plan, PlanNode, PlanRow, QuarterSet, Target } from "./types";

/** Name columns in the order an entity's parts are read on a row. */
const NAME_ROLES: readonly ColumnRole[] = [
  "sasaran", "indikatorSasaran", "program", "indikatorProgram", "kegiatan", "subKegiatan", "uraian", "indikator",
];
const PENDING_ORDER = { row: 0, program: 1, sasaran: 2 } as const;
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

const NUMBERED_OR_LEVEL_WORD = /^(sasaran\b|program\b|kegiatan\b|sub\s*kegiatan\b|[A-Za-z][.)]|\(?\d+[.)]|\d)/i;
const LOWER_FIRST = /^[a-z]/;
const RUNNING_NUMBER = /^\d+$/;
const LETTER_OR_OUTLINE = /^[A-Za-z]$|^\d+(\.\d+)+$/;

/**
 * Most nodes have no children and one to four indicators. An array makes room for 17 items on
 * its first push, and every node's two arrays live as long as the plan: a node starts with
 * shared empty lists, and a short list is replaced by a copy one item longer (an exact size)
 * on each item. Only `appended` adds to a node's lists; the shared ones stay empty. (Not frozen:
 * a for...of over a frozen array allocates at every step, and every rule walks these lists.)
 */
const NO_CHILDREN: PlanNode[] = [];
const NO_INDIKATORS: Indikator[] = [];

function appended<T>(list: T[], item: T): T[] {
  if (list.length === 0) return [item];
  if (list.length < SHORT_LIST) return list.concat([item]);
  list.push(item);
  return list;
}

/** Below this length a list grows by copying (see appended); a long one by pushing, without copying it again and again. */
const SHORT_LIST = 8;

/** What every row of one table shares: where its target and quarter cells are. */
interface RowTable {
  view: GridView;
  targetCol: number | undefined;
  groups: readonly QuarterColumns[];
}

/*
 * The plan lives through every garbage collection while the rules run, and in a large table the
 * collector copies and marks it several times a run: rows, nodes and indicators keep what cannot
 * be worked out again, and make cells and quarter sets when asked. A 10,000-row plan kept 827
 * bytes a row with its quarter sets made at once, 699 with them made when asked, and about 430
 * since cells are made when asked and equal targets and numberings are shared (gc() and
 * process.memoryUsage() around a parse).
 */

/** A data row of the plan. */
class SheetRow implements PlanRow {
  owner: PlanNode | null = null;
  indikator: Indikator | null = null;

  constructor(
    readonly row: number,
    readonly target: Target | null,
    private readonly table: RowTable,
  ) {}

  get targetCell(): CellRef | null {
    const col = this.table.targetCol;
    return col === undefined ? null : this.table.view.anchorOf(this.row, col);
  }

  get quarters(): Partial<Record<QuarterGroup, QuarterSet>> {
    return readQuarters(this.table.groups, this.row);
  }

  quarter(group: QuarterGroup): QuarterSet | undefined {
    return readQuarter(this.table.groups, group, this.row);
  }
}

/** An indicator of the plan: its cell is on its row, its target the row's when it is the row's lowest. */
class RowIndikator implements Indikator {
  constructor(
    readonly text: string,
    private readonly col: number,
    readonly owner: PlanNode,
    readonly kind: Indikator["kind"],
    readonly planRow: PlanRow,
    /** The row's lowest indicator (the indicator column first, then Program, then Sasaran): the target is its. */
    private readonly lowest: boolean,
    private readonly tableHasTarget: boolean,
  ) {}

  get cell(): CellRef {
    return { row: this.planRow.row, col: this.col };
  }

  get target(): Target | null {
    return this.lowest ? this.planRow.target : null;
  }

  get hasTargetColumn(): boolean {
    return this.lowest && this.tableHasTarget;
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

  get cell(): CellRef {
    return { row: this.firstRow, col: this.col };
  }

  get codeCell(): CellRef | null {
    return this.codeCol < 0 ? null : { row: this.firstRow, col: this.codeCol };
  }
}

class PlanBuilder {
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

function readTarget(view: GridView, rec: Recognition, row: number): Target | null {
  const tc = rec.columns.target;
  if (tc === undefined) return null;
  const raw = view.text(row, tc);
  const sc = rec.columns.satuan;
  const satuan = sc === undefined ? undefined : view.text(row, sc);
  if (!raw && !satuan) return null;
  const value = view.value(row, tc);
  // A date where the quantity belongs (a number with a date format): unreadable, never "1 April 2024".
  if (typeof value === "number" && isDateFormat(view.format(row, tc), value))
    return { raw, quantity: null, unit: null, percent: false, unreadable: true };
  return parseTarget(raw, satuan || undefined);
}

/** Whether any quarter cell of the row shows text. */
function anyQuarterText(view: GridView, groups: readonly QuarterColumns[], row: number): boolean {
  for (const { cols } of groups) for (let q = 0; q < 4; q++) if (view.text(row, cols[q]) !== "") return true;
  return false;
}

/**
 * A row whose only filled cell is a one-word or lower-case unnumbered text, right below the
 * row where the latest nodes started and in the column of one of them: the rest of that
 * node's name, split over two rows ("3) Program Pemberdayaan dan Perlindungan" / "Koperasi").
 */
function continuation(view: GridView, rec: Recognition, row: number, lastByCol: Map<number, PlanNode>, lastStart: number): PlanNode | null {
  if (row !== lastStart + 1) return null;
  let col = -1;
  let text = "";
  for (let c = rec.range.left; c <= rec.range.right; c++) {
    if (view.isCovered(row, c)) continue;
    const t = view.text(row, c);
    if (!t) continue;
    if (col >= 0) return null; // a second filled cell: a row of its own
    col = c;
    text = t;
  }
  const node = col >= 0 ? lastByCol.get(col) : undefined;
  if (!node || node.firstRow !== lastStart) return null;
  if (NUMBERED_OR_LEVEL_WORD.test(text)) return null;
  return !text.includes(" ") || LOWER_FIRST.test(text) ? node : null;
}

interface Pending {
  of: "row" | "sasaran" | "program";
  text: string;
  col: number;
}

/** Sort the first `count` entries by PENDING_ORDER, keeping ties in column order (an insertion sort: a row has two or three). */
function sortPending(pending: Pending[], count: number): void {
  for (let i = 1; i < count; i++) {
    const p = pending[i];
    let j = i - 1;
    for (; j >= 0 && PENDING_ORDER[pending[j].of] > PENDING_ORDER[p.of]; j--) pending[j + 1] = pending[j];
    pending[j + 1] = p;
  }
}

/** Build the Sasaran > Program > Kegiatan > Sub Kegiatan > Indikator tree of a recognized table. */
export function parsePlan(grid: Grid, rec: Recognition, view: GridView = new GridView(grid)): Plan {
  const b = new PlanBuilder();
  const rows: PlanRow[] = [];
  const roleCols = NAME_ROLES.filter((r) => rec.columns[r] !== undefined).map((r) => ({ role: r, col: rec.columns[r] as number }));
  roleCols.sort((x, y) => x.col - y.col);
  const kodeCol = rec.columns.kode;
  const noCol = rec.columns.no;
  const lastByCol = new Map<number, PlanNode>();
  let lastStart = -2;
  const groups = quarterColumns(rec, view);
  const table: RowTable = { view, targetCol: rec.columns.target, groups };
  const hasTargetColumn = rec.columns.target !== undefined;
  // The row's indicators: the first `count` entries. Reused from row to row and never emptied
  // (`length = 0` drops the array's storage, and a 10,000-row plan allocated it 10,000 times).
  const pending: Pending[] = [];
  let count = 0;
  for (let row = rec.dataTop; row <= rec.dataBottom; row++) {
    const cont = continuation(view, rec, row, lastByCol, lastStart);
    if (cont) {
      cont.name = `${cont.name} ${view.text(row, cont.cell.col)}`;
      b.touch(cont, row);
      continue;
    }
    const codeText = kodeCol === undefined || view.isCovered(row, kodeCol) ? "" : view.text(row, kodeCol);
    const codeMatch = CODE_RE.exec(codeText);
    const code = codeMatch ? codeMatch[1].toUpperCase() : null;
    let prefix = noCol === undefined || view.isCovered(row, noCol) ? "" : view.text(row, noCol);
    if (RUNNING_NUMBER.test(prefix)) prefix = ""; // plain running numbers say nothing about the level
    else if (LETTER_OR_OUTLINE.test(prefix)) prefix += ".";
    const planRow: PlanRow = new SheetRow(row, readTarget(view, rec, row), table);
    let started: PlanNode | null = null;
    count = 0;
    let usedCode = false;
    for (const { role, col } of roleCols) {
      if (view.isCovered(row, col)) continue; // merged from above or from the left: not new here
      let text = view.text(row, col);
      if (!text) continue;
      if (prefix && role !== "indikator" && role !== "indikatorSasaran" && role !== "indikatorProgram") {
        text = `${prefix} ${text}`;
        prefix = "";
      }
      const meaning = classifyCell(role, text, b.open, usedCode ? null : code, rec.columns.sasaran !== undefined);
      if (meaning.kind === "indicator") {
        pending[count++] = { of: meaning.of, text: meaning.text, col };
        continue;
      }
      const s = meaning.split;
      usedCode = usedCode || (code !== null && s.code === code);
      const codeCol = s.code && s.code === code && kodeCol !== undefined ? kodeCol : s.code ? col : -1;
      started = b.add(meaning.level, s.rest || text, s.numbering, s.code, row, col, codeCol);
      lastByCol.set(col, started);
      lastStart = row;
    }
    const owner = started ?? b.deepestOpen();
    planRow.owner = owner;
    const hasContent = started !== null || count > 0 || planRow.target !== null || anyQuarterText(view, groups, row);
    if (!hasContent) continue;
    // The row's target belongs to its lowest indicator: the indicator column first, then Program, then Sasaran.
    if (count > 1) sortPending(pending, count);
    for (let i = 0; i < count; i++) {
      const p = pending[i];
      const ownerOf = p.of === "row" ? owner : p.of === "program" ? b.open.program : b.open.sasaran;
      if (!ownerOf) continue;
      const ind = new RowIndikator(p.text, p.col, ownerOf, p.of, planRow, i === 0, hasTargetColumn);
      ownerOf.indikators = appended(ownerOf.indikators, ind);
      if (i === 0) planRow.indikator = ind;
    }
    b.touch(owner, row);
    rows.push(planRow);
  }
  return { sheet: rec.sheet, recognition: rec, roots: b.roots, rows, nodes: b.nodes, findings: hiddenFindings(grid, rec) };
}
