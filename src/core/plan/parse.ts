import type { GridView } from "../grid";
import { NAME_ROLES, type ColumnRole, type Recognition } from "../layout/types";
import { notesBetweenPages, repeatsHeader, urusanHeading } from "../layout/extent";
import { isTotalRow } from "../layout/totalRow";
import { deepSasaranText, readNoColumn } from "./noColumn";
import { readTarget, targetColumn } from "./rowTarget";
import { quarterColumns, type QuarterColumns } from "./quarterSet";
import { PlanBuilder, RowIndikator, SheetRow, type RowTable } from "./builder";
import { hiddenFindings } from "./hidden";
import { addSasaranHeading, sasaranIndicatorOwner } from "./heading";
import { codeForColumn, isFlat, repeatsOpen } from "./repeats";
import { CODE_RE } from "./numbering";
import { classifyCell } from "./classify";
import { splitSteps } from "./steps";
import { mergedIndicatorLine } from "./mergedLines";
import { goesOn, wrappedCells } from "./wrap";
import type { Plan, PlanNode, PlanRow } from "./types";

/** Columns that name the nomenclature's programme: in the mixed genre they support the row's indicator. */
const PROGRAMME_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["program", "kegiatan", "subKegiatan", "uraian"]);
const PENDING_ORDER = { row: 0, kegiatan: 1, program: 2, sasaran: 3 } as const;

const NUMBERED_OR_LEVEL_WORD = /^(sasaran\b|program\b|kegiatan\b|sub\s*kegiatan\b|[A-Za-z][.)]|\(?\d+[.)]|\d)/i;
const LOWER_FIRST = /^[a-z]/;
const RUNNING_NUMBER = /^\d+$/;
/** A No column's "A", "1.2", or a roman numeral of two letters or more ("II", "IV": "I" is a letter): read with a dot, "A.", "II.". */
const LETTER_OR_OUTLINE = /^[A-Za-z]$|^\d+(\.\d+)+$|^(?=[IVX]{2})X{0,3}(IX|IV|V?I{0,3})$/;

/** Whether the cell is covered by a name written across its row from a name column (a Kegiatan merged over its empty cells). */
function underName(view: GridView, row: number, col: number | undefined, nameCols: ReadonlySet<number>): boolean {
  const m = col === undefined || !view.isCovered(row, col) ? undefined : view.mergeAt(row, col);
  return m !== undefined && m.top === row && m.left < col! && nameCols.has(m.left);
}

/** The row's quarter groups without those a name covers: the name is not read again as quarterly targets. */
function acrossFromName(view: GridView, row: number, nameCols: ReadonlySet<number>, table: RowTable): RowTable {
  if (!table.groups.some((g) => underName(view, row, g.cols[0], nameCols))) return table;
  return { ...table, groups: table.groups.filter((g) => !underName(view, row, g.cols[0], nameCols)) };
}

/**
 * Whether any quarter cell of the row shows text of its own: a cell merged down from the row above
 * (one quarter cell over an indicator's step rows) is that row's, not this one's.
 */
function anyQuarterText(view: GridView, groups: readonly QuarterColumns[], row: number): boolean {
  for (const { cols } of groups) for (let q = 0; q < 4; q++) if (!view.isCovered(row, cols[q]) && view.text(row, cols[q]) !== "") return true;
  return false;
}

/**
 * Whether the row's target cell is its own (not merged down from the row above) and says something.
 * An uncomputed formula says nothing known: alone it makes no row (a total between the rows stays out).
 */
function ownTarget(view: GridView, rec: Recognition, row: PlanRow): boolean {
  return row.target !== null && !row.target.uncomputed && !view.isCovered(row.row, rec.columns.target as number);
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
  of: "row" | "sasaran" | "program" | "kegiatan";
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

/** Join a wrapped row's texts (wrap.ts) to the Sasaran, indicator, support or step they continue. */
function joinWrapped(b: PlanBuilder, view: GridView, rec: Recognition, row: number, cols: readonly number[], ind: RowIndikator | null): void {
  for (const col of cols) {
    const text = view.text(row, col);
    const role = rec.headers.find((h) => h.col === col)?.role ?? null;
    if (role === "sasaran") {
      if (b.open.sasaran) b.open.sasaran.name += ` ${text}`;
    } else if (!ind) {
      continue;
    } else if (role === "indikator" || role === "indikatorSasaran") {
      ind.text += ` ${text}`;
    } else if (rec.aksiColumns.includes(col)) {
      const i = lastIndexIn(ind.aksi, col);
      if (i >= 0 && goesOn(view.text(row - 1, col), text)) ind.aksi[i] = { ...ind.aksi[i], text: `${ind.aksi[i].text} ${text}` };
      else b.addSteps(ind, splitSteps(view.rawText(row, col), { row, col }));
    } else {
      const i = lastIndexIn(ind.support, col);
      if (i >= 0) ind.support[i] = { ...ind.support[i], text: `${ind.support[i].text} ${text}` };
    }
  }
}

/**
 * Whether the row's name and indicator cells right of a name say something new beside it, as the
 * row above did: a lower level's name or an indicator other than the row above's (a copy of the row
 * is a duplicate, not a name repeated beside new cells).
 */
function namesGoOn(view: GridView, row: number, roleCols: readonly { col: number }[], from: number): boolean {
  let aboveToo = false;
  let differs = false;
  for (const { col } of roleCols) {
    if (col <= from) continue;
    const t = view.isCovered(row, col) ? "" : view.text(row, col);
    const above = view.isCovered(row - 1, col) ? "" : view.text(row - 1, col);
    if (above !== "") aboveToo = true;
    if (t !== "" && t !== above) differs = true;
  }
  // The row above names more than the name too: the name alone on a row, then again with its indicator, is two.
  return differs && aboveToo;
}

/** The last item written in a column. */
function lastIndexIn(items: readonly { cell: { col: number } }[], col: number): number {
  for (let i = items.length - 1; i >= 0; i--) if (items[i].cell.col === col) return i;
  return -1;
}

/** A row's Program / Kegiatan cells in the mixed genre, read as the indicator's support. */
type SupportCells = { meaning: ReturnType<typeof classifyCell>; col: number }[];

/** A row's Rencana Aksi steps and supporting programme go to its indicator, or to the latest one above it. */
function attachRest(
  b: PlanBuilder, ind: RowIndikator, view: GridView, row: number, aksiCols: readonly number[],
  supports: SupportCells | null,
): void {
  // The raw text: its line breaks separate the steps (text() folds them into spaces).
  for (const col of aksiCols)
    if (!view.isCovered(row, col) && view.text(row, col) !== "") b.addSteps(ind, splitSteps(view.rawText(row, col), { row, col }));
  if (supports)
    for (const { meaning, col } of supports)
      if (meaning.kind === "entity") b.addSupport(ind, { level: meaning.level, text: meaning.split.rest || view.text(row, col), cell: { row, col } });
}

/**
 * Build the Sasaran > Program > Kegiatan > Sub Kegiatan > Indikator tree of a table recognized on
 * the view's grid. The plan keeps the view: its rows read their cells from it.
 */
export function parsePlan(view: GridView, rec: Recognition): Plan {
  const b = new PlanBuilder();
  const rows: PlanRow[] = [];
  const roleCols = NAME_ROLES.filter((r) => rec.columns[r] !== undefined).map((r) => ({ role: r, col: rec.columns[r] as number }));
  roleCols.sort((x, y) => x.col - y.col);
  const kodeCol = rec.columns.kode;
  const noCol = rec.columns.no;
  const { deep, running } = readNoColumn(view, rec);
  const lastByCol = new Map<number, PlanNode>();
  let lastStart = -2;
  const groups = quarterColumns(rec, view);
  const table: RowTable = { view, targetCol: rec.columns.target, groups };
  const nameCols = new Set(roleCols.map((r) => r.col));
  // The row's indicators: the first `count` entries, reused from row to row (BENCHMARKS.md, "Memory per row").
  const pending: Pending[] = [];
  let count = 0;
  const mixed = rec.genre === "campuran";
  /** The latest indicator: Rencana Aksi steps on rows of their own belong to it. */
  let lastInd: RowIndikator | null = null;
  const flat = isFlat(view, rec);
  /** The row of notes written between two pages of the table, while they last (-1: none). */
  let notes = -1;
  for (let row = rec.dataTop; row <= rec.dataBottom; row++) {
    notes = notesBetweenPages(view, rec, row, notes);
    if (notes >= 0 || repeatsHeader(view, rec, row) || isTotalRow(view, rec, row) || urusanHeading(view, row, roleCols)) continue;
    const heading = addSasaranHeading(b, view, rec, row);
    if (heading) {
      lastByCol.set(heading.cell().col, heading);
      lastStart = row;
      lastInd = null;
      continue;
    }
    const wrapped = wrappedCells(view, rec, groups, row);
    if (wrapped) {
      joinWrapped(b, view, rec, row, wrapped, lastInd);
      continue;
    }
    const cont = continuation(view, rec, row, lastByCol, lastStart);
    if (cont) {
      cont.name = `${cont.name} ${view.text(row, cont.cell().col)}`;
      b.touch(cont, row);
      continue;
    }
    const codeText = kodeCol === undefined || view.isCovered(row, kodeCol) ? "" : view.text(row, kodeCol);
    const codeMatch = CODE_RE.exec(codeText);
    const code = codeMatch ? codeMatch[1].toUpperCase() : null;
    let prefix = noCol === undefined || view.isCovered(row, noCol) ? "" : view.text(row, noCol);
    // Plain or running numbers say nothing about the level (four deep, the plain ones are the Sasaran).
    if (RUNNING_NUMBER.test(prefix)) prefix = deep ? `Sasaran ${prefix}` : "";
    else if (running) prefix = "";
    else if (LETTER_OR_OUTLINE.test(prefix)) prefix += ".";
    // A name written across the row (merged over the value cells) is no target: the target cell is empty.
    const tc = targetColumn(view, rec, row);
    const target = underName(view, row, rec.columns.target, nameCols) ? null : readTarget(view, rec, row, tc);
    const planRow = new SheetRow(row, target, acrossFromName(view, row, nameCols, table), tc === rec.columns.target ? undefined : tc);
    let started: PlanNode | null = null;
    count = 0;
    let usedCode = false;
    let supports: SupportCells | null = null;
    for (let k = 0; k < roleCols.length; k++) {
      const { role, col } = roleCols[k];
      // One numbered line per row of an Indikator cell merged over rows with their own targets (mergedLines.ts).
      const line = role === "indikator" ? mergedIndicatorLine(view, row, col, rec.columns.target) : null;
      if (line === null && view.isCovered(row, col)) continue; // merged from above or from the left: not new here
      let text = line ?? view.text(row, col);
      if (!text) continue;
      if (deep && role === "uraian") text = deepSasaranText(text);
      if (prefix && role !== "indikator" && role !== "indikatorSasaran" && role !== "indikatorProgram") {
        text = `${prefix} ${text}`;
        prefix = "";
      }
      const meaning = classifyCell(role, text, b.open, usedCode ? null : codeForColumn(role, code), rec.columns.sasaran !== undefined, deep);
      if (meaning.kind === "indicator") {
        pending[count++] = { of: meaning.of, text: meaning.text, col };
        continue;
      }
      if (mixed && PROGRAMME_ROLES.has(role)) {
        (supports ??= []).push({ meaning, col });
        continue;
      }
      const s = meaning.split;
      const more = { flat, sameAbove: !view.isCovered(row - 1, col) && view.text(row - 1, col) === view.text(row, col), withMore: namesGoOn(view, row, roleCols, col) };
      if (repeatsOpen(rec, b, meaning.level, s, s.rest || text, row, more)) continue;
      usedCode = usedCode || (code !== null && s.code === code);
      const codeCol = s.code && s.code === code && kodeCol !== undefined ? kodeCol : s.code ? col : -1;
      started = b.add(meaning.level, s.rest || text, s.numbering, s.code, row, col, codeCol);
      lastByCol.set(col, started);
      lastStart = row;
    }
    const owner = started ?? b.deepestOpen();
    planRow.owner = owner;
    if (started && count === 0) lastInd = null; // a new node: later steps are not the previous indicator's
    const hasContent = started !== null || count > 0 || ownTarget(view, rec, planRow) || anyQuarterText(view, groups, row);
    if (!hasContent) {
      if (lastInd) attachRest(b, lastInd, view, row, rec.aksiColumns, supports);
      continue;
    }
    // The row's target belongs to its lowest indicator: the indicator column first, then Program, then Sasaran.
    if (count > 1) sortPending(pending, count);
    for (let i = 0; i < count; i++) {
      const p = pending[i];
      const ownerOf = p.of === "row" ? owner : p.of === "kegiatan" ? b.open.kegiatan : p.of === "program" ? b.open.program : sasaranIndicatorOwner(b, p.col);
      if (!ownerOf) continue;
      const ind = new RowIndikator(p.text, p.col, ownerOf, p.of, planRow);
      b.attach(ind);
      if (i === 0) {
        planRow.indikator = ind;
        lastInd = ind;
      }
    }
    if (lastInd) attachRest(b, lastInd, view, row, rec.aksiColumns, supports);
    b.touch(owner, row);
    rows.push(planRow);
  }
  const rawText = (r: number, c: number) => (view.isCovered(r, c) ? "" : view.rawText(r, c));
  return { sheet: rec.sheet, recognition: rec, view, roots: b.roots, rows, nodes: b.nodes, findings: hiddenFindings(view.grid, rec), rawText };
}
