import { UNKNOWN_FORMAT, type CellEdit } from "../core/edits";
import { colToLetters, toA1, type CellValue, type RangeRef } from "../core/grid";
import type { Text } from "../core/i18n";
import { officialName } from "../core/nomenclature/program";
import type { ListEntry } from "../core/nomenclature/types";
import { splitNumbering } from "../core/plan/numbering";
import type { Level, NumberingStyle, Plan, PlanNode } from "../core/plan/types";
import { nameKey } from "../core/rules/nameKey";
import { analyzeGrids } from "../core/analyze";
import { FILL_UNDO_KEY, pushUndo, undoDepth } from "../core/fill";
import { MONITORING_KEY, withoutMonitoring } from "../core/monitoring/record";
import { governingVersion, loadList } from "../core/nomenclature/versions";
import type { WorkbookDecision, WorkbookSnapshot } from "../core/port";
import { msg } from "./programMessages";

export interface InsertProgramResult {
  /** Rows written below the table (0 when nothing was written). */
  rows: number;
  /** The cells of the rows written (absent when nothing was). */
  range?: RangeRef;
  /** Whether the table has the columns the official indikator and satuan were written in. */
  written?: { indikator: boolean; satuan: boolean };
  /** Why nothing was written. */
  problem?: Text;
  /** Changes that can be undone (the fill's undo stack: "Undo" takes these rows back first). */
  undoDepth: number;
}

/** The rows of a programme written below a plan's table, or why they cannot be. */
export type ProgramRows =
  | { edits: CellEdit[]; rows: RangeRef; written: { indikator: boolean; satuan: boolean } }
  | { problem: Text };

/** One row to write: a programme, kegiatan or sub kegiatan of the list. */
interface Line {
  level: Exclude<Level, "sasaran">;
  entry: ListEntry;
  name: string;
  ordinal: number;
}

/** How the table numbers a level: the style, and whether the numbering stands in the No column (with or without its "." / ")"). */
interface LevelStyle {
  style: NumberingStyle;
  inNo: boolean;
  bare: boolean;
}

const DEFAULT_STYLE: Record<Line["level"], NumberingStyle> = { program: "numDot", kegiatan: "letter", subKegiatan: "numParen" };
/** The styles written again as the table writes them; others (outline, roman) take the level's default. */
const SIMPLE = new Set<NumberingStyle>(["letter", "letterParen", "numDot", "numParen", "code", "none"]);
const RUNNING = /^\d+$/;
const TRAILING_MARK = /[.)]$/;

function lastOf(plan: Plan, level: Level): PlanNode | undefined {
  for (let i = plan.nodes.length - 1; i >= 0; i--) if (plan.nodes[i].level === level) return plan.nodes[i];
  return undefined;
}

/** The column a level's names go in: where the table's last one of that level stands, else the column its role names. */
function nameColumn(plan: Plan, level: Line["level"]): number | undefined {
  const last = lastOf(plan, level);
  if (last) return last.cell().col;
  const c = plan.recognition.columns;
  if (level === "program") return c.program ?? c.indikatorSasaran ?? c.uraian;
  if (level === "kegiatan") return c.kegiatan ?? c.uraian;
  return c.subKegiatan ?? c.uraian ?? c.kegiatan;
}

/** Whether a name without numbering still reads as its level: a Kode column, the "Program" word, or a column of the level's own. */
function readsWithout(plan: Plan, level: Line["level"], col: number): boolean {
  const c = plan.recognition.columns;
  if (c.kode !== undefined || level === "program") return true;
  return level === "kegiatan" ? col === c.kegiatan : col === c.subKegiatan;
}

function levelStyle(plan: Plan, level: Line["level"], col: number): LevelStyle {
  const fallback = { style: DEFAULT_STYLE[level], inNo: false, bare: false };
  const last = lastOf(plan, level);
  if (!last) return fallback;
  const style = last.numbering.style;
  if (!SIMPLE.has(style) || (style === "none" && !readsWithout(plan, level, col))) return fallback;
  const noCol = plan.recognition.columns.no;
  const cell = last.cell();
  // Numbered, but not in its own cell: the parser took the numbering from the No column.
  if (style !== "none" && noCol !== undefined && splitNumbering(plan.view.text(cell.row, cell.col)).numbering.style !== style) {
    return { style, inNo: true, bare: !TRAILING_MARK.test(plan.view.text(cell.row, noCol)) };
  }
  return { style, inNo: false, bare: false };
}

function numbering(style: NumberingStyle, ordinal: number, code: string): string {
  switch (style) {
    case "letter": return `${colToLetters(ordinal - 1)}.`;
    case "letterParen": return `${colToLetters(ordinal - 1)})`;
    case "numDot": return `${ordinal}.`;
    case "numParen": return `${ordinal})`;
    case "code": return code;
    default: return "";
  }
}

/** The next programme's number: after the last programme under the last Sasaran (1 when there is none). */
function nextProgramOrdinal(plan: Plan): number {
  const sasaran = lastOf(plan, "sasaran");
  const programs = plan.nodes.filter((n) => n.level === "program" && (!sasaran || n.parent === sasaran));
  const last = programs[programs.length - 1];
  return last ? (last.numbering.ordinal ?? programs.length) + 1 : 1;
}

function linesOf(plan: Plan, program: ListEntry): Line[] {
  const lines: Line[] = [{ level: "program", entry: program, name: officialName(program), ordinal: nextProgramOrdinal(plan) }];
  program.children.forEach((k, ki) => {
    lines.push({ level: "kegiatan", entry: k, name: k.name, ordinal: ki + 1 });
    k.children.forEach((s, si) => lines.push({ level: "subKegiatan", entry: s, name: s.name, ordinal: si + 1 }));
  });
  return lines;
}

/** The running number of the No column's last data row, when the table numbers its rows so. */
function runningNumber(plan: Plan): number | null {
  const { columns, dataBottom } = plan.recognition;
  if (columns.no === undefined) return null;
  const text = plan.view.text(dataBottom, columns.no);
  return RUNNING.test(text) ? Number(text) : null;
}

/** The first cell of the rows below the table that is not empty (a value, a formula or a merged area), or null. */
function firstOccupied(plan: Plan, count: number): string | null {
  const { range, dataBottom } = plan.recognition;
  const view = plan.view;
  for (let r = dataBottom + 1; r <= dataBottom + count; r++)
    for (let c = range.left; c <= range.right; c++)
      if (view.text(r, c) !== "" || view.hasFormula(r, c) || view.mergeAt(r, c)) return toA1({ row: r, col: c });
  return null;
}

/**
 * The edit of one cell of a new row: its value, and the number format of the table's last data row
 * when the cell's own format was read (inside the sheet's used range), so that undo restores it. A
 * cell below the used range keeps its format (the port reads none there): its previous format is UNKNOWN_FORMAT.
 */
function cellEdit(plan: Plan, row: number, col: number, value: CellValue): CellEdit[] {
  const sheet = plan.sheet;
  if (!plan.view.inside(row, col)) return value === null ? [] : [{ sheet, row, col, value, previous: { value: null, format: UNKNOWN_FORMAT } }];
  const format = plan.view.format(plan.recognition.dataBottom, col);
  const previous = plan.view.format(row, col);
  if (value === null && format === previous) return [];
  return [{ sheet, row, col, value, ...(format !== previous ? { format } : {}), previous: { value: null, format: previous } }];
}

/**
 * The edits that write a programme of the official list (its kegiatan and sub kegiatan, each sub
 * kegiatan with its official indikator and satuan where the table has those columns, the codes in
 * a Kode column) into the empty rows right below a nomenclature table: each name in the column
 * the table writes that level in, numbered as the table numbers it, the No column's running number
 * continued, the cells of the new rows given the number format of the table's last data row where
 * the port read their own (see cellEdit).
 * Refused when a cell of those rows holds anything, or when the table already has the programme.
 */
export function programRows(plan: Plan, program: ListEntry): ProgramRows {
  const rec = plan.recognition;
  const sheet = plan.sheet;
  const present = plan.nodes.find((n) => n.level === "program" && (n.code === program.code || nameKey(n.name) === program.key));
  if (present) return { problem: msg("choice.program.present", { name: officialName(program), cell: toA1(present.cell()) }) };
  const [programCol, kegiatanCol, subCol] = (["program", "kegiatan", "subKegiatan"] as const).map((l) => nameColumn(plan, l));
  if (programCol === undefined || kegiatanCol === undefined || subCol === undefined) return { problem: msg("choice.program.noColumn") };
  const cols: Record<Line["level"], number> = { program: programCol, kegiatan: kegiatanCol, subKegiatan: subCol };
  const lines = linesOf(plan, program);
  const occupied = firstOccupied(plan, lines.length);
  if (occupied) return { problem: msg("choice.program.occupied", { sheet, cell: occupied, rows: lines.length }) };

  const styles = {
    program: levelStyle(plan, "program", cols.program),
    kegiatan: levelStyle(plan, "kegiatan", cols.kegiatan),
    subKegiatan: levelStyle(plan, "subKegiatan", cols.subKegiatan),
  };
  const { no: noCol, kode: kodeCol, indikator: indikatorCol, satuan: satuanCol } = rec.columns;
  const levelInNo = Object.values(styles).some((s) => s.inNo);
  const running = levelInNo ? null : runningNumber(plan);
  const edits: CellEdit[] = [];
  lines.forEach((line, i) => {
    const row = rec.dataBottom + 1 + i;
    const values = new Map<number, CellValue>();
    const { style, inNo, bare } = styles[line.level];
    const number = numbering(style, line.ordinal, line.entry.code);
    if (inNo && noCol !== undefined) values.set(noCol, bare ? number.replace(TRAILING_MARK, "") : number);
    values.set(cols[line.level], !inNo && number ? `${number} ${line.name}` : line.name);
    if (running !== null && noCol !== undefined) values.set(noCol, running + 1 + i);
    if (kodeCol !== undefined) values.set(kodeCol, line.entry.code);
    if (line.level === "subKegiatan") {
      if (indikatorCol !== undefined && line.entry.indikator) values.set(indikatorCol, line.entry.indikator);
      if (satuanCol !== undefined && line.entry.satuan) values.set(satuanCol, line.entry.satuan);
    }
    for (let col = rec.range.left; col <= rec.range.right; col++) edits.push(...cellEdit(plan, row, col, values.get(col) ?? null));
  });
  return {
    edits,
    rows: { top: rec.dataBottom + 1, left: rec.range.left, bottom: rec.dataBottom + lines.length, right: rec.range.right },
    written: { indikator: indikatorCol !== undefined, satuan: satuanCol !== undefined },
  };
}

/** insertProgram's decision over what it read: the rows to write and the undo record pushed, or why nothing is written. */
export async function decideInsert(snapshot: WorkbookSnapshot, sheet: string, code: string): Promise<WorkbookDecision<InsertProgramResult>> {
  const { grids, state } = snapshot;
  const depth = undoDepth(state[FILL_UNDO_KEY] ?? null);
  const refuse = (problem: Text) => ({ result: { rows: 0, problem, undoDepth: depth } });
  const plan = analyzeGrids(withoutMonitoring(grids, state[MONITORING_KEY] ?? null)).plans.find((p) => p.sheet === sheet);
  if (!plan) return refuse(msg("choice.program.noPlan", { sheet }));
  if (plan.recognition.genre !== "nomenklatur") return refuse(msg("choice.program.genre", { sheet }));
  const year = plan.recognition.year;
  if (year === null) return refuse(msg("choice.program.noYear"));
  const version = governingVersion(year);
  if (!version) return refuse(msg("choice.program.noList", { year: String(year) }));
  const entry = (await loadList(version)).byListCode(code.trim());
  if (!entry || entry.level !== "program" || entry.code.startsWith("X.")) return refuse(msg("choice.program.unknown", { code, decree: version.decree }));
  const out = programRows(plan, entry);
  if ("problem" in out) return refuse(out.problem);
  const record = pushUndo(state[FILL_UNDO_KEY] ?? null, out.edits);
  return {
    result: { rows: out.rows.bottom - out.rows.top + 1, range: out.rows, written: out.written, undoDepth: undoDepth(record) },
    change: { stateBefore: { [FILL_UNDO_KEY]: record }, edits: out.edits },
  };
}
