import type { CSSProperties } from "react";
import { GridView, colToLetters, isCellError, toA1, type CellValue, type Grid, type RangeRef } from "../../core/grid";
import type { CellRec, ColRec, RowRec, SheetPart } from "../../xlsx/sheetPart";
import type { CellLook, StyleSheet } from "../../xlsx/styleSheet";
import { SIDES, cellCss, columnPx, rowPx, type Edges, type Side, type ValueKind } from "./cellStyle";

/** Rows rendered at once: a 10,000-row plan is shown a page at a time. */
export const PAGE_ROWS = 500;
/** Columns rendered at most (a stray cell far to the right must not make the page crawl). */
export const MAX_COLS = 100;
/** An empty or tiny sheet still looks like a sheet. */
const MIN_ROWS = 30;
const MIN_COLS = 10;
/** How far unwrapped text may run into empty cells on its right. */
const SPILL_CELLS = 20;

/** A cell's key in the model's maps: row * 16384 + col. */
export const cellKey = (r: number, c: number) => r * 16384 + c;
const key = cellKey;

export interface ModelColumn {
  col: number;
  letters: string;
  widthPx: number;
}

export interface ModelCell {
  /** The cell (or merged area) as in the workbook: what a selection is compared with. */
  rect: RangeRef;
  /** A1 address of the cell or of the merged area's top-left cell. */
  a1: string;
  text: string;
  rowSpan: number;
  colSpan: number;
  css: CSSProperties;
  /** Unwrapped text running into empty neighbours: the width it may take. */
  spillPx?: number;
  /** Every row it spans has a set height: the text is cut at this height, as Excel cuts it. */
  clipPx?: number;
}

export interface ModelRow {
  row: number;
  heightPx: number;
  cells: ModelCell[];
}

export interface SheetModel {
  sheet: string;
  columns: ModelColumn[];
  rows: ModelRow[];
  /** Every shown row of the sheet (all pages), in order. */
  allRows: number[];
  /** Visible rows (all pages) and this page. */
  totalRows: number;
  page: number;
  pages: number;
  /** More columns exist than are rendered. */
  colsCapped: boolean;
  gridlines: boolean;
}

interface Span {
  rect: RangeRef;
  /** The shown rows it spans on this page. */
  rows: number[];
  colSpan: number;
}

/** What the model reads of a sheet besides its grid: the worksheet part (rows, columns, views) and the styles. */
export interface SheetSource {
  part: SheetPart;
  styles: StyleSheet;
  /** Colours drawn over cells' own (key row * 16384 + col): the bands of computed capaian (live.ts). */
  paint?: ReadonlyMap<number, Pick<CellLook, "fill" | "color">>;
}

/**
 * The sheet's row, column and cell records by position, and each cell's
 * look: its own style, else its row's, else its column's (as Excel draws an
 * empty cell of a formatted row or column).
 */
class SheetIndex {
  private readonly rows = new Map<number, RowRec>();
  private readonly cells = new Map<number, Map<number, CellRec>>();
  private readonly colDefs = new Map<number, ColRec | undefined>();
  /** One past the last row record (a formatted empty row counts). */
  readonly rowEnd: number;
  /** One past the last cell record of any row. */
  readonly colEnd: number;
  readonly gridlines: boolean;

  constructor(private readonly src: SheetSource | undefined) {
    let rowEnd = 0;
    let colEnd = 0;
    for (const r of src?.part.rows ?? []) {
      this.rows.set(r.row, r);
      rowEnd = Math.max(rowEnd, r.row + 1);
      for (const c of r.cells) colEnd = Math.max(colEnd, c.col + 1);
    }
    this.rowEnd = rowEnd;
    this.colEnd = colEnd;
    const show = src?.part.sheetView?.attrs.showGridLines;
    this.gridlines = show !== "0" && show !== "false";
  }

  row(r: number): RowRec | undefined {
    return this.rows.get(r);
  }

  /** The column record covering a 0-based column (the first one, as Excel reads overlapping records). */
  col(c: number): ColRec | undefined {
    if (!this.colDefs.has(c)) this.colDefs.set(c, this.src?.part.cols.find((x) => c >= x.min && c <= x.max));
    return this.colDefs.get(c);
  }

  private cell(r: number, c: number): CellRec | undefined {
    const row = this.rows.get(r);
    if (!row) return undefined;
    let byCol = this.cells.get(r);
    if (!byCol) {
      byCol = new Map(row.cells.map((x) => [x.col, x]));
      this.cells.set(r, byCol);
    }
    return byCol.get(c);
  }

  /** What the cell at a 0-based position draws; undefined outside the sheet or without a style part. */
  look(r: number, c: number): CellLook | undefined {
    if (!this.src || r < 0 || c < 0) return undefined;
    const s = this.cell(r, c)?.s ?? this.rows.get(r)?.s ?? this.col(c)?.s;
    const look = s === undefined ? undefined : this.src.styles.look(s);
    const paint = this.src.paint?.get(key(r, c));
    return paint ? { ...look, ...paint } : look;
  }

  get defaultRowHeight(): number | undefined {
    return this.src?.part.defaultRowHeight;
  }

  get defaultColWidth(): number | undefined {
    return this.src?.part.defaultColWidth;
  }
}

/**
 * Indexes of the rows to show, hidden rows left out: from row 1 to the end of
 * the used range or of the formatted rows (a template's empty bordered rows), at least MIN_ROWS.
 */
function shownRows(grid: Grid, ix: SheetIndex): number[] {
  const last = Math.max(grid.origin.row + grid.values.length, ix.rowEnd, MIN_ROWS) - 1;
  const hidden = new Set(grid.hiddenRows ?? []);
  const out: number[] = [];
  for (let r = 0; r <= last; r++) if (!hidden.has(r) && !ix.row(r)?.hidden) out.push(r);
  return out;
}

/** The page (0-based) on which a row is shown; the nearest page for a hidden row. */
export function pageOfRow(rows: readonly number[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return Math.floor(Math.min(lo, Math.max(rows.length - 1, 0)) / PAGE_ROWS);
}

function shownColumns(grid: Grid, ix: SheetIndex): { cols: ModelColumn[]; capped: boolean } {
  let width = 0;
  for (const row of grid.values) width = Math.max(width, row.length);
  const last = Math.max(grid.origin.col + width, ix.colEnd, MIN_COLS) - 1;
  const hidden = new Set(grid.hiddenCols ?? []);
  const cols: ModelColumn[] = [];
  for (let c = 0; c <= last && cols.length < MAX_COLS; c++) {
    const def = ix.col(c);
    if (hidden.has(c) || def?.hidden) continue;
    cols.push({ col: c, letters: colToLetters(c), widthPx: columnPx(def?.width ?? ix.defaultColWidth) });
  }
  return { cols, capped: cols.length === MAX_COLS && cols[cols.length - 1].col < last };
}

function valueKind(v: CellValue): ValueKind {
  if (v === null) return "empty";
  if (typeof v === "number") return "number";
  if (typeof v === "string") return "text";
  return isCellError(v) || typeof v === "boolean" ? "logical" : "text";
}

/** Merged areas cut to this page: the anchor cell of each, with spans counted in shown rows and columns. */
function mergeSpans(grid: Grid, rows: readonly number[], cols: readonly ModelColumn[]): { spans: Map<number, Span>; covered: Set<number> } {
  const spans = new Map<number, Span>();
  const covered = new Set<number>();
  if (rows.length === 0 || cols.length === 0) return { spans, covered };
  const shownRow = new Set(rows);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const lastCol = cols[cols.length - 1].col;
  for (const m of grid.merges) {
    if (m.bottom < first || m.top > last || m.left > lastCol) continue;
    const mr: number[] = [];
    for (let r = Math.max(m.top, first); r <= Math.min(m.bottom, last); r++) if (shownRow.has(r)) mr.push(r);
    const mc = cols.filter((c) => c.col >= m.left && c.col <= m.right).map((c) => c.col);
    for (const r of mr) for (const c of mc) covered.add(key(r, c));
    if (mr.length === 0 || mc.length === 0) continue;
    covered.delete(key(mr[0], mc[0]));
    spans.set(key(mr[0], mc[0]), { rect: m, rows: mr, colSpan: mc.length });
  }
  return { spans, covered };
}

const OPPOSITE: Record<Side, Side> = { top: "bottom", bottom: "top", left: "right", right: "left" };

/** The borders around a cell or merged area; a side without a border takes the neighbour's facing border. */
function edgesOf(ix: SheetIndex, rect: RangeRef): Edges {
  const border = (r: number, c: number, side: Side) => ix.look(r, c)?.border?.[side];
  const at: Record<Side, [number, number, number, number]> = {
    top: [rect.top, rect.left, rect.top - 1, rect.left],
    bottom: [rect.bottom, rect.left, rect.bottom + 1, rect.left],
    left: [rect.top, rect.left, rect.top, rect.left - 1],
    right: [rect.top, rect.right, rect.top, rect.right + 1],
  };
  const edges: Edges = {};
  for (const side of SIDES) {
    const [r, c, nr, nc] = at[side];
    const own = border(r, c, side);
    edges[side] = own?.style ? own : border(nr, nc, OPPOSITE[side]);
  }
  return edges;
}

interface Page {
  ix: SheetIndex;
  view: GridView;
  cols: ModelColumn[];
  spans: Map<number, Span>;
  gridlines: boolean;
  /** Rows with a height set in the workbook (pixels); the others fit their content. */
  fixed: Map<number, number>;
}

/** One rendered cell (or merged area) at row `r`, column `cols[i]`. */
function modelCell(pg: Page, r: number, i: number): ModelCell {
  const column = pg.cols[i];
  const k = key(r, column.col);
  const merged = pg.spans.get(k);
  const span = merged ?? { rect: { top: r, left: column.col, bottom: r, right: column.col }, rows: [r], colSpan: 1 };
  const { top, left } = span.rect;
  const look = pg.ix.look(top, left);
  const text = pg.view.rawText(top, left);
  const kind = valueKind(pg.view.rawValue(top, left));
  const align = look?.hAlign;
  let spillPx: number | undefined;
  if (text && kind === "text" && !look?.wrap && (!align || align === "left") && !merged) {
    const empty = (c: number) => pg.view.rawText(r, c) === "" && !pg.view.mergeAt(r, c);
    let extra = 0;
    for (let j = i + 1; j < pg.cols.length && j <= i + SPILL_CELLS && empty(pg.cols[j].col); j++) extra += pg.cols[j].widthPx;
    if (extra > 0) spillPx = column.widthPx + extra - 4;
  }
  const clipPx = span.rows.every((x) => pg.fixed.has(x)) ? span.rows.reduce((h, x) => h + (pg.fixed.get(x) ?? 0), 0) : undefined;
  const css = cellCss({ look, kind, edges: edgesOf(pg.ix, span.rect), gridlines: pg.gridlines, overflow: spillPx !== undefined });
  return { rect: span.rect, a1: toA1({ row: top, col: left }), text, rowSpan: span.rows.length, colSpan: span.colSpan, css, spillPx, clipPx };
}

/** The shown cells of one page of a sheet, with Excel's look: text as displayed, merges, widths, styles. */
export function buildSheetModel(grid: Grid, source: SheetSource | undefined, page: number): SheetModel {
  const ix = new SheetIndex(source);
  const all = shownRows(grid, ix);
  const pages = Math.max(1, Math.ceil(all.length / PAGE_ROWS));
  const p = Math.min(Math.max(0, page), pages - 1);
  const rows = all.slice(p * PAGE_ROWS, (p + 1) * PAGE_ROWS);
  const { cols, capped } = shownColumns(grid, ix);
  const { spans, covered } = mergeSpans(grid, rows, cols);
  const gridlines = ix.gridlines;
  const fixed = new Map<number, number>();
  for (const r of rows) {
    const h = ix.row(r)?.height;
    if (h !== undefined && h > 0) fixed.set(r, rowPx(h));
  }
  const pg: Page = { ix, view: new GridView(grid), cols, spans, gridlines, fixed };
  const defaultPx = rowPx(ix.defaultRowHeight);

  const modelRows: ModelRow[] = rows.map((r) => {
    const cells: ModelCell[] = [];
    cols.forEach((column, i) => {
      if (!covered.has(key(r, column.col))) cells.push(modelCell(pg, r, i));
    });
    return { row: r, heightPx: fixed.get(r) ?? defaultPx, cells };
  });

  return { sheet: grid.sheet, columns: cols, rows: modelRows, allRows: all, totalRows: all.length, page: p, pages, colsCapped: capped, gridlines };
}
